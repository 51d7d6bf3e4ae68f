/**
 * Mail is sent once across api replicas: two sender processes on one store share 1,000 queued
 * mails through their claims, and one of them is killed midway (SIGKILL, no goodbye). Every mail
 * arrives; the only one that may arrive twice is the one the killed process had in hand — sent,
 * not yet recorded — and it comes again under the same Message-ID once its lease runs out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@deskstream/esdb-emulator';
import { DEFAULT_RETRY_POLICY } from '@deskstream/outbox-domain';
import { smtpTransport } from './smtp-transport';
import { startLoopbackSmtp, type LoopbackSmtp } from './test-support/smtp-server';
import { eventually, startOutboxProcess, startStore, type OutboxProcess } from './test-support/outbox-on-emulator';

const MAILS = 1_000;
const LEASE_MS = 1_500;
const SENDER_MAIN = fileURLToPath(new URL('./test-support/sender-main.ts', import.meta.url));
const SYSTEM = { kind: 'system' as const, id: 'replica-test' };

let store: RunningEmulator;
let smtp: LoopbackSmtp;
let desk: OutboxProcess;
const replicas: ChildProcess[] = [];

async function startReplica(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SENDER_MAIN, store.url, smtp.url, String(LEASE_MS)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  replicas.push(child);
  for await (const line of createInterface({ input: child.stdout! })) if (line.includes('"ready"')) return child;
  throw new Error('the sender process ended before it was ready');
}

beforeAll(async () => {
  store = await startStore();
  smtp = await startLoopbackSmtp();
  // The test's own process queues and watches; it sends nothing.
  desk = await startOutboxProcess(store.url, smtpTransport({ url: smtp.url }), DEFAULT_RETRY_POLICY, false);
}, 30_000);

afterAll(async () => {
  for (const child of replicas) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await desk?.stop();
  await smtp?.close();
  await store?.stop();
});

describe('two api replicas sending one outbox', () => {
  it('send each of 1,000 mails once, one replica killed midway', async () => {
    const [doomed] = await Promise.all([startReplica(), startReplica()]);
    const ids = Array.from({ length: MAILS }, (_, index) => `mail-replica-${index}`);
    for (let start = 0; start < MAILS; start += 50)
      await Promise.all(
        ids.slice(start, start + 50).map(async (mailId) => {
          const mail = { mailId, to: `${mailId}@example.org`, subject: mailId, text: 'Your hold is ready.' };
          const queued = await desk.mailbox.queue({ ...mail, purpose: { kind: 'test', id: mailId } }, mailId, SYSTEM);
          expect(queued.ok).toBe(true);
        }),
      );
    await smtp.waitFor(MAILS / 4, 60_000);
    doomed!.kill('SIGKILL');
    await once(doomed!, 'exit');
    const arrivedBeforeKill = smtp.received.length;
    expect(arrivedBeforeKill).toBeLessThan(MAILS);

    await eventually(() => ids.every((id) => desk.readModel.mail(id)?.state === 'SENT'), 120_000);
    await smtp.waitFor(MAILS, 10_000);

    const arrivals = new Map<string, number>();
    for (const mail of smtp.received) {
      const id = mail.parsed.messageId ?? 'none';
      arrivals.set(id, (arrivals.get(id) ?? 0) + 1);
    }
    expect([...arrivals.keys()].sort()).toEqual(ids.map((id) => `<${id}@deskstream.localhost>`).sort());
    const twice = [...arrivals].filter(([, count]) => count > 1).map(([id]) => id);
    // At most the mail the killed replica had in hand, and only as its second attempt after the lease.
    expect(twice.length).toBeLessThanOrEqual(1);
    for (const id of twice) expect(desk.readModel.mail(id.slice(1, id.indexOf('@')))?.attempts).toBe(2);
    expect(Math.max(...arrivals.values())).toBeLessThanOrEqual(2);
  }, 180_000);
});
