/**
 * What becomes of one parsed mail: a bounce marks the address undeliverable on the ticket whose
 * reply bounced; automatic mail is kept and ignored; an unusable sender or files over the limits
 * refuse it; a sender over the loop limit is kept without a ticket; otherwise it threads into its
 * ticket or opens one (a follow-up linked to a closed ticket). Every ticket command carries a
 * command id derived from the mail's key, so a retried delivery changes nothing twice.
 */
import { randomBytes, createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { EVENT_ID_NAMESPACE } from '@deskstream/event-sourcing';
import {
  ATTACHMENT_LIMITS,
  classifyMail,
  decideThread,
  mailLanguage,
  type InboundMailOutcome,
  type ReceiveMessageData,
  type TicketActor,
  type TicketAttachment,
} from '@deskstream/tickets-domain';
import type { AttachmentStore } from '../attachments/attachment-store';
import type { Envelope, InboundLookup, InboundTicketCommands } from './inbound-ports';
import type { ParsedInboundMail } from './parse-mail';
import type { SenderLimit } from './sender-limit';

export interface Decided {
  outcome: InboundMailOutcome;
  ticketId: string | null;
  departmentId: string | null;
  detail: string;
  /** True for bounces and other automatic mail: never answered. */
  automatic: boolean;
  refusal?: { smtpCode: 550 | 552; message: string };
  /** The secret link token of a ticket this mail opened (for the receipt). */
  accessToken?: string;
}

const SYSTEM: TicketActor = { kind: 'SYSTEM', name: 'inbound-mail' };
const MEGABYTE = 1024 * 1024;

const done = (outcome: InboundMailOutcome, detail: string, more: Partial<Decided> = {}): Decided => ({
  outcome,
  ticketId: null,
  departmentId: null,
  detail,
  automatic: false,
  ...more,
});

export class InboundActions {
  constructor(
    private readonly tickets: InboundTicketCommands,
    private readonly lookup: InboundLookup,
    private readonly attachments: AttachmentStore,
    private readonly senderLimit: SenderLimit,
  ) {}

  async decide(mail: ParsedInboundMail, envelope: Envelope, key: string, rawHash: string, at: Date): Promise<Decided> {
    const sender = mail.from.address;
    const kind = classifyMail(mail.header, envelope.from, sender);
    if (kind.kind === 'BOUNCE') return this.bounce(mail, key, at);
    if (kind.kind === 'AUTOMATIC') return done('IGNORED_AUTOMATIC', kind.detail, { automatic: true });
    if (!sender) {
      return done('REFUSED', 'UNUSABLE_SENDER', {
        refusal: { smtpCode: 550, message: 'The sender address (From) is missing or not a plain mail address.' },
      });
    }
    const tooMuch = this.overLimits(mail);
    if (tooMuch) return done('REFUSED', tooMuch, { refusal: { smtpCode: 552, message: tooMuch } });
    if (!this.senderLimit.allow(sender, at)) return done('SENDER_LIMITED', `more than the limit from ${sender}`);

    const files = await this.keepFiles(mail);
    const thread = decideThread(
      { sender, referencedMessageIds: mail.referencedMessageIds, subject: mail.subject },
      this.lookup,
    );
    if (thread.kind === 'THREAD') {
      const threaded = await this.tickets.receiveMessage(
        thread.ticketId,
        this.message(mail, key, rawHash, files),
        `${key}:message`,
        this.requester(mail),
        at.toISOString(),
      );
      const ticket = this.lookup.byId(thread.ticketId);
      if (threaded.ok)
        return done('THREADED', thread.detail, {
          ticketId: thread.ticketId,
          departmentId: ticket?.departmentId ?? null,
        });
      // Closed or merged in the meantime: the mail still becomes a ticket, never lost.
      return this.open(
        mail,
        envelope,
        key,
        rawHash,
        at,
        files,
        ticket ? { id: ticket.id, number: ticket.number } : null,
        `${thread.detail}, then ${threaded.error.code}`,
      );
    }
    return this.open(mail, envelope, key, rawHash, at, files, thread.followUpOf, thread.detail);
  }

  private overLimits(mail: ParsedInboundMail): string | null {
    if (mail.files.length > ATTACHMENT_LIMITS.maxFiles) {
      return `Too many attachments: ${mail.files.length}; at most ${ATTACHMENT_LIMITS.maxFiles} files per message.`;
    }
    const big = mail.files.find((file) => file.content.length > ATTACHMENT_LIMITS.maxFileBytes);
    if (big) {
      return `Attachment too large: ${big.filename ?? 'a file'}; each file may be at most ${ATTACHMENT_LIMITS.maxFileBytes / MEGABYTE} MB.`;
    }
    return null;
  }

  private async keepFiles(mail: ParsedInboundMail): Promise<TicketAttachment[]> {
    const kept: TicketAttachment[] = [];
    for (const file of mail.files) {
      kept.push(
        await this.attachments.put(file.content, {
          filename: file.filename,
          declaredType: file.contentType,
          maxBytes: ATTACHMENT_LIMITS.maxFileBytes,
        }),
      );
    }
    return kept;
  }

  private requester(mail: ParsedInboundMail): TicketActor {
    return { kind: 'REQUESTER', name: mail.from.name || mail.from.address! };
  }

  private message(
    mail: ParsedInboundMail,
    key: string,
    rawHash: string,
    files: TicketAttachment[],
  ): ReceiveMessageData {
    return {
      messageId: `mail-${key}`,
      via: 'EMAIL',
      from: { name: mail.from.name || mail.from.address!, address: mail.from.address },
      text: mail.text || (files.length > 0 ? '(attachments only)' : '(no text)'),
      attachments: files,
      mail: {
        messageId: mail.messageId ?? `${key}@inbound.invalid`,
        inReplyTo: mail.inReplyTo,
        references: mail.references,
        rawHash,
        cc: mail.cc,
      },
    };
  }

  private async open(
    mail: ParsedInboundMail,
    envelope: Envelope,
    key: string,
    rawHash: string,
    at: Date,
    files: TicketAttachment[],
    followUpOf: { id: string; number: number } | null,
    detail: string,
  ): Promise<Decided> {
    const departmentId = this.lookup.departmentForRecipients([...envelope.to, ...mail.to, ...mail.cc]);
    if (!departmentId) throw new Error('no inbound department is configured yet; the mail is kept for another try');
    const ticketId = uuidv5(`ticket-from-inbound-mail/${key}`, EVENT_ID_NAMESPACE);
    const accessToken = randomBytes(32).toString('base64url');
    const message = this.message(mail, key, rawHash, files);
    const opened = await this.tickets.open(
      {
        ticketId,
        channel: 'EMAIL',
        requester: {
          name: message.from.name,
          email: mail.from.address,
          phone: null,
          language: mailLanguage(mail.language, `${mail.subject}\n${mail.text}`),
          contactMethod: 'EMAIL',
        },
        requesterType: this.lookup.defaultRequesterType(),
        departmentId,
        subject: mail.subject || '(no subject)',
        priority: 'NORMAL',
        product: null,
        version: null,
        fields: {},
        tags: [],
        origin: { kind: 'inbound-mail', id: key },
        accessTokenHash: createHash('sha256').update(accessToken, 'utf8').digest('hex'),
        firstMessage: message,
      },
      `${key}:open`,
      this.requester(mail),
      at.toISOString(),
    );
    if (!opened.ok) {
      // A conflict is the desk's trouble (try again); a rejection is the mail's, and is refused.
      if (opened.error.code === 'CONFLICT') throw new Error(`inbound mail ${key}: ${opened.error.message}`);
      return done('REFUSED', opened.error.code, { refusal: { smtpCode: 550, message: opened.error.message } });
    }
    if (followUpOf) {
      await this.tickets.run(
        ticketId,
        { type: 'Link', data: { otherId: followUpOf.id, otherNumber: followUpOf.number, kind: 'RELATED' } },
        `${key}:follow-up`,
        SYSTEM,
        { at: at.toISOString() },
      );
    }
    return done('OPENED', detail, { ticketId, departmentId, accessToken });
  }

  private async bounce(mail: ParsedInboundMail, key: string, at: Date): Promise<Decided> {
    const report = mail.report;
    const original = report?.originalMessageId ?? null;
    const ticket = original ? this.lookup.byMessageId(original) : undefined;
    if (!report || report.failed.length === 0 || !ticket) {
      return done(
        'IGNORED_AUTOMATIC',
        original ? `bounce of unknown mail ${original}` : 'bounce without a failed recipient',
        {
          automatic: true,
        },
      );
    }
    let index = 0;
    for (const failed of report.failed) {
      const recorded = await this.tickets.recordBounce(
        ticket.id,
        { messageId: original, address: failed.address, reason: failed.reason },
        `${key}:bounce:${index++}`,
        SYSTEM,
        at.toISOString(),
      );
      if (!recorded.ok) {
        return done('IGNORED_AUTOMATIC', `bounce for #${ticket.number} not recorded: ${recorded.error.code}`, {
          ticketId: ticket.id,
          departmentId: ticket.departmentId,
          automatic: true,
        });
      }
    }
    const addresses = report.failed.map((failed) => failed.address).join(', ');
    return done('BOUNCE_RECORDED', `${addresses} undeliverable`, {
      ticketId: ticket.id,
      departmentId: ticket?.departmentId ?? null,
      automatic: true,
    });
  }
}
