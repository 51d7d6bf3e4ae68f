import { describe, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import type { MailCommand } from './commands';
import { mailDecider } from './mail-decider';
import type { MailEvent } from './mail-events';

const given = deciderSpec(mailDecider);

const T0 = '2025-03-01T08:00:00.000Z';
const T1 = '2025-03-01T08:01:00.000Z';
const T2 = '2025-03-01T08:05:00.000Z';
const LEASE = '2025-03-01T08:03:00.000Z';

const mail = {
  mailId: 'm1',
  to: 'reza@example.ir',
  subject: 'پاسخ پرسش شما',
  text: 'سلام، کتاب در قفسه ۳ است.',
  purpose: { kind: 'offline-question', id: 'q1' },
};
const queue = (data: Partial<Extract<MailCommand, { type: 'QueueMail' }>['data']> = {}): MailCommand => ({
  type: 'QueueMail',
  data: { ...mail, maxAttempts: 2, at: T0, ...data },
});
const queued: MailEvent = { type: 'MailQueued', data: { ...mail, maxAttempts: 2, queuedAt: T0 } };
const start = (at = T1, leaseUntil = LEASE): MailCommand => ({
  type: 'StartSending',
  data: { mailId: 'm1', at, leaseUntil },
});
const started = (attempt: number, startedAt = T1, leaseUntil = LEASE): MailEvent => ({
  type: 'MailSendStarted',
  data: { mailId: 'm1', attempt, startedAt, leaseUntil },
});
const failed = (attempt: number, retryAt: string | null, reason = 'Mailbox busy', failedAt = T1): MailEvent => ({
  type: 'MailFailed',
  data: { mailId: 'm1', attempt, failedAt, reason, retryAt },
});
const sent: MailEvent = {
  type: 'MailSent',
  data: { mailId: 'm1', attempt: 1, sentAt: T1, transport: 'SMTP', detail: '250 OK' },
};

describe('queueing a mail', () => {
  it('keeps a reply-to, threading headers and attached files when given', () => {
    const extras = {
      replyTo: 'help@library.example',
      threading: {
        messageId: 't-42.r1@library.example',
        inReplyTo: 'abc@mail.example',
        references: ['abc@mail.example'],
      },
      attachments: [
        { filename: 'session.ics', contentType: 'text/calendar; method=REQUEST', content: 'BEGIN:VCALENDAR' },
      ],
    };
    given([])
      .when(queue(extras))
      .then([{ type: 'MailQueued', data: { ...mail, maxAttempts: 2, queuedAt: T0, ...extras } }]);
  });

  it('refuses a bad reply-to, forged message ids and attachments over the limits', () => {
    given([])
      .when(queue({ replyTo: 'x@y.zz\r\nBcc: z@w.zz' }))
      .then('OUTBOX_REPLY_TO_INVALID');
    given([])
      .when(queue({ autoSubmitted: 'no' as 'auto-replied' }))
      .then('OUTBOX_AUTO_SUBMITTED_INVALID');
    given([])
      .when(queue({ threading: { inReplyTo: 'a@b.c>\r\nBcc: x@y.zz' } }))
      .then('OUTBOX_THREADING_INVALID');
    given([])
      .when(queue({ threading: { references: Array.from({ length: 51 }, (_, i) => `m${i}@x.example`) } }))
      .then('OUTBOX_THREADING_INVALID');
    const file = { filename: 'a.txt', contentType: 'text/plain', content: 'x' };
    given([])
      .when(queue({ attachments: Array.from({ length: 11 }, () => file) }))
      .then('OUTBOX_ATTACHMENTS_INVALID');
    given([])
      .when(queue({ attachments: [{ ...file, filename: '../etc/passwd' }] }))
      .then('OUTBOX_ATTACHMENTS_INVALID');
    given([])
      .when(queue({ attachments: [{ ...file, content: 'x'.repeat(2 * 1024 * 1024 + 1) }] }))
      .then('OUTBOX_ATTACHMENTS_INVALID');
    given([])
      .when(queue({ attachments: [{ ...file, encoding: 'base64', content: 'not base64!' }] }))
      .then('OUTBOX_ATTACHMENTS_INVALID');
  });

  it('queues it once, with the subject trimmed and the body as written', () => {
    given([])
      .when(queue({ subject: '  پاسخ پرسش شما ' }))
      .then([queued]);
    given([queued]).when(queue()).then('OUTBOX_MAIL_EXISTS');
  });

  it('refuses a bad recipient, subject, body or number of attempts', () => {
    given([])
      .when(queue({ to: 'not an address' }))
      .then('OUTBOX_RECIPIENT_INVALID');
    given([])
      .when(queue({ to: 'a@b.c\r\nBcc: x@y.zz' }))
      .then('OUTBOX_RECIPIENT_INVALID');
    given([])
      .when(queue({ maxAttempts: 21 }))
      .then('OUTBOX_MAX_ATTEMPTS_INVALID');
    given([])
      .when(queue({ subject: 'one\r\nBcc: x@y.zz' }))
      .then('OUTBOX_SUBJECT_INVALID');
    given([])
      .when(queue({ subject: ' ' }))
      .then('OUTBOX_SUBJECT_INVALID');
    given([])
      .when(queue({ text: '' }))
      .then('OUTBOX_TEXT_INVALID');
    given([])
      .when(queue({ text: 'x'.repeat(100_001) }))
      .then('OUTBOX_TEXT_INVALID');
    given([])
      .when(queue({ maxAttempts: 0 }))
      .then('OUTBOX_MAX_ATTEMPTS_INVALID');
  });

  it('refuses a recipient with any control, format or line-separator character', () => {
    for (const to of [
      'a\u0001b@example.org',
      'reza\u0085@example.ir',
      'reza@example.ir\u0085Bcc: x@y.zz',
      're\u200Bza@example.ir',
      'reza@exa\u2028mple.ir',
      'reza@example.ir\u2029',
      'reza\u007F@example.ir',
      '\uFEFFreza@example.ir',
    ]) {
      given([]).when(queue({ to })).then('OUTBOX_RECIPIENT_INVALID');
    }
    given([])
      .when(queue({ to: 'رضا@example.ir' }))
      .then([{ ...queued, data: { ...queued.data, to: 'رضا@example.ir' } }]);
  });

  it('keeps the department a mail was written for', () => {
    const purpose = { kind: 'chat-transcript', id: 'c1', departmentId: 'law' };
    given([])
      .when(queue({ purpose }))
      .then([{ ...queued, data: { ...queued.data, purpose } }]);
  });

  it('knows nothing else about a mail that was never queued', () => {
    given([]).when(start()).then('OUTBOX_MAIL_NOT_FOUND');
  });
});

describe('sending', () => {
  it('claims one attempt at a time; a second sender is refused while the lease holds', () => {
    given([queued])
      .when(start())
      .then([started(1)]);
    given([queued, started(1)])
      .when(start(T1))
      .then('OUTBOX_SENDING');
  });

  it('records the delivery once, and never claims a sent mail again', () => {
    const recordSent: MailCommand = {
      type: 'RecordSent',
      data: { mailId: 'm1', attempt: 1, at: T1, transport: 'SMTP', detail: '250 OK' },
    };
    given([queued, started(1)])
      .when(recordSent)
      .then([sent]);
    given([queued, started(1), sent])
      .when(recordSent)
      .then([]);
    given([queued, started(1), sent])
      .when(start(T2))
      .then('OUTBOX_ALREADY_SENT');
  });

  it('schedules a retry after a failure, and refuses to try before it is due', () => {
    const failure: MailCommand = {
      type: 'RecordFailure',
      data: { mailId: 'm1', attempt: 1, at: T1, reason: 'Mailbox busy', retryAt: T2 },
    };
    given([queued, started(1)])
      .when(failure)
      .then([failed(1, T2)]);
    given([queued, started(1), failed(1, T2)])
      .when(start(T1))
      .then('OUTBOX_NOT_DUE');
    given([queued, started(1), failed(1, T2)])
      .when(start(T2))
      .then([started(2, T2)]);
  });

  it('gives up after the last allowed attempt', () => {
    const failure: MailCommand = {
      type: 'RecordFailure',
      data: { mailId: 'm1', attempt: 2, at: T2, reason: 'Mailbox busy', retryAt: LEASE },
    };
    const history = [queued, started(1), failed(1, T1), started(2, T2)];
    given(history)
      .when(failure)
      .then([failed(2, null, 'Mailbox busy', T2)]);
    given([...history, failed(2, null, 'Mailbox busy', T2)])
      .when(start('2025-03-02T00:00:00.000Z'))
      .then('OUTBOX_GAVE_UP');
  });

  it('ignores a failure reported for an attempt that is no longer running', () => {
    given([queued, started(1), sent])
      .when({ type: 'RecordFailure', data: { mailId: 'm1', attempt: 1, at: T2, reason: 'late', retryAt: T2 } })
      .then([]);
  });

  it('takes over an attempt whose lease ran out, recording it as interrupted', () => {
    const [interrupted] = [
      failed(1, T2, 'No outcome was recorded before the attempt ran out of time (the sender stopped or hung).', T2),
    ];
    given([queued, started(1)])
      .when(start(T2, '2025-03-01T08:07:00.000Z'))
      .then([interrupted!, started(2, T2, '2025-03-01T08:07:00.000Z')]);
    given([queued, started(1), failed(1, T1), started(2, T1)])
      .when(start(T2))
      .then([{ ...interrupted!, data: { ...interrupted!.data, attempt: 2, retryAt: null } } as MailEvent]);
  });
});
