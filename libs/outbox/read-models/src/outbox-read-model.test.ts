import { describe, expect, it } from 'vitest';
import type { MailEvent } from '@deskstream/outbox-domain';
import { OutboxReadModel } from './outbox-read-model';

const T0 = '2025-03-01T08:00:00.000Z';
const queued = (mailId: string, queuedAt = T0): MailEvent => ({
  type: 'MailQueued',
  data: {
    mailId,
    to: 'a@example.ir',
    subject: 's',
    text: 't',
    purpose: { kind: 'test', id: mailId },
    maxAttempts: 3,
    queuedAt,
  },
});

function fold(events: MailEvent[]) {
  const model = new OutboxReadModel();
  for (const event of events) model.apply(event);
  return model;
}

describe('OutboxReadModel', () => {
  it('follows a mail from queued through a retry to sent', () => {
    const model = fold([
      queued('m1'),
      {
        type: 'MailSendStarted',
        data: { mailId: 'm1', attempt: 1, startedAt: T0, leaseUntil: '2025-03-01T08:02:00.000Z' },
      },
      {
        type: 'MailFailed',
        data: { mailId: 'm1', attempt: 1, failedAt: T0, reason: '451 busy', retryAt: '2025-03-01T08:00:30.000Z' },
      },
    ]);
    expect(model.mail('m1')).toMatchObject({
      state: 'RETRYING',
      attempts: 1,
      lastError: '451 busy',
      nextAttemptAt: '2025-03-01T08:00:30.000Z',
    });
    expect(model.due(new Date('2025-03-01T08:00:10.000Z'))).toEqual([]);
    expect(model.nextDueAt(new Date('2025-03-01T08:00:10.000Z'))).toEqual(new Date('2025-03-01T08:00:30.000Z'));
    expect(model.due(new Date('2025-03-01T08:00:30.000Z')).map((mail) => mail.id)).toEqual(['m1']);

    model.apply({
      type: 'MailSent',
      data: { mailId: 'm1', attempt: 2, sentAt: '2025-03-01T08:00:31.000Z', transport: 'SMTP', detail: '250 OK' },
    });
    expect(model.mail('m1')).toMatchObject({
      state: 'SENT',
      transport: 'SMTP',
      deliveryDetail: '250 OK',
      nextAttemptAt: null,
    });
    expect(model.due(new Date('2025-03-02T00:00:00.000Z'))).toEqual([]);
  });

  it('lists mails newest first, by state, only the visible ones', () => {
    const model = fold([
      queued('old', '2025-03-01T07:00:00.000Z'),
      queued('new', '2025-03-01T09:00:00.000Z'),
      { type: 'MailFailed', data: { mailId: 'old', attempt: 1, failedAt: T0, reason: 'no', retryAt: null } },
    ]);
    expect(model.list().map((mail) => mail.id)).toEqual(['new', 'old']);
    expect(model.list('FAILED').map((mail) => mail.id)).toEqual(['old']);
    expect(model.list(undefined, 1).map((mail) => mail.id)).toEqual(['new']);
    expect(model.list(undefined, 1, (mail) => mail.id === 'old').map((mail) => mail.id)).toEqual(['old']);
  });
});
