/**
 * The inbound mail pipeline, shared by the SMTP listener and the IMAP poller: parse the raw
 * message, keep it content-addressed, write `InboundMailReceived` once per Message-ID (the same
 * mail again answers at once and does nothing), decide what it is, act through the ticket
 * commands, and write `InboundMailProcessed` with the outcome. Refusals (unusable sender, files
 * over the limits) are decided before anything is stored on a ticket, so nothing is half-written.
 */
import { createHash } from 'node:crypto';
import { CommandRunner, type CommandStore } from '@deskstream/event-sourcing';
import {
  INBOUND_MAIL_LIMITS,
  inboundMailDecider,
  inboundMailStream,
  type InboundMailCommand,
  type InboundMailOutcome,
  type InboundMailReceived,
} from '@deskstream/tickets-domain';
import type { AttachmentStore } from '../attachments/attachment-store';
import { InboundActions, type Decided } from './inbound-actions';
import type {
  Envelope,
  InboundLookup,
  InboundMailer,
  InboundResult,
  InboundSource,
  InboundTicketCommands,
} from './inbound-ports';
import { parseInboundMail, type ParsedInboundMail } from './parse-mail';
import { refusalMail } from './refusal-mail';
import { SenderLimit } from './sender-limit';

export interface InboundMailOptions {
  store: CommandStore;
  tickets: InboundTicketCommands;
  lookup: InboundLookup;
  attachments: AttachmentStore;
  /** For refusals of mail from a polled mailbox (the SMTP listener refuses in the session instead). */
  mailer?: InboundMailer;
  senderLimit?: SenderLimit;
  now?: () => Date;
  /**
   * Told of each ticket a mail opened, with its secret link's token (shown nowhere else): the
   * api mails the receipt with the link from here. Its failure is logged, never the mail's.
   */
  onOpened?: (ticketId: string, accessToken: string) => Promise<void>;
}

const SYSTEM = { kind: 'system', id: 'inbound-mail' } as const;

export const inboundMailKey = (messageId: string | null, rawHash: string) =>
  createHash('sha256')
    .update(messageId ? `message-id:${messageId}` : `raw:${rawHash}`)
    .digest('hex')
    .slice(0, 40);

export class InboundMail {
  private readonly runner: CommandRunner;
  private readonly actions: InboundActions;
  private readonly now: () => Date;

  constructor(private readonly options: InboundMailOptions) {
    // No read model folds the inbound-mail streams: their commands need not wait for the projections.
    this.runner = new CommandRunner(options.store, { waitFor: () => Promise.resolve() });
    this.now = options.now ?? (() => new Date());
    this.actions = new InboundActions(
      options.tickets,
      options.lookup,
      options.attachments,
      options.senderLimit ?? new SenderLimit(),
    );
  }

  async receive(raw: Buffer, envelope: Envelope, source: InboundSource): Promise<InboundResult> {
    const at = this.now();
    const parsed = await parseInboundMail(raw).catch(() => null);
    const kept = await this.options.attachments.put(raw, {
      filename: 'message.eml',
      declaredType: 'message/rfc822',
      maxBytes: INBOUND_MAIL_LIMITS.maxMessageBytes,
    });
    const key = inboundMailKey(parsed?.messageId ?? null, kept.hash);
    const received: InboundMailReceived['data'] = {
      key,
      messageId: parsed?.messageId ?? null,
      from: parsed?.from.address ?? envelope.from ?? '',
      to: [...new Set([...envelope.to, ...(parsed?.to ?? [])])].slice(0, INBOUND_MAIL_LIMITS.maxRecipients),
      subject: parsed?.subject ?? '',
      rawHash: kept.hash,
      size: raw.length,
      source,
      receivedAt: at.toISOString(),
    };
    const first = await this.command({ type: 'ReceiveInboundMail', data: received }, `${key}:received:${source}`);
    if (!first.ok) {
      if (first.error.code === 'INBOUND_MAIL_ALREADY_PROCESSED') return { kind: 'DUPLICATE' };
      throw new Error(`inbound mail ${key} could not be recorded: ${first.error.message}`);
    }
    const decided = parsed
      ? await this.actions.decide(parsed, envelope, key, kept.hash, at)
      : refused(550, 'MALFORMED', 'The message could not be read as MIME.');
    await this.record(key, decided, at);
    if (decided.refusal && source === 'imap' && parsed) await this.refuseByMail(parsed, decided, key);
    if (decided.outcome === 'OPENED' && decided.ticketId && decided.accessToken && this.options.onOpened) {
      await this.options.onOpened(decided.ticketId, decided.accessToken).catch(() => undefined);
    }
    if (decided.refusal)
      return { kind: 'REFUSED', smtpCode: decided.refusal.smtpCode, message: decided.refusal.message };
    return { kind: 'ACCEPTED', outcome: decided.outcome, ticketId: decided.ticketId, detail: decided.detail };
  }

  private command(command: InboundMailCommand, commandId: string) {
    return this.runner.run({
      streamName: inboundMailStream(command.data.key),
      decider: inboundMailDecider,
      command,
      commandId,
      metadata: { actor: SYSTEM },
    });
  }

  private async record(key: string, decided: Decided, at: Date): Promise<void> {
    const outcome: InboundMailOutcome = decided.outcome;
    const written = await this.command(
      {
        type: 'RecordInboundMailOutcome',
        data: {
          key,
          outcome,
          ticketId: decided.ticketId,
          departmentId: decided.departmentId,
          detail: decided.detail,
          processedAt: at.toISOString(),
        },
      },
      `${key}:processed`,
    );
    if (!written.ok) throw new Error(`inbound mail ${key}: outcome not recorded: ${written.error.message}`);
  }

  /** A polled mailbox has no SMTP session to refuse in: the sender is told by mail — never an automatic sender. */
  private async refuseByMail(parsed: ParsedInboundMail, decided: Decided, key: string): Promise<void> {
    if (!this.options.mailer || !parsed.from.address || decided.automatic) return;
    const mail = refusalMail(parsed, decided.refusal!.message, key, decided.departmentId);
    await this.options.mailer.queue(mail, `${key}:refusal`, SYSTEM);
  }
}

function refused(smtpCode: 550 | 552, reason: string, message: string): Decided {
  return {
    outcome: 'REFUSED',
    ticketId: null,
    departmentId: null,
    detail: reason,
    automatic: false,
    refusal: { smtpCode, message },
  };
}
