/** No header is written with a control, format or line-separator character: through the .eml transport, as bytes on disk. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emlTransport } from './eml-transport';
import { messageOf, UnsafeHeaderError, type OutgoingMail } from './transport';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'deskstream-headers-'));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

const mail = (more: Partial<OutgoingMail> = {}): OutgoingMail => ({
  id: 'm-1',
  to: 'reza@example.ir',
  subject: 'پاسخ شما',
  text: 'سلام',
  queuedAt: '2026-12-01T09:00:00.000Z',
  ...more,
});

const headersOf = (message: string) => message.split('\n\n')[0]!;

describe('mail headers', () => {
  it('refuses a recipient with a control, format or separator character instead of writing it', async () => {
    const transport = emlTransport({ directory });
    for (const to of [
      'a\u0001b@example.org',
      'reza\u0085@example.ir',
      're\u200Bza@example.ir',
      'reza@example.ir\u2028Bcc: x@y.zz',
    ]) {
      await expect(transport.send(mail({ to }))).rejects.toBeInstanceOf(UnsafeHeaderError);
    }
    expect(await readdir(directory)).toEqual([]);
  });

  it('refuses such a character in the mail id and the sender address', () => {
    expect(() => messageOf(mail({ id: 'm\u0085-1' }), 'Desk <desk@example.org>')).toThrow(UnsafeHeaderError);
    expect(() => messageOf(mail(), 'Desk\r\nBcc: x@y.zz <desk@example.org>')).toThrow(UnsafeHeaderError);
  });

  it('writes no raw control or separator character in any header, whatever the subject holds', async () => {
    const transport = emlTransport({ directory });
    await transport.send(mail({ subject: 'one\u0085two\u2028three\u0001four نیم‌فاصله' }));
    const headers = headersOf(await readFile(join(directory, 'm-1.eml'), 'utf8'));
    for (const line of headers.split('\n')) expect(line).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
    expect(headers).toMatch(/^To: reza@example\.ir$/m);
  });

  it('never writes outside its folder', async () => {
    await expect(emlTransport({ directory }).send(mail({ id: '../escape' }))).rejects.toThrow(/plain file name/);
  });

  it('writes the reply-to, the threading headers and an attached calendar file', async () => {
    const transport = emlTransport({ directory });
    await transport.send(
      mail({
        extras: {
          replyTo: 'help@library.example',
          threading: {
            messageId: 'ticket-42.reply-1@library.example',
            inReplyTo: 'first@mail.example',
            references: ['first@mail.example', 'second@mail.example'],
          },
          autoSubmitted: 'auto-generated',
          attachments: [
            { filename: 'session.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR' },
          ],
        },
      }),
    );
    const message = await readFile(join(directory, 'm-1.eml'), 'utf8');
    const headers = headersOf(message);
    expect(headers).toMatch(/^Reply-To: help@library\.example$/m);
    expect(headers).toMatch(/^Auto-Submitted: auto-generated$/m);
    expect(headers).toMatch(/^Message-ID: <ticket-42\.reply-1@library\.example>$/m);
    expect(headers).toMatch(/^In-Reply-To: <first@mail\.example>$/m);
    expect(headers).toMatch(/^References: <first@mail\.example> <second@mail\.example>$/m);
    expect(message).toMatch(/Content-Type: text\/calendar; name=session\.ics/);
    const encoded = Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR').toString('base64');
    expect(message).toMatch(new RegExp(`filename=session\\.ics\\r?\\n\\r?\\n${encoded}`));
  });
});
