import { describe, expect, it } from 'vitest';
import { parseInboundMail } from './parse-mail';

const mail = (...lines: string[]) => Buffer.from(lines.join('\r\n'));

describe('parsing an inbound mail', () => {
  it('reads a Postfix-style bounce: the failed recipient and the returned message’s Message-ID', async () => {
    const parsed = await parseInboundMail(
      mail(
        'From: MAILER-DAEMON@mx.example.net',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
        '',
        '--B',
        'Content-Type: text/plain',
        '',
        'I could not deliver your message.',
        '--B',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.example.net',
        '',
        'Final-Recipient: rfc822; gone@example.net',
        'Action: failed',
        'Status: 5.1.1',
        '',
        '--B',
        'Content-Type: message/rfc822',
        '',
        'Message-ID: <ticket-7.r1@desk.localhost>',
        'Subject: [#7] Your question',
        '',
        'Our answer.',
        '--B--',
        '',
      ),
    );
    expect(parsed.report).toEqual({
      failed: [{ address: 'gone@example.net', reason: '5.1.1' }],
      originalMessageId: 'ticket-7.r1@desk.localhost',
    });
    expect(parsed.files).toEqual([]);
  });

  it('turns HTML-only mail into text and never keeps the HTML', async () => {
    const parsed = await parseInboundMail(
      mail(
        'From: Sara <sara@example.org>',
        'Subject: Hello',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>My <b>order</b> is late.</p><script>alert(1)</script><img src="https://track.example/x.gif">',
        '',
      ),
    );
    expect(parsed.text).toBe('My order is late.');
  });

  it('keeps text free of control characters and threading headers bare', async () => {
    const parsed = await parseInboundMail(
      mail(
        'From: a@example.org',
        'To: Help <HELP@Desk.Localhost>, "Bad" <bad@@x>',
        'In-Reply-To: <one@x>',
        'References: <zero@x>\r\n <one@x>',
        'Subject: x',
        '',
        'line\u0000one\fstill\r\n\r\n\r\n\r\nnext',
        '',
      ),
    );
    expect(parsed.text).toBe('lineonestill\n\nnext');
    expect(parsed.to).toEqual(['help@desk.localhost']);
    expect(parsed.inReplyTo).toBe('one@x');
    expect(parsed.referencedMessageIds).toEqual(['one@x', 'zero@x']);
  });
});
