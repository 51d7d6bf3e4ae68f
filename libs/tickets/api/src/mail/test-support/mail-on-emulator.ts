/** Test support: the tickets' write and read side with the inbound mail pipeline and its SMTP listener on port 0, on a fresh emulator. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import { ProjectionRunner } from '@deskstream/event-sourcing';
import { TICKET_SETTINGS_STREAM } from '@deskstream/tickets-domain';
import { TicketsReadModel, ticketsProjection } from '@deskstream/tickets-read-models';
import { FileSystemAttachmentStore } from '../../attachments/fs-attachment-store';
import { TicketCommands } from '../../ticket-commands';
import { inboundLookupOf } from '../inbound-lookup';
import { InboundMail } from '../inbound-mail';
import { SenderLimit } from '../sender-limit';
import { startSmtpListener, type SmtpListener } from '../smtp-listener';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const SYSTEM = { kind: 'SYSTEM', name: 'test' };

export const DEPARTMENTS = { general: 'dept-general', publishers: 'dept-publishers' };

export interface MailDesk {
  store: RunningEmulator;
  client: EventStoreDBClient;
  readModel: TicketsReadModel;
  commands: TicketCommands;
  inbound: InboundMail;
  attachments: FileSystemAttachmentStore;
  smtp: SmtpListener;
  send(mail: SendMailOptions): Promise<{ response: string }>;
  sendRaw(raw: string | Buffer, envelope: { from: string; to: string[] }): Promise<{ response: string }>;
  stop(): Promise<void>;
}

export async function startMailDesk(
  options: { maxMessageBytes?: number; senderLimit?: number } = {},
): Promise<MailDesk> {
  const store = await startEmulator({ memDb: true, port: 0 });
  const client = EventStoreDBClient.connectionString(store.url);
  const dataDir = await mkdtemp(join(tmpdir(), 'deskstream-mail-'));
  await client.appendToStream(TICKET_SETTINGS_STREAM, [
    jsonEvent({
      type: 'InboundAddressesConfigured',
      data: {
        addresses: [{ address: 'publishers@fair.localhost', departmentId: DEPARTMENTS.publishers }],
        defaultDepartmentId: DEPARTMENTS.general,
        configuredAt: '2026-12-01T00:00:00.000Z',
        by: SYSTEM,
      },
    }),
  ]);
  const readModel = new TicketsReadModel();
  const runner = new ProjectionRunner(client, { projections: [ticketsProjection(readModel)], logger: quiet });
  await runner.start();
  await runner.waitUntilCaughtUp();
  const commands = new TicketCommands(client, runner);
  const attachments = new FileSystemAttachmentStore(dataDir);
  const inbound = new InboundMail({
    store: client,
    tickets: commands,
    lookup: inboundLookupOf(readModel),
    attachments,
    senderLimit: new SenderLimit({ max: options.senderLimit ?? 1_000, windowMs: 60_000 }),
  });
  const smtp = await startSmtpListener({
    receiver: inbound,
    port: 0,
    host: '127.0.0.1',
    maxMessageBytes: options.maxMessageBytes,
  });
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
  return {
    store,
    client,
    readModel,
    commands,
    inbound,
    attachments,
    smtp,
    send: (mail) => transport.sendMail(mail),
    sendRaw: (raw, envelope) => transport.sendMail({ envelope, raw }),
    async stop() {
      transport.close();
      await smtp.close();
      await runner.stop();
      await client.dispose();
      await store.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
