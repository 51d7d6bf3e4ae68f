/**
 * Live chats, offline questions and Book a Librarian sessions into the hours, each where it
 * arrived: a chat is answered once accepted (its wait until then, its time held as handling time),
 * abandoned when it leaves the queue unanswered; a question is answered once its mail went out; a
 * booking counts once (moves keep the first booking) and is answered once attended. Chats and
 * questions carry no requester type (`unknown`, which the definitions may group); bookings are patrons'.
 */
import type { SessionAttended, SessionBooked } from '@deskstream/bookings-domain';
import type { ChatEvent, QuestionEvent } from '@deskstream/chat-domain';
import type { FoldContext } from './fold-context';

export type FoldedChatEvent =
  | Extract<ChatEvent, { type: 'ChatRequested' | 'ChatAccepted' | 'ChatClosedByVisitor' | 'ChatClosedByAgent' }>
  | Extract<ChatEvent, { type: 'ChatAbandoned' }>
  | QuestionEvent;

export type FoldedBookingEvent = SessionBooked | SessionAttended;

export const FOLDED_CHAT_EVENT_TYPES = [
  'ChatRequested',
  'ChatAccepted',
  'ChatClosedByVisitor',
  'ChatClosedByAgent',
  'ChatAbandoned',
  'OfflineQuestionAsked',
  'OfflineQuestionAnswered',
] as const satisfies readonly FoldedChatEvent['type'][];

export const FOLDED_BOOKING_EVENT_TYPES = [
  'SessionBooked',
  'SessionAttended',
] as const satisfies readonly FoldedBookingEvent['type'][];

/** The requester type of a Book a Librarian session. */
export const BOOKING_REQUESTER_TYPE = 'patron';

interface ChatFacts {
  requestedAt: number;
  acceptedAt: number | null;
  closedAt: number | null;
  abandoned: boolean;
}

interface ArrivalFacts {
  hour: number;
  answered: boolean;
}

export class ContactFold {
  private readonly chats = new Map<string, ChatFacts>();
  private readonly questions = new Map<string, ArrivalFacts>();
  private readonly bookings = new Map<string, ArrivalFacts>();

  constructor(private readonly context: FoldContext) {}

  applyChat(event: FoldedChatEvent): boolean {
    switch (event.type) {
      case 'OfflineQuestionAsked':
        return this.arrive(this.questions, event.data.questionId, event.data.askedAt, 'OFFLINE_QUESTION', null);
      case 'OfflineQuestionAnswered':
        return this.answer(this.questions, event.data.questionId, 'OFFLINE_QUESTION', null);
      case 'ChatRequested': {
        if (this.chats.has(event.data.chatId)) return false;
        const chat = {
          requestedAt: Date.parse(event.data.requestedAt),
          acceptedAt: null,
          closedAt: null,
          abandoned: false,
        };
        this.chats.set(event.data.chatId, chat);
        this.contributeChat(chat, 1);
        this.context.queueChanged(1, chat.requestedAt);
        return true;
      }
    }
    const chat = this.chats.get(event.data.chatId);
    if (!chat) return false;
    const waiting = chat.acceptedAt === null && chat.closedAt === null && !chat.abandoned;
    this.contributeChat(chat, -1);
    let at: number;
    switch (event.type) {
      case 'ChatAccepted':
        at = Date.parse(event.data.acceptedAt);
        chat.acceptedAt ??= at;
        break;
      case 'ChatAbandoned':
        at = Date.parse(event.data.abandonedAt);
        if (chat.acceptedAt === null) chat.abandoned = true;
        break;
      case 'ChatClosedByVisitor':
      case 'ChatClosedByAgent':
        at = Date.parse(event.data.closedAt);
        chat.closedAt ??= at;
        if (chat.acceptedAt === null) chat.abandoned = true;
        break;
    }
    this.contributeChat(chat, 1);
    if (waiting && (chat.acceptedAt !== null || chat.abandoned)) this.context.queueChanged(-1, at);
    return true;
  }

  applyBooking(event: FoldedBookingEvent): boolean {
    if (event.type === 'SessionBooked')
      return this.arrive(this.bookings, event.data.bookingId, event.data.at, 'BOOKING', BOOKING_REQUESTER_TYPE);
    return this.answer(this.bookings, event.data.bookingId, 'BOOKING', BOOKING_REQUESTER_TYPE);
  }

  private contributeChat(chat: ChatFacts, sign: 1 | -1): void {
    const hour = this.context.zone.hourOf(chat.requestedAt);
    const accepted = chat.acceptedAt !== null;
    this.context.table.addVolume(hour, 'CHAT', this.context.groupOf(null), sign, accepted ? sign : 0);
    const figures = this.context.table.at(hour);
    figures.chatsRequested += sign;
    if (chat.acceptedAt !== null) {
      figures.chatsAccepted += sign;
      figures.chatWaitSeconds += (sign * Math.max(0, chat.acceptedAt - chat.requestedAt)) / 1000;
      if (chat.closedAt !== null)
        figures.handlingSeconds += (sign * Math.max(0, chat.closedAt - chat.acceptedAt)) / 1000;
    } else if (chat.abandoned) figures.chatsAbandoned += sign;
  }

  private arrive(
    kept: Map<string, ArrivalFacts>,
    id: string,
    at: string,
    channel: 'OFFLINE_QUESTION' | 'BOOKING',
    rawType: string | null,
  ): boolean {
    if (kept.has(id)) return false;
    const facts = { hour: this.context.hourOf(at), answered: false };
    kept.set(id, facts);
    this.context.table.addVolume(facts.hour, channel, this.context.groupOf(rawType), 1, 0);
    return true;
  }

  private answer(
    kept: Map<string, ArrivalFacts>,
    id: string,
    channel: 'OFFLINE_QUESTION' | 'BOOKING',
    rawType: string | null,
  ): boolean {
    const facts = kept.get(id);
    if (!facts || facts.answered) return false;
    facts.answered = true;
    this.context.table.addVolume(facts.hour, channel, this.context.groupOf(rawType), 0, 1);
    return true;
  }
}
