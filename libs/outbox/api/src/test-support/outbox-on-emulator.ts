/** An outbox on a fresh in-memory emulator, through the real client and runner, as the api runs it. */
import { EventStoreDBClient } from '@eventstore/db-client';
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import { ProjectionRunner } from '@deskstream/event-sourcing';
import type { RetryPolicy } from '@deskstream/outbox-domain';
import { OutboxReadModel, outboxProjection } from '@deskstream/outbox-read-models';
import { Mailbox } from '../mailbox';
import { OutboxCommands } from '../outbox-commands';
import { OutboxSender } from '../sender';
import type { MailTransport } from '../transport';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface OutboxProcess {
  readModel: OutboxReadModel;
  mailbox: Mailbox;
  sender: OutboxSender;
  stop(): Promise<void>;
}

/** One api process's share of the outbox: runner, read model, sender (which `sending: false` leaves stopped). */
export async function startOutboxProcess(
  url: string,
  transport: MailTransport,
  retry: RetryPolicy,
  sending = true,
): Promise<OutboxProcess> {
  const client = EventStoreDBClient.connectionString(url);
  const readModel = new OutboxReadModel();
  const runner = new ProjectionRunner(client, { projections: [outboxProjection(readModel)], logger: quiet });
  await runner.start();
  await runner.waitUntilCaughtUp();
  const commands = new OutboxCommands(client, runner);
  const sender = new OutboxSender({ commands, readModel, runner, transport, retry });
  if (sending) sender.start();
  return {
    readModel,
    mailbox: new Mailbox(commands, undefined, retry.maxAttempts),
    sender,
    async stop() {
      await sender.stop();
      await runner.stop();
      await client.dispose();
    },
  };
}

export async function startStore(): Promise<RunningEmulator> {
  return startEmulator({ memDb: true, port: 0 });
}

/** Polls until `check` holds (read models settle asynchronously). */
export async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
