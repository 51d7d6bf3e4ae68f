/**
 * What each other context's event means for customer timelines, read from those contexts' domain
 * packages (their published language): which entry it starts or changes, the contact points it
 * is filed under (lower-cased emails, E.164 phones), a few words and a state. Never the content.
 */
import { assertNever } from '@deskstream/domain-kit';
import type { PatronContact } from '@deskstream/bookings-domain';
import type { CallNumber } from '@deskstream/calls-domain';
import { normaliseEmail, normalisePhone, type PhoneCountry } from '@deskstream/customers-domain';
import { customerKey, emailKey, phoneKey } from './timeline-keys';
import type { TimelineSourceEvent } from './timeline-source-types';
import type { TimelineKind } from './records';

/** A change to one entry: set when it starts (`keys`, `at`), the rest whenever given. */
export interface TimelineUpdate {
  kind: TimelineKind;
  refId: string;
  /** Given when the event starts the entry (or tells who it is about). */
  keys?: string[];
  at?: string;
  updatedAt: string;
  summary?: string;
  state?: string;
  ticketNumber?: number;
}

const SUMMARY_CHARACTERS = 80;

/** The first words of a text, on one line. */
export function shortSummary(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= SUMMARY_CHARACTERS ? line : `${chars.slice(0, SUMMARY_CHARACTERS - 1).join('')}…`;
}

export function contactKeys(
  email: string | null | undefined,
  phone: string | null | undefined,
  country: PhoneCountry,
): string[] {
  const keys: string[] = [];
  const normalEmail = email ? normaliseEmail(email) : undefined;
  if (normalEmail) keys.push(emailKey(normalEmail));
  const normalPhone = phone ? normalisePhone(phone, country) : undefined;
  if (normalPhone) keys.push(phoneKey(normalPhone));
  return keys;
}

/** The calls context already read the number (E.164 when it could); only the raw one is read again. */
const numberKeys = (number: CallNumber, country: PhoneCountry) =>
  number.e164 ? [phoneKey(number.e164)] : contactKeys(null, number.raw, country);
const patronKeys = (patron: PatronContact, country: PhoneCountry) => contactKeys(patron.email, patron.phone, country);

