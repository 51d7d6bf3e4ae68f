import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';

/** Header blocks as mail clients and servers really send them. */
function headersOf(block: string) {
  const fields = new Map<string, string>();
  for (const line of block
    .trim()
    .replace(/\n[ \t]+/g, ' ')
    .split('\n')) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
  }
  return (name: string) => fields.get(name);
}
const classify = (block: string, envelopeFrom: string | null = 'someone@example.org', from = 'someone@example.org') =>
  classifyMail(headersOf(block), envelopeFrom, from);

describe('classifying inbound mail', () => {
  it('reads a person’s mail as personal', () => {
    expect(
      classify(`From: Sara <sara@example.org>
To: help@deskstream.localhost
Subject: My order
Message-ID: <abc@example.org>
Content-Type: text/plain; charset=utf-8
Auto-Submitted: no`),
    ).toEqual({ kind: 'PERSONAL' });
  });

  it('recognises a delivery status report as a bounce', () => {
    expect(
      classify(
        `From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="9B095B5ADSN=_01D0"
Auto-Submitted: auto-replied`,
        '',
        'mailer-daemon@mx.example.org',
      ),
    ).toEqual({ kind: 'BOUNCE' });
  });

  it('ignores out-of-office replies of the common servers', () => {
    // Gmail vacation responder
    expect(classify('Auto-Submitted: auto-replied\nPrecedence: bulk').kind).toBe('AUTOMATIC');
    // Exchange / Outlook out of office
    expect(
      classify(`X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: sara@example.org
Auto-Submitted: auto-generated`),
    ).toEqual({ kind: 'AUTOMATIC', detail: 'Auto-Submitted: auto-generated' });
    // Older autoresponders
    expect(classify('X-Autoreply: yes').kind).toBe('AUTOMATIC');
    expect(classify('X-Autorespond: Sara is away').kind).toBe('AUTOMATIC');
    expect(classify('Precedence: auto_reply').kind).toBe('AUTOMATIC');
  });

  it('ignores mailing lists and bulk mail', () => {
    expect(classify('List-Id: Book fair news <news.fair.example>')).toEqual({
      kind: 'AUTOMATIC',
      detail: 'mailing list (List-Id)',
    });
    expect(classify('List-Unsubscribe: <mailto:leave@news.example>').kind).toBe('AUTOMATIC');
    expect(classify('Precedence: junk').kind).toBe('AUTOMATIC');
    expect(classify('Precedence: list').kind).toBe('AUTOMATIC');
  });

  it('ignores mail from a null envelope sender or a daemon address', () => {
    expect(classify('Subject: Undelivered Mail', '')).toEqual({ kind: 'AUTOMATIC', detail: 'null envelope sender' });
    expect(classify('Subject: x', 'x@example.org', 'postmaster@example.org').kind).toBe('AUTOMATIC');
    expect(classify('Subject: x', 'x@example.org', 'noreply@shop.example').kind).toBe('AUTOMATIC');
  });

  it('does not mistake a multipart/report of another kind for a bounce', () => {
    expect(classify('Content-Type: multipart/report; report-type=disposition-notification').kind).toBe('PERSONAL');
  });
});
