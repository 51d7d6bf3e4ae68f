/** The other contexts' events customer timelines fold, named from those contexts' domain packages. */
import { BOOKINGS_EVENT_TYPES, type BookingRequestEvent, type SessionEvent } from '@deskstream/bookings-domain';
import { CALL_EVENT_TYPES, type CallEvent } from '@deskstream/calls-domain';
import { CHAT_EVENT_TYPES, QUESTION_EVENT_TYPES, type ChatEvent, type QuestionEvent } from '@deskstream/chat-domain';
import { REGISTRATION_EVENT_TYPES, type RegistrationEvent } from '@deskstream/customers-domain';
import { VISITOR_EVENT_TYPES, type VisitorEvent } from '@deskstream/knowledge-base-domain';
import { TICKET_EVENT_TYPES, type TicketEvent } from '@deskstream/tickets-domain';

const CHAT_TYPES = [
  'ChatRequested',
  'ChatAccepted',
  'ChatClosedByVisitor',
  'ChatClosedByAgent',
  'ChatAbandoned',
] as const;
const TICKET_TYPES = ['TicketOpened', 'TicketStatusChanged', 'TicketDetailsChanged', 'TicketMergedInto'] as const;
const CALL_TYPES = ['CallRang', 'CallAnswered', 'CallEnded', 'CallLogged', 'CallWrappedUp'] as const;
const KNOWLEDGE_BASE_TYPES = ['KnowledgeBaseQuestionAsked', 'KnowledgeBaseQuestionAnswered'] as const;
const BOOKING_TYPES = [
  'SessionBooked',
  'SessionCancelled',
  'SessionAttended',
  'SessionMissed',
  'BookingRequestWaiting',
  'BookingRequestPickedUp',
  'BookingRequestAssigned',
  'BookingRequestClosed',
] as const;

type Of<E extends { type: string }, T extends readonly string[]> = Extract<E, { type: T[number] }>;

/** The other contexts' events the timeline folds (and the customers context's registrations). */
export type TimelineSourceEvent =
  | Of<ChatEvent, typeof CHAT_TYPES>
  | QuestionEvent
  | Of<TicketEvent, typeof TICKET_TYPES>
  | Of<CallEvent, typeof CALL_TYPES>
  | Of<VisitorEvent, typeof KNOWLEDGE_BASE_TYPES>
  | Of<SessionEvent | BookingRequestEvent, typeof BOOKING_TYPES>
  | RegistrationEvent;

/** The event types the timeline folds; each is one of its context's published types. */
export const TIMELINE_SOURCE_TYPES = [
  ...CHAT_TYPES,
  ...QUESTION_EVENT_TYPES,
  ...TICKET_TYPES,
  ...CALL_TYPES,
  ...KNOWLEDGE_BASE_TYPES,
  ...BOOKING_TYPES,
  ...REGISTRATION_EVENT_TYPES,
] as const satisfies readonly TimelineSourceEvent['type'][];

/** Every type named here is still published by its context (checked by the tests). */
export const PUBLISHED_SOURCE_TYPES: readonly string[] = [
  ...CHAT_EVENT_TYPES,
  ...QUESTION_EVENT_TYPES,
  ...TICKET_EVENT_TYPES,
  ...CALL_EVENT_TYPES,
  ...VISITOR_EVENT_TYPES,
  ...BOOKINGS_EVENT_TYPES,
  ...REGISTRATION_EVENT_TYPES,
];
