/**
 * The conversation items feedback is captured from, read from the contexts that hold them (chat
 * and its offline questions, tickets, calls, the knowledge base's questions), as the feedback
 * context's sources port: the exact item, its text, its reporter and the channel they used.
 */
import type { FeedbackSourceRefs, FeedbackSources, FoundSource } from '@deskstream/feedback-api';
import { emptyFeedbackSource, type FeedbackReporter } from '@deskstream/feedback-domain';
import type { CallsReadModel } from '@deskstream/calls-read-models';
import type { ChatReadModel } from '@deskstream/chat-read-models';
import type { KnowledgeBaseReadModel } from '@deskstream/knowledge-base-read-models';
import type { TicketsReadModel } from '@deskstream/tickets-read-models';

export interface SourceReadModels {
  chats: ChatReadModel;
  tickets: TicketsReadModel;
  calls: CallsReadModel;
  knowledgeBase: KnowledgeBaseReadModel;
}

const customer = (
  personal: FeedbackReporter['personal'],
  ids: { customerId?: string | null; ticketId?: string | null } = {},
): FeedbackReporter => ({
  kind: 'CUSTOMER',
  customerId: ids.customerId ?? null,
  ticketId: ids.ticketId ?? null,
  personal,
});

type Finder = (refs: FeedbackSourceRefs, models: SourceReadModels) => FoundSource | undefined;

const FINDERS: Record<string, Finder> = {
  CHAT_MESSAGE: ({ chatId, messageId }, { chats }) => {
    const chat = chats.chat(chatId!);
    const entry = chat ? chats.entry(chat.id, messageId!) : undefined;
    if (!chat || !entry || entry.kind !== 'MESSAGE') return undefined;
    return {
      source: { ...emptyFeedbackSource('CHAT_MESSAGE'), chatId: chat.id, messageId: entry.id },
      channel: 'CHAT',
      text: entry.text,
      language: chat.locale,
      reporter: customer({ name: chat.visitor.name, email: chat.visitor.email, phone: null }),
      product: null,
      version: null,
    };
  },
  TICKET_MESSAGE: ({ ticketId, messageId }, { tickets }) => {
    const ticket = tickets.byId(ticketId!);
    // The message's id, or its timeline entry's id (what the console shows).
    const entry = ticket?.timeline.find(
      (given) =>
        (given.messageId === messageId || given.id === messageId) &&
        (given.kind === 'MESSAGE' || given.kind === 'REPLY'),
    );
    if (!ticket || !entry?.text || !entry.messageId) return undefined;
    const { requester } = ticket;
    return {
      source: {
        ...emptyFeedbackSource('TICKET_MESSAGE'),
        ticketId: ticket.id,
        messageId: messageId!,
        eventId: entry.id,
      },
      channel: 'TICKET',
      text: entry.text,
      language: requester.language,
      reporter: customer(
        { name: requester.name, email: requester.email, phone: requester.phone },
        { customerId: requester.customerId, ticketId: ticket.id },
      ),
      product: ticket.product,
      version: ticket.version,
    };
  },
  CALL_NOTE: ({ callId, noteId }, { calls }) => {
    const call = calls.call(callId!);
    const note = call?.notes.find((given) => given.id === noteId);
    if (!call || !note) return undefined;
    return {
      source: { ...emptyFeedbackSource('CALL_NOTE'), callId: call.id, noteId: note.id },
      channel: 'PHONE',
      text: note.text,
      language: null,
      reporter: customer(
        { name: null, email: null, phone: call.counterpart.e164 ?? call.counterpart.raw },
        { ticketId: call.tickets.at(-1)?.ticketId ?? null },
      ),
      product: null,
      version: null,
    };
  },
  OFFLINE_QUESTION: ({ questionId }, { chats }) => {
    const question = chats.question(questionId!);
    if (!question) return undefined;
    return {
      source: { ...emptyFeedbackSource('OFFLINE_QUESTION'), questionId: question.id },
      channel: 'OFFLINE_QUESTION',
      text: question.question,
      language: question.locale,
      reporter: customer({ name: question.visitor.name, email: question.visitor.email, phone: null }),
      product: null,
      version: null,
    };
  },
  KB_QUESTION: ({ questionId }, { knowledgeBase }) => {
    const question = knowledgeBase.inbox.question(questionId!);
    if (!question) return undefined;
    return {
      source: {
        ...emptyFeedbackSource('KB_QUESTION'),
        questionId: question.questionId,
        articleId: question.articleId,
      },
      channel: 'KNOWLEDGE_BASE',
      text: question.question,
      language: question.locale,
      reporter: customer({ name: question.name, email: question.email, phone: null }),
      product: null,
      version: null,
    };
  },
};

export function feedbackSources(models: SourceReadModels): FeedbackSources {
  return { find: (refs) => FINDERS[refs.kind]?.(refs, models) };
}
