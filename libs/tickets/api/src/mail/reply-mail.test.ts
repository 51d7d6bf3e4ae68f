import { describe, expect, it } from 'vitest';
import type { TicketRecord } from '@deskstream/tickets-read-models';
import { replyMailOf } from './reply-mail';

const ticket = (language: string) =>
  ({
    id: 't-12',
    number: 12,
    subject: 'Re: RE: Stand in hall 5',
    departmentId: 'publishers',
    requester: {
      name: 'Sara',
      email: 'sara@example.org',
      phone: null,
      language,
      contactMethod: 'EMAIL',
      emailUndeliverable: false,
    },
    lastInboundMessageId: 'first@example.org',
    mailMessageIds: ['first@example.org'],
  }) as unknown as TicketRecord;

const reply = {
  mailId: 'mail-1',
  messageId: 'r1',
  text: 'Your stand is B-12.',
  attachments: [],
  author: { kind: 'STAFF' as const, id: 'a', name: 'Agent' },
  headers: {
    messageId: 'ticket-12.r1@desk.localhost',
    inReplyTo: 'first@example.org',
    references: ['first@example.org'],
  },
};

describe('a reply’s mail', () => {
  it('threads, answers to the department and says in English how to answer', () => {
    const mail = replyMailOf(ticket('en'), reply, 'publishers@fair.localhost');
    expect(mail).toMatchObject({
      to: 'sara@example.org',
      replyTo: 'publishers@fair.localhost',
      subject: '[#12] Stand in hall 5',
      threading: { messageId: 'ticket-12.r1@desk.localhost', inReplyTo: 'first@example.org' },
    });
    expect(mail.text).toBe(
      'Your stand is B-12.\n\n--\nRequest 12. To answer, reply to this mail and keep [#12] in the subject.\n',
    );
  });

  it('speaks the requester’s language, Persian with its digits', () => {
    expect(replyMailOf(ticket('fa'), reply, null).text).toContain('درخواست ۱۲.');
    expect(replyMailOf(ticket('ja'), reply, null).text).toContain('お問い合わせ番号 12');
    expect(replyMailOf(ticket('vi'), reply, null).text).toContain('Yêu cầu số 12');
  });
});
