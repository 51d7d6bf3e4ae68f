/** The sender loop through a real SMTP server on loopback, on the emulator through the real client. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@deskstream/esdb-emulator';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '@deskstream/outbox-domain';
import { smtpTransport } from './smtp-transport';
import { startLoopbackSmtp, type LoopbackSmtp } from './test-support/smtp-server';
import { eventually, startOutboxProcess, startStore, type OutboxProcess } from './test-support/outbox-on-emulator';

const FAST: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 3, baseDelayMs: 50, factor: 2, leaseMs: 10_000 };
const STAFF = { kind: 'staff' as const, id: 'sara' };

let store: RunningEmulator;
let smtp: LoopbackSmtp;
const running: OutboxProcess[] = [];

beforeEach(async () => {
  store = await startStore();
  smtp = await startLoopbackSmtp();
});
afterEach(async () => {
  for (const process of running.splice(0)) await process.stop();
  await smtp.close();
  await store.stop();
});

async function start(retry = FAST) {
  const process = await startOutboxProcess(
    store.url,
    smtpTransport({ url: smtp.url, from: 'Reference Desk <desk@library.example>' }),
    retry,
  );
  running.push(process);
  return process;
}

const answer = {
  mailId: 'mail-answer-1',
  to: 'reza.karimi@example.ir',
  subject: 'پاسخ پرسش شما از میز مرجع',
  text: 'سلام آقای کریمی،\nکتاب «بوف کور» در قفسهٔ ۳ تالار مرجع است.\n— سارا احمدی',
  purpose: { kind: 'offline-question', id: 'q-1' },
};

describe('sending through SMTP', () => {
  it('delivers the mail as written: recipient, subject and Persian UTF-8 body', async () => {
    const outbox = await start();
    const queued = await outbox.mailbox.queue(answer, 'answer-1', STAFF);
    expect(queued.ok).toBe(true);

    const [arrived] = await smtp.waitFor(1);
    expect(arrived!.envelopeTo).toEqual(['reza.karimi@example.ir']);
    expect(arrived!.parsed.subject).toBe('پاسخ پرسش شما از میز مرجع');
    expect(arrived!.parsed.text?.trim()).toBe(answer.text);
    expect(arrived!.parsed.from?.text).toContain('desk@library.example');
    expect(arrived!.parsed.messageId).toBe('<mail-answer-1@deskstream.localhost>');

    await eventually(() => outbox.readModel.mail('mail-answer-1')?.state === 'SENT');
    expect(outbox.readModel.mail('mail-answer-1')).toMatchObject({ attempts: 1, transport: 'SMTP', lastError: null });
  });

  it('retries after a temporary failure, then delivers, keeping the reason', async () => {
    const outbox = await start();
    smtp.refuseNext(1, 'Mailbox busy, try again later');
    await outbox.mailbox.queue(answer, 'answer-1', STAFF);

    await smtp.waitFor(1);
    await eventually(() => outbox.readModel.mail('mail-answer-1')?.state === 'SENT');
    const mail = outbox.readModel.mail('mail-answer-1')!;
    expect(mail.attempts).toBe(2);
    expect(mail.lastError).toMatch(/Mailbox busy/);
    expect(smtp.received).toHaveLength(1);
  });

  it('gives up after the last attempt, and says why', async () => {
    const outbox = await start();
    smtp.refuseNext(10, 'Mailbox unavailable');
    await outbox.mailbox.queue(answer, 'answer-1', STAFF);

    await eventually(() => outbox.readModel.mail('mail-answer-1')?.state === 'FAILED');
    expect(outbox.readModel.mail('mail-answer-1')).toMatchObject({
      attempts: 3,
      nextAttemptAt: null,
      lastError: expect.stringMatching(/Mailbox unavailable/),
    });
    expect(smtp.received).toHaveLength(0);
  });

  it('never sends a mail twice: not after a restart, not with two senders on one store', async () => {
    const first = await start();
    const second = await start();
    for (let i = 1; i <= 5; i++) await first.mailbox.queue({ ...answer, mailId: `mail-${i}` }, `queue-${i}`, STAFF);
    await smtp.waitFor(5);
    await eventually(() => [1, 2, 3, 4, 5].every((i) => second.readModel.mail(`mail-${i}`)?.state === 'SENT'));

    await first.stop();
    await second.stop();
    running.splice(0);
    const restarted = await start();
    await eventually(() => restarted.readModel.mail('mail-5')?.state === 'SENT');
    await restarted.sender.idle();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received.map((mail) => mail.parsed.messageId).sort()).toEqual(
      [1, 2, 3, 4, 5].map((i) => `<mail-${i}@deskstream.localhost>`),
    );
  });

  it('refuses a second mail under the same id, and a retried queue command changes nothing', async () => {
    const outbox = await start();
    expect((await outbox.mailbox.queue(answer, 'answer-1', STAFF)).ok).toBe(true);
    expect(await outbox.mailbox.queue(answer, 'answer-1', STAFF)).toMatchObject({ ok: true });
    expect(await outbox.mailbox.queue({ ...answer, text: 'another answer' }, 'answer-2', STAFF)).toMatchObject({
      ok: false,
      error: { code: 'OUTBOX_MAIL_EXISTS' },
    });
    await smtp.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received).toHaveLength(1);
  });
});
