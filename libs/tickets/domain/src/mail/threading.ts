/**
 * Which ticket a mail belongs to. Its In-Reply-To and References are looked up among every
 * Message-ID the desk received or sent; then the `[#1234]` in its subject. Either counts only
 * when the sender takes part in that ticket (the requester or an address copied in): anyone can
 * write a References header, so a stranger's mail pointing at someone else's ticket opens a new
 * one. A merged ticket's mail goes to the ticket it was merged into; mail to a closed ticket opens
 * a follow-up ticket linked to it.
 */
import type { TicketStatus } from '../tickets-events';
import { subjectTicketNumber } from './mail-text';

export interface ThreadCandidate {
  id: string;
  number: number;
  status: TicketStatus;
  /** Lower-case addresses of the requester and everyone copied in. */
  participants: readonly string[];
  mergedInto: { id: string; number: number } | null;
}

export interface ThreadLookup {
  byMessageId(messageId: string): ThreadCandidate | undefined;
  byNumber(number: number): ThreadCandidate | undefined;
  byId(id: string): ThreadCandidate | undefined;
}

export interface MailToThread {
  /** Lower-case sender address. */
  sender: string;
  /** In-Reply-To first, then References from the newest. */
  referencedMessageIds: readonly string[];
  subject: string;
}

export type ThreadDecision =
  | { kind: 'THREAD'; ticketId: string; detail: string }
  | { kind: 'NEW'; followUpOf: { id: string; number: number } | null; detail: string };

const MAX_MERGE_HOPS = 10;

function survivorOf(ticket: ThreadCandidate, lookup: ThreadLookup): ThreadCandidate {
  let current = ticket;
  for (let hop = 0; hop < MAX_MERGE_HOPS && current.mergedInto; hop++) {
    const next = lookup.byId(current.mergedInto.id);
    if (!next) break;
    current = next;
  }
  return current;
}

function into(ticket: ThreadCandidate, sender: string, lookup: ThreadLookup, how: string): ThreadDecision | null {
  const survivor = survivorOf(ticket, lookup);
  const takesPart = ticket.participants.includes(sender) || survivor.participants.includes(sender);
  if (!takesPart) return null;
  const merged = survivor.id === ticket.id ? '' : ` (merged into #${survivor.number})`;
  if (survivor.status === 'CLOSED') {
    return {
      kind: 'NEW',
      followUpOf: { id: survivor.id, number: survivor.number },
      detail: `follow-up of closed #${survivor.number}`,
    };
  }
  return { kind: 'THREAD', ticketId: survivor.id, detail: `${how} #${ticket.number}${merged}` };
}

export function decideThread(mail: MailToThread, lookup: ThreadLookup): ThreadDecision {
  let forged: number | null = null;
  for (const messageId of mail.referencedMessageIds) {
    const ticket = lookup.byMessageId(messageId);
    if (!ticket) continue;
    const decision = into(ticket, mail.sender, lookup, 'headers of');
    if (decision) return decision;
    forged ??= ticket.number;
  }
  const number = subjectTicketNumber(mail.subject);
  const numbered = number === null ? undefined : lookup.byNumber(number);
  if (numbered) {
    const decision = into(numbered, mail.sender, lookup, 'subject number');
    if (decision) return decision;
    forged ??= numbered.number;
  }
  return {
    kind: 'NEW',
    followUpOf: null,
    detail: forged === null ? 'new conversation' : `sender is not a participant of #${forged}`,
  };
}
