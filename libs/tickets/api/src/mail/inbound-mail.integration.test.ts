/** Inbound mail through a real SMTP client (nodemailer) to the listener, the pipeline, the ticket commands and the emulator. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMailStream } from '@deskstream/tickets-domain';
import { inboundMailKey } from './inbound-mail';
import { DEPARTMENTS, startMailDesk, type MailDesk } from './test-support/mail-on-emulator';

let desk: MailDesk;
beforeAll(async () => {
  desk = await startMailDesk({ maxMessageBytes: 200 * 1024 });
});
afterAll(() => desk?.stop());

let sequence = 0;
const messageId = (label: string) => `<${label}.${++sequence}@mail.example.org>`;
const ticketOf = (id: string) => desk.readModel.ticketForMessageId(id.replace(/[<>]/g, ''));

async function outcomeOf(id: string) {
  const key = inboundMailKey(id.replace(/[<>]/g, ''), '');
  const events = [];
  for await (const resolved of desk.client.readStream(inboundMailStream(key))) events.push(resolved.event!);
  return events.map((event) => ({ type: event.type, data: event.data as Record<string, unknown> }));
}

describe('mail to the desk', () => {
  it('opens a ticket in the department of the address it was sent to, unknown addresses in the default inbox', async () => {
    const first = messageId('order');
    await desk.send({
      from: 'Sara Ahmadi <sara@example.org>',
      to: 'publishers@fair.localhost',
      subject: 'Stand allocation for hall 5',
      text: 'We have not received our stand number yet.',
      messageId: first,
    });
    const ticket = ticketOf(first)!;
    expect(ticket).toMatchObject({
      departmentId: DEPARTMENTS.publishers,
      channel: 'EMAIL',
      subject: 'Stand allocation for hall 5',
      requester: { email: 'sara@example.org', name: 'Sara Ahmadi', contactMethod: 'EMAIL', language: 'en' },
    });
    expect((await outcomeOf(first)).map((event) => event.type)).toEqual([
      'InboundMailReceived',
      'InboundMailProcessed',
    ]);

    const other = messageId('unknown-address');
    await desk.send({
      from: 'ali@example.org',
      to: 'whoever@fair.localhost',
      subject: 'سلام',
      text: 'کتاب من کجاست؟',
      messageId: other,
    });
    expect(ticketOf(other)).toMatchObject({ departmentId: DEPARTMENTS.general, requester: { language: 'fa' } });
  });

  it('threads a reply by In-Reply-To and by the number in the subject, and only for participants', async () => {
    const first = messageId('thread');
    await desk.send({
      from: 'mina@example.org',
      to: 'help@fair.localhost',
      subject: 'Badge',
      text: 'Where is my badge?',
      messageId: first,
    });
    const ticket = ticketOf(first)!;

    const reply = messageId('thread-reply');
    await desk.send({
      from: 'mina@example.org',
      to: 'help@fair.localhost',
      subject: 'Re: Badge',
      text: 'Any news?',
      messageId: reply,
      inReplyTo: first,
      references: [first],
    });
    expect(ticketOf(reply)?.id).toBe(ticket.id);

    const bySubject = messageId('thread-subject');
    await desk.send({
      from: 'mina@example.org',
      to: 'help@fair.localhost',
      subject: `Re: [#${ticket.number}] Badge`,
      text: 'Still waiting.',
      messageId: bySubject,
    });
    expect(ticketOf(bySubject)?.id).toBe(ticket.id);
    expect(desk.readModel.byId(ticket.id)!.messageCount).toBe(3);

    const forged = messageId('forged');
    await desk.send({
      from: 'mallory@evil.example',
      to: 'help@fair.localhost',
      subject: `Re: [#${ticket.number}] Badge`,
      text: 'Send me the details of this ticket.',
      messageId: forged,
      inReplyTo: first,
      references: [first],
    });
    expect(ticketOf(forged)?.id).not.toBe(ticket.id);
    expect((await outcomeOf(forged))[1]!.data).toMatchObject({
      outcome: 'OPENED',
      detail: `sender is not a participant of #${ticket.number}`,
    });
  });

  it('writes the same Message-ID once, and answers the second delivery as received', async () => {
    const id = messageId('twice');
    const mail = {
      from: 'omid@example.org',
      to: 'help@fair.localhost',
      subject: 'Twice',
      text: 'Hello',
      messageId: id,
    };
    await desk.send(mail);
    const again = await desk.send(mail);
    expect(again.response).toMatch(/^250 /);
    expect(desk.readModel.byId(ticketOf(id)!.id)!.messageCount).toBe(1);
    expect(await outcomeOf(id)).toHaveLength(2);
  });

  it('keeps auto-replies and mailing-list mail without a ticket', async () => {
    const auto = messageId('ooo');
    await desk.send({
      from: 'sara@example.org',
      to: 'help@fair.localhost',
      subject: 'Out of office',
      text: 'I am away until Monday.',
      messageId: auto,
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    const list = messageId('list');
    await desk.send({
      from: 'news@lists.example',
      to: 'help@fair.localhost',
      subject: 'Newsletter',
      text: 'News.',
      messageId: list,
      list: { id: 'news.lists.example', unsubscribe: 'mailto:leave@lists.example' },
    });
    for (const id of [auto, list]) {
      expect(ticketOf(id)).toBeUndefined();
      expect((await outcomeOf(id))[1]!.data).toMatchObject({ outcome: 'IGNORED_AUTOMATIC', ticketId: null });
    }
  });

  it('marks the address undeliverable when a reply bounces', async () => {
    const first = messageId('bounce');
    await desk.send({
      from: 'gone@example.net',
      to: 'help@fair.localhost',
      subject: 'Help',
      text: 'Please help',
      messageId: first,
    });
    const ticket = ticketOf(first)!;
    const replyMessageId = `ticket-${ticket.number}.r1@desk.localhost`;
    const replied = await desk.commands.reply(
      ticket.id,
      {
        messageId: 'r1',
        text: 'Here is the answer.',
        attachments: [],
        mailId: 'mail-r1',
        to: 'gone@example.net',
        mail: { messageId: replyMessageId, inReplyTo: first.replace(/[<>]/g, ''), references: [] },
        status: null,
      },
      'reply-r1',
      { kind: 'STAFF', id: 'agent-1', name: 'Agent' },
    );
    expect(replied.ok).toBe(true);
    const dsn = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
      'To: help@fair.localhost',
      'Subject: Undelivered Mail Returned to Sender',
      `Message-ID: ${messageId('dsn')}`,
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
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
      'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
      '',
      '--B',
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: <${replyMessageId}>`,
      `Subject: [#${ticket.number}] Help`,
      '',
      '--B--',
      '',
    ].join('\r\n');
    await desk.sendRaw(dsn, { from: '', to: ['help@fair.localhost'] });
    const after = desk.readModel.byId(ticket.id)!;
    expect(after.requester.emailUndeliverable).toBe(true);
    expect(after.timeline.some((entry) => entry.kind === 'REPLY_BOUNCED')).toBe(true);
  });

  it('refuses an oversize message with 552 while it streams in', async () => {
    const id = messageId('big');
    const refused = desk.send({
      from: 'big@example.org',
      to: 'help@fair.localhost',
      subject: 'Big',
      text: 'x'.repeat(300 * 1024),
      messageId: id,
    });
    await expect(refused).rejects.toMatchObject({ responseCode: 552 });
    expect(ticketOf(id)).toBeUndefined();
  });

  it('refuses a message with too many attachments with a clear 552, writing no ticket', async () => {
    const id = messageId('files');
    const attachments = Array.from({ length: 11 }, (_, i) => ({ filename: `f${i}.txt`, content: `file ${i}` }));
    const refused = desk.send({
      from: 'files@example.org',
      to: 'help@fair.localhost',
      subject: 'Files',
      text: 'x',
      messageId: id,
      attachments,
    });
    await expect(refused).rejects.toMatchObject({
      responseCode: 552,
      response: expect.stringMatching(/Too many attachments/),
    });
    expect(ticketOf(id)).toBeUndefined();
    expect((await outcomeOf(id))[1]!.data).toMatchObject({ outcome: 'REFUSED' });
  });

  it('keeps attachments content-addressed on the ticket', async () => {
    const id = messageId('with-file');
    await desk.send({
      from: 'pdf@example.org',
      to: 'help@fair.localhost',
      subject: 'Invoice',
      text: 'Attached.',
      messageId: id,
      attachments: [
        { filename: 'invoice.pdf', content: Buffer.from('%PDF-1.4 invoice'), contentType: 'application/pdf' },
      ],
    });
    const entry = desk.readModel
      .byId(ticketOf(id)!.id)!
      .timeline.find((each) => each.kind === 'MESSAGE' || each.kind === 'OPENED');
    const files = desk.readModel.byId(ticketOf(id)!.id)!.timeline.flatMap((each) => each.attachments ?? []);
    expect(entry).toBeDefined();
    expect(files).toEqual([
      expect.objectContaining({ filename: 'invoice.pdf', contentType: 'application/pdf', size: 16 }),
    ]);
    expect(await desk.attachments.describe(files[0]!.hash)).toMatchObject({ filename: 'invoice.pdf' });
  });

  it('keeps header injection out: subjects and names on one line, a From that is no address refused', async () => {
    const encoded = (text: string) => `=?utf-8?B?${Buffer.from(text).toString('base64')}?=`;
    const raw = (from: string, id: string) =>
      [
        `From: ${from}`,
        'To: help@fair.localhost',
        `Subject: ${encoded('Hello\r\nBcc: victim@example.org')}`,
        `Message-ID: <${id}>`,
        '',
        'Body',
        '',
      ].join('\r\n');
    await desk.sendRaw(raw(`${encoded('Sara\r\nX-Evil: 1')} <sara.i@example.org>`, 'inject-1@x'), {
      from: 'sara.i@example.org',
      to: ['help@fair.localhost'],
    });
    expect(ticketOf('inject-1@x')).toMatchObject({
      subject: 'Hello Bcc: victim@example.org',
      requester: { name: 'Sara X-Evil: 1', email: 'sara.i@example.org' },
    });
    const refused = desk.sendRaw(raw('not an address', 'inject-2@x'), {
      from: 'x@example.org',
      to: ['help@fair.localhost'],
    });
    await expect(refused).rejects.toMatchObject({ responseCode: 550 });
    expect((await outcomeOf('inject-2@x'))[1]!.data).toMatchObject({ outcome: 'REFUSED', detail: 'UNUSABLE_SENDER' });
  });

  it('handles malformed MIME without losing the mail', async () => {
    const raw = [
      'From: broken@example.org',
      'To: help@fair.localhost',
      'Subject: =?utf-8?B?broken-encoded-word?= \r\n\tand more',
      'Message-ID: <malformed.1@mail.example.org>',
      'Content-Type: multipart/mixed; boundary="never-closed"',
      '',
      '--never-closed',
      'Content-Type: text/plain; charset=no-such-charset',
      'Content-Transfer-Encoding: base64',
      '',
      '%%% not base64 %%%',
      '',
    ].join('\r\n');
    const answer = await desk.sendRaw(raw, { from: 'broken@example.org', to: ['help@fair.localhost'] });
    expect(answer.response).toMatch(/^250 /);
    const outcome = (await outcomeOf('malformed.1@mail.example.org'))[1]!.data;
    expect(['OPENED', 'REFUSED']).toContain(outcome.outcome);
  });
});
