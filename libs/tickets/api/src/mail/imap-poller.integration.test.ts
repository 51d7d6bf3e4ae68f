/**
 * The IMAP poller through imapflow against a local IMAP server (hoodiecrow-imap, in this process):
 * unseen messages become tickets through the same pipeline as SMTP, are marked seen on the server,
 * and the next poll takes nothing; messages already seen are left alone.
 */
import type { AddressInfo } from 'node:net';
import hoodiecrow from 'hoodiecrow-imap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPARTMENTS, startMailDesk, type MailDesk } from './test-support/mail-on-emulator';
import { ImapPoller, imapFlowClient } from './imap-poller';

// As mail programs send non-ASCII text: an encoded-word subject and a base64 UTF-8 body.
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const message = (id: string, to: string, subject: string) =>
  [
    'From: Lan <lan@example.vn>',
    `To: ${to}`,
    `Subject: =?UTF-8?B?${base64(subject)}?=`,
    `Message-ID: <${id}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64('Xin chào, tôi chưa nhận được sách đã đặt ở hội chợ.'),
    '',
  ].join('\r\n');

let desk: MailDesk;
let server: ReturnType<typeof hoodiecrow>;
let url: string;
beforeAll(async () => {
  desk = await startMailDesk();
  server = hoodiecrow({
    storage: {
      INBOX: {
        messages: [
          { raw: message('imap-1@example.vn', 'publishers@fair.localhost', 'Hội chợ sách'), flags: [] },
          { raw: message('imap-2@example.vn', 'help@fair.localhost', 'Already read'), flags: ['\\Seen'] },
        ],
      },
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `imap://testuser:testpass@127.0.0.1:${(server.server.address() as AddressInfo).port}/INBOX`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await desk?.stop();
});

describe('polling a mailbox over IMAP', () => {
  it('turns unseen messages into tickets once and marks them seen', async () => {
    const errors: unknown[] = [];
    const poller = new ImapPoller(imapFlowClient(url), desk.inbound, { onError: (error) => errors.push(error) });
    expect(await poller.pollOnce()).toBe(1);
    expect(errors).toEqual([]);
    expect(desk.readModel.ticketForMessageId('imap-1@example.vn')).toMatchObject({
      departmentId: DEPARTMENTS.publishers,
      subject: 'Hội chợ sách',
      requester: { email: 'lan@example.vn', language: 'vi' },
    });
    expect(desk.readModel.ticketForMessageId('imap-2@example.vn')).toBeUndefined();
    expect(await poller.pollOnce()).toBe(0);
  });
});
