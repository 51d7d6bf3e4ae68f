import { describe, expect, it } from 'vitest';
import { failedRecipients, returnedMessageId } from './delivery-status';

// The delivery-status part of a Postfix bounce.
const POSTFIX = `Reporting-MTA: dns; mx.example.org
X-Postfix-Queue-ID: 4C2B81E0A2
X-Postfix-Sender: rfc822; help@deskstream.localhost
Arrival-Date: Mon,  7 Dec 2026 10:12:01 +0330 (IRST)

Final-Recipient: rfc822; nobody@example.org
Original-Recipient: rfc822;nobody@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.example.org
Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>: Recipient address
    rejected: User unknown in virtual mailbox table
`;

// Exim, with a delayed recipient that is not (yet) a failure.
const MIXED = `Reporting-MTA: dns; exim.example.net

Action: delayed
Final-Recipient: rfc822;later@example.net
Status: 4.4.1

Action: failed
Final-Recipient: rfc822;GONE@Example.net
Status: 5.0.0
`;

describe('delivery status reports', () => {
  it('names each failed recipient and why', () => {
    expect(failedRecipients(POSTFIX)).toEqual([
      {
        address: 'nobody@example.org',
        reason:
          '5.1.1 smtp; 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
      },
    ]);
  });

  it('leaves out delayed recipients and lower-cases addresses', () => {
    expect(failedRecipients(MIXED)).toEqual([{ address: 'gone@example.net', reason: '5.0.0' }]);
  });

  it('finds the returned message’s Message-ID, folded or not', () => {
    expect(
      returnedMessageId(`Return-Path: <help@deskstream.localhost>
Message-ID:
 <ticket-12.abc@deskstream.localhost>
Subject: [#12] Your order

body`),
    ).toBe('ticket-12.abc@deskstream.localhost');
    expect(returnedMessageId('Subject: no id here\n')).toBeNull();
  });

  it('answers nothing for garbage', () => {
    expect(failedRecipients('')).toEqual([]);
    expect(failedRecipients('just text\n\nwithout fields')).toEqual([]);
  });
});
