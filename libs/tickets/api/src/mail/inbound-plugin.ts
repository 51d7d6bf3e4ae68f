/**
 * Inbound mail in the api, a Fastify plugin registered after the tickets module (it uses the
 * module's `ticketCommands`): the SMTP listener on `smtp.port` (0: any free port; null: off) and,
 * with `imapUrl`, the IMAP poller — both feeding one pipeline. Both start when the api is ready
 * (the read models have caught up, so threading sees every ticket) and stop when it closes.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { CommandStore, ReadModelProgress } from '@deskstream/event-sourcing';
import type { TicketsReadModel } from '@deskstream/tickets-read-models';
import type { AttachmentStore } from '../attachments/attachment-store';
import { ImapPoller, imapFlowClient } from './imap-poller';
import { inboundLookupOf } from './inbound-lookup';
import { InboundMail } from './inbound-mail';
import type { InboundMailer } from './inbound-ports';
import { SenderLimit } from './sender-limit';
import { startSmtpListener, type SmtpListener } from './smtp-listener';

export interface InboundMailSettings {
  /** The SMTP listener; null or unset: none. */
  smtp?: { port: number; host: string; name?: string; maxMessageBytes?: number } | null;
  /** `imaps://user:password@host[:port]/MAILBOX`; unset: no polling. */
  imapUrl?: string | null;
  /** How often the mailbox is polled when the server does not push. Default one minute. */
  imapPollIntervalMs?: number;
  senderLimit?: { max: number; windowMs: number };
}

export interface InboundMailPluginOptions extends InboundMailSettings {
  store: CommandStore;
  runner: ReadModelProgress & { waitUntilCaughtUp?: () => Promise<void> };
  readModel: TicketsReadModel;
  attachmentStore: AttachmentStore;
  /** The outbox, for refusals of mail from the polled mailbox. */
  mailbox?: InboundMailer;
  now?: () => Date;
  /** Mails the receipt (with the secret link) of a ticket a mail opened. */
  onOpened?: (ticketId: string, accessToken: string) => Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The inbound mail pipeline and where its listener listens (null when off). */
    inboundMail: { pipeline: InboundMail; smtpPort(): number | null };
  }
}

async function inboundMailModule(app: FastifyInstance, options: InboundMailPluginOptions): Promise<void> {
  const pipeline = new InboundMail({
    store: options.store,
    tickets: app.ticketCommands,
    lookup: inboundLookupOf(options.readModel),
    attachments: options.attachmentStore,
    mailer: options.mailbox,
    senderLimit: new SenderLimit(options.senderLimit),
    now: options.now,
    onOpened: options.onOpened,
  });
  let listener: SmtpListener | null = null;
  let poller: ImapPoller | null = null;
  const onError = (error: unknown) => app.log.error({ err: error }, 'inbound mail failed');
  app.decorate('inboundMail', { pipeline, smtpPort: () => listener?.port ?? null });

  app.addHook('onReady', async () => {
    if (options.smtp) {
      // A port in use (another api process on this machine) costs the listener, never the api.
      listener = await startSmtpListener({ receiver: pipeline, onError, ...options.smtp }).catch((error: unknown) => {
        app.log.error({ err: error, port: options.smtp!.port }, 'could not listen for mail; tickets by mail are off');
        return null;
      });
      if (listener) app.log.info({ port: listener.port, host: options.smtp.host }, 'listening for mail');
    }
    if (options.imapUrl) {
      poller = new ImapPoller(imapFlowClient(options.imapUrl), pipeline, {
        intervalMs: options.imapPollIntervalMs,
        onError,
      });
      const caughtUp = options.runner.waitUntilCaughtUp?.() ?? Promise.resolve();
      void caughtUp.then(() => poller?.start());
    }
  });
  app.addHook('onClose', async () => {
    await poller?.stop();
    await listener?.close();
  });
}

export const ticketsInboundMail = fp(inboundMailModule, {
  name: 'deskstream-tickets-inbound-mail',
  fastify: '5.x',
  dependencies: ['deskstream-tickets'],
});
