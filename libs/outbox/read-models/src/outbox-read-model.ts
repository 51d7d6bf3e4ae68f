/**
 * The outbox read model: every mail with its state, for the staff's Outbox page and for the
 * sender, which asks it what is due. A pure in-memory fold; mails still to be delivered are
 * indexed apart, so finding the due ones does not scan the sent ones.
 */
import { assertNever } from '@deskstream/domain-kit';
import { keptState } from '@deskstream/event-sourcing';
import type { MailEvent, MailExtras, MailPurpose, MailTransportKind } from '@deskstream/outbox-domain';

export type MailDeliveryState = 'QUEUED' | 'SENDING' | 'RETRYING' | 'SENT' | 'FAILED';

export interface MailRecord {
  id: string;
  to: string;
  subject: string;
  text: string;
  purpose: MailPurpose;
  state: MailDeliveryState;
  queuedAt: string;
  attempts: number;
  maxAttempts: number;
  /** When the sender may next try: now for a queued mail, the lease's end while sending, the retry time after a failure. */
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  transport: MailTransportKind | null;
  deliveryDetail: string | null;
  /** Reply-to, threading headers and files, when the mail was queued with them. */
  extras: MailExtras;
}

export class OutboxReadModel {
  private readonly mails = new Map<string, MailRecord>();
  private readonly undelivered = new Set<string>();
  /** Its state for durable snapshots: these collections, refilled in place on restore. */
  readonly kept = keptState({ mails: this.mails, undelivered: this.undelivered });

  apply(event: MailEvent): boolean {
    if (event.type === 'MailQueued') {
      const {
        mailId,
        to,
        subject,
        text,
        purpose,
        maxAttempts,
        queuedAt,
        replyTo,
        threading,
        attachments,
        autoSubmitted,
      } = event.data;
      const record: MailRecord = {
        id: mailId,
        to,
        subject,
        text,
        purpose,
        state: 'QUEUED',
        queuedAt,
        attempts: 0,
        maxAttempts,
        nextAttemptAt: queuedAt,
        lastError: null,
        sentAt: null,
        transport: null,
        deliveryDetail: null,
        extras: { replyTo, threading, attachments, autoSubmitted },
      };
      this.mails.set(mailId, record);
      this.undelivered.add(mailId);
      return true;
    }
    const mail = this.mails.get(event.data.mailId);
    if (!mail) return false;
    switch (event.type) {
      case 'MailSendStarted':
        mail.state = 'SENDING';
        mail.attempts = event.data.attempt;
        mail.nextAttemptAt = event.data.leaseUntil;
        return true;
      case 'MailSent':
        mail.state = 'SENT';
        mail.sentAt = event.data.sentAt;
        mail.transport = event.data.transport;
        mail.deliveryDetail = event.data.detail;
        mail.nextAttemptAt = null;
        this.undelivered.delete(mail.id);
        return true;
      case 'MailFailed':
        mail.lastError = event.data.reason;
        mail.nextAttemptAt = event.data.retryAt;
        if (mail.state === 'SENT') return true;
        mail.state = event.data.retryAt === null ? 'FAILED' : 'RETRYING';
        if (event.data.retryAt === null) this.undelivered.delete(mail.id);
        return true;
      default:
        return assertNever(event);
    }
  }

  mail(id: string): MailRecord | undefined {
    return this.mails.get(id);
  }

  /** Every mail, newest first, optionally in one state and only those `visible` lets through. */
  list(state?: MailDeliveryState, limit = 100, visible: (mail: MailRecord) => boolean = () => true): MailRecord[] {
    const all = [...this.mails.values()].filter(
      (mail) => (state === undefined || mail.state === state) && visible(mail),
    );
    all.sort((a, b) => b.queuedAt.localeCompare(a.queuedAt) || b.id.localeCompare(a.id));
    return all.slice(0, limit);
  }

  /** Mails the sender should try at `now`, the longest waiting first. */
  due(now: Date): MailRecord[] {
    const due: MailRecord[] = [];
    for (const id of this.undelivered) {
      const mail = this.mails.get(id)!;
      if (mail.nextAttemptAt !== null && Date.parse(mail.nextAttemptAt) <= now.getTime()) due.push(mail);
    }
    return due.sort((a, b) => a.nextAttemptAt!.localeCompare(b.nextAttemptAt!));
  }

  /** When the next mail not yet due becomes due, if any. */
  nextDueAt(now: Date): Date | undefined {
    let next: number | undefined;
    for (const id of this.undelivered) {
      const at = this.mails.get(id)!.nextAttemptAt;
      if (at === null) continue;
      const time = Date.parse(at);
      if (time > now.getTime() && (next === undefined || time < next)) next = time;
    }
    return next === undefined ? undefined : new Date(next);
  }
}