/** What the event changes on a timeline, or null when nothing. */
export function timelineUpdate(event: TimelineSourceEvent, country: PhoneCountry): TimelineUpdate | null {
  switch (event.type) {
    case 'ChatRequested': {
      const { chatId, visitor, firstQuestion, requestedAt } = event.data;
      const keys = contactKeys(visitor.email, null, country);
      return {
        kind: 'CHAT',
        refId: chatId,
        keys,
        at: requestedAt,
        updatedAt: requestedAt,
        summary: shortSummary(firstQuestion),
        state: 'WAITING',
      };
    }
    case 'ChatAccepted':
      return { kind: 'CHAT', refId: event.data.chatId, updatedAt: event.data.acceptedAt, state: 'ACTIVE' };
    case 'ChatClosedByVisitor':
    case 'ChatClosedByAgent':
      return { kind: 'CHAT', refId: event.data.chatId, updatedAt: event.data.closedAt, state: 'CLOSED' };
    case 'ChatAbandoned':
      return { kind: 'CHAT', refId: event.data.chatId, updatedAt: event.data.abandonedAt, state: 'ABANDONED' };
    case 'OfflineQuestionAsked': {
      const { questionId, visitor, question, askedAt } = event.data;
      const keys = contactKeys(visitor.email, null, country);
      return {
        kind: 'OFFLINE_QUESTION',
        refId: questionId,
        keys,
        at: askedAt,
        updatedAt: askedAt,
        summary: shortSummary(question),
        state: 'UNANSWERED',
      };
    }
    case 'OfflineQuestionAnswered':
      return {
        kind: 'OFFLINE_QUESTION',
        refId: event.data.questionId,
        updatedAt: event.data.answeredAt,
        state: 'ANSWERED',
      };
    case 'TicketOpened': {
      const { ticketId, number, requester, subject, openedAt } = event.data;
      const keys = contactKeys(requester.email, requester.phone, country);
      if (requester.customerId) keys.push(customerKey(requester.customerId));
      return {
        kind: 'TICKET',
        refId: ticketId,
        keys,
        at: openedAt,
        updatedAt: openedAt,
        summary: shortSummary(subject),
        state: 'NEW',
        ticketNumber: number,
      };
    }
    case 'TicketStatusChanged':
      return { kind: 'TICKET', refId: event.data.ticketId, updatedAt: event.data.changedAt, state: event.data.to };
    case 'TicketDetailsChanged':
      return event.data.subject === undefined
        ? null
        : {
            kind: 'TICKET',
            refId: event.data.ticketId,
            updatedAt: event.data.changedAt,
            summary: shortSummary(event.data.subject),
          };
    case 'TicketMergedInto':
      return { kind: 'TICKET', refId: event.data.ticketId, updatedAt: event.data.mergedAt, state: 'MERGED' };
    case 'CallRang': {
      const { callId, direction, from, to, at } = event.data;
      const counterpart = direction === 'IN' ? from : to;
      return {
        kind: 'CALL',
        refId: callId,
        keys: numberKeys(counterpart, country),
        at,
        updatedAt: at,
        summary: `${direction} ${counterpart.e164 ?? counterpart.raw}`,
        state: 'RINGING',
      };
    }
    case 'CallAnswered':
      return { kind: 'CALL', refId: event.data.callId, updatedAt: event.data.at, state: 'IN_PROGRESS' };
    case 'CallEnded':
      return { kind: 'CALL', refId: event.data.callId, updatedAt: event.data.at, state: event.data.outcome };
    case 'CallLogged': {
      const { callId, direction, counterpart, startedAt, outcome, topic, at } = event.data;
      const summary = shortSummary(topic ?? `${direction} ${counterpart.e164 ?? counterpart.raw}`);
      return {
        kind: 'CALL',
        refId: callId,
        keys: numberKeys(counterpart, country),
        at: startedAt,
        updatedAt: at,
        summary,
        state: outcome,
      };
    }
    case 'CallWrappedUp':
      return {
        kind: 'CALL',
        refId: event.data.callId,
        updatedAt: event.data.at,
        summary: shortSummary(event.data.topic),
        state: event.data.outcome,
      };
    case 'KnowledgeBaseQuestionAsked': {
      const { questionId, question, email, at } = event.data;
      return {
        kind: 'KNOWLEDGE_BASE_QUESTION',
        refId: questionId,
        keys: contactKeys(email, null, country),
        at,
        updatedAt: at,
        summary: shortSummary(question),
        state: 'UNANSWERED',
      };
    }
    case 'KnowledgeBaseQuestionAnswered':
      return {
        kind: 'KNOWLEDGE_BASE_QUESTION',
        refId: event.data.questionId,
        updatedAt: event.data.at,
        state: 'ANSWERED',
      };
    case 'SessionBooked': {
      const { bookingId, patron, expertName, day, at, sequence } = event.data;
      const summary = shortSummary(`${expertName} · ${day}`);
      return sequence === 0
        ? {
            kind: 'BOOKING',
            refId: bookingId,
            keys: patronKeys(patron, country),
            at,
            updatedAt: at,
            summary,
            state: 'BOOKED',
          }
        : { kind: 'BOOKING', refId: bookingId, updatedAt: at, summary, state: 'BOOKED' };
    }
    case 'SessionCancelled':
      return { kind: 'BOOKING', refId: event.data.bookingId, updatedAt: event.data.at, state: 'CANCELLED' };
    case 'SessionAttended':
      return { kind: 'BOOKING', refId: event.data.bookingId, updatedAt: event.data.at, state: 'ATTENDED' };
    case 'SessionMissed':
      return { kind: 'BOOKING', refId: event.data.bookingId, updatedAt: event.data.at, state: 'NO_SHOW' };
    case 'BookingRequestWaiting': {
      const { requestId, patron, details, preferredTimes, at } = event.data;
      const summary = shortSummary(details.trim() || preferredTimes.trim() || event.data.mode);
      return {
        kind: 'BOOKING',
        refId: requestId,
        keys: patronKeys(patron, country),
        at,
        updatedAt: at,
        summary,
        state: 'WAITING',
      };
    }
    case 'BookingRequestPickedUp':
      return { kind: 'BOOKING', refId: event.data.requestId, updatedAt: event.data.at, state: 'PICKED_UP' };
    case 'BookingRequestAssigned':
      return { kind: 'BOOKING', refId: event.data.requestId, updatedAt: event.data.at, state: 'ASSIGNED' };
    case 'BookingRequestClosed':
      return { kind: 'BOOKING', refId: event.data.requestId, updatedAt: event.data.at, state: 'CLOSED' };
    case 'ProductRegistered': {
      const { registrationId, customerId, productKey, version, at } = event.data;
      const summary = version ? `${productKey} ${version}` : productKey;
      return {
        kind: 'REGISTRATION',
        refId: registrationId,
        keys: [customerKey(customerId)],
        at,
        updatedAt: at,
        summary,
        state: 'REGISTERED',
      };
    }
    case 'ProductRegistrationWithdrawn':
      return { kind: 'REGISTRATION', refId: event.data.registrationId, updatedAt: event.data.at, state: 'WITHDRAWN' };
    default:
      return assertNever(event);
  }
}
