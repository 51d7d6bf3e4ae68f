/** The embedded default: each mail written as an .eml file under the data dir, marked delivered locally. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import type { RunningEmulator } from '@deskstream/esdb-emulator';
import { DEFAULT_RETRY_POLICY } from '@deskstream/outbox-domain';
import { emlTransport } from './eml-transport';
import { eventually, startOutboxProcess, startStore, type OutboxProcess } from './test-support/outbox-on-emulator';

let dataDir: string;
let store: RunningEmulator;
let outbox: OutboxProcess;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'deskstream-outbox-'));
  store = await startStore();
  outbox = await startOutboxProcess(
    store.url,
    emlTransport({ directory: join(dataDir, 'outbox') }),
    DEFAULT_RETRY_POLICY,
  );
});
afterEach(async () => {
  await outbox.stop();
  await store.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the .eml default', () => {
  it('writes the message under <data dir>/outbox and marks it delivered locally', async () => {
    await outbox.mailbox.queue(
      {
        mailId: 'm-eml-1',
        to: 'patron@example.ir',
        subject: 'پاسخ شما',
        text: 'کتاب آماده است ۱۲۳',
        purpose: { kind: 'test', id: '1' },
      },
      'queue-eml-1',
      { kind: 'system', id: 'test' },
    );
    await eventually(() => outbox.readModel.mail('m-eml-1')?.state === 'SENT');
    expect(outbox.readModel.mail('m-eml-1')).toMatchObject({
      transport: 'LOCAL_FILE',
      deliveryDetail: 'outbox/m-eml-1.eml',
    });

    expect(await readdir(join(dataDir, 'outbox'))).toEqual(['m-eml-1.eml']);
    const parsed = await simpleParser(await readFile(join(dataDir, 'outbox', 'm-eml-1.eml')));
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : '').toBe('patron@example.ir');
    expect(parsed.subject).toBe('پاسخ شما');
    expect(parsed.text?.trim()).toBe('کتاب آماده است ۱۲۳');
  });
});
