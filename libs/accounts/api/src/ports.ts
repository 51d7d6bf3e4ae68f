/**
 * What the accounts context needs from the rest of the product, connected by the api
 * (`apps/api/src/accounts.ts`) so no context imports another: the outbox to mail through and to
 * read delivery states from, the pick-up places, and each context's requests found by the
 * holder's email or phone.
 */
import type { Actor } from '@deskstream/domain-kit';

export interface AccountMail {
  mailId: string;
  to: string;
  subject: string;
  text: string;
  purpose: { kind: string; id: string };
}

export interface AccountMailbox {
  queue(mail: AccountMail, commandId: string, actor: Actor): Promise<{ ok: true } | { ok: false; message: string }>;
}

/** One mail as the outbox knows it. */
export interface MailStatus {
  id: string;
  subject: string;
  purposeKind: string;
  /** QUEUED, SENDING, RETRYING, SENT or FAILED, as the outbox says. */
  state: string;
  queuedAt: string;
  sentAt: string | null;
  lastError: string | null;
}

export interface MailStatusPort {
  mail(mailId: string): MailStatus | undefined;
  /** Every mail to this address (any case), newest first. */
  mailsTo(email: string): MailStatus[];
}

export interface LocalizedName {
  fa: string;
  en: string;
  ja: string;
  vi: string;
}

export interface PickUpPlace {
  id: string;
  name: LocalizedName;
}

export type MyRequestKind = 'CHAT' | 'OFFLINE_QUESTION' | 'TICKET' | 'BOOKING' | 'CALL';

export interface MyRequestItem {
  id: string;
  kind: MyRequestKind;
  title: string;
  state: string;
  at: string;
  reference: string | null;
}

/** A context's requests by the holder's email and phone (either may be null). */
export type RequestPort = (contact: { email: string | null; phone: string | null }) => MyRequestItem[];

export interface AccountPorts {
  mailbox?: AccountMailbox;
  mailStatus?: MailStatusPort;
  pickUpPlaces?: () => PickUpPlace[];
  requests?: Partial<Record<MyRequestKind, RequestPort>>;
}
