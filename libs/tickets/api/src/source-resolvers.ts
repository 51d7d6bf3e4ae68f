/**
 * Tickets from other channels: an agent turns a chat into a ticket (its transcript attached as a
 * text file, or written as the first message when no attachment store is connected) or an offline
 * question into one (from the events already in the store); a ticket's question and last reply
 * start a knowledge-base draft. The same command id again answers the same ticket or draft.
 */
import { requireStaff, type SignedInStaff } from '@deskstream/access';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { MutationResolvers } from '@deskstream/graphql-types';
import { REQUESTER_LANGUAGES, TICKET_LIMITS, type TicketAttachment } from '@deskstream/tickets-domain';
import type { AttachmentStore } from './attachments';
import type { TicketsModuleDeps } from './module-deps';
import { transcriptText, type ArticleDrafts, type ChatSource } from './source-ports';
import {
  TICKET_ROLES,
  checkCommandId,
  requireDepartmentForStaff,
  requireTicketForStaff,
  staffActor,
  ticketCommandError,
  ticketError,
} from './ticket-access';

export interface SourceDeps extends TicketsModuleDeps {
  chats?: ChatSource;
  articles?: ArticleDrafts;
  attachmentStore?: AttachmentStore;
}

const subjectOf = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > TICKET_LIMITS.subjectCharacters
    ? `${line.slice(0, TICKET_LIMITS.subjectCharacters - 1)}…`
    : line || '—';
};
const languageOf = (locale: string | null | undefined) =>
  (REQUESTER_LANGUAGES as readonly string[]).includes(locale ?? '') ? locale! : 'en';

export function sourceResolvers(deps: SourceDeps): {
  Mutation: Pick<MutationResolvers, 'ticketFromChat' | 'ticketFromOfflineQuestion' | 'draftArticleFromTicket'>;
} {
  const { readModel, commands } = deps;
  const defaultType = () => readModel.settings.requesterTypes[0]?.key ?? 'customer';

  const openFrom = async (
    staff: SignedInStaff,
    commandId: string,
    source: {
      kind: 'chat' | 'offline-question';
      id: string;
      departmentId: string;
      name: string;
      email: string | null;
      language: string;
      subject: string;
      text: string;
      attachments: TicketAttachment[];
      at: string;
    },
  ) => {
    const ticketId = eventIdFor(`${commandId}:ticket`, 0);
    const outcome = await commands.open(
      {
        ticketId,
        channel: source.kind === 'chat' ? 'CHAT' : 'OFFLINE_QUESTION',
        requester: {
          name: source.name.trim() || '—',
          email: source.email,
          phone: null,
          language: source.language,
          contactMethod: source.email ? 'EMAIL' : 'NONE',
        },
        requesterType: defaultType(),
        departmentId: source.departmentId,
        subject: subjectOf(source.subject),
        priority: 'NORMAL',
        product: null,
        version: null,
        fields: {},
        tags: [],
        origin: { kind: source.kind, id: source.id },
        accessTokenHash: null,
        firstMessage: {
          messageId: eventIdFor(`${commandId}:message`, 0),
          via: source.kind === 'chat' ? 'CHAT' : 'OFFLINE_QUESTION',
          from: { name: source.name.trim() || '—', address: source.email },
          text: source.text.slice(0, TICKET_LIMITS.textCharacters),
          attachments: source.attachments,
          mail: null,
        },
      },
      commandId,
      staffActor(staff),
    );
    if (!outcome.ok) throw ticketCommandError(outcome.error);
    return readModel.byId(ticketId)!;
  };

  return {
    Mutation: {
      ticketFromChat: async (_root, args, context) => {
        const staff = requireStaff(context, TICKET_ROLES.work);
        checkCommandId(args.commandId);
        const chat = deps.chats?.chat(args.chatId);
        if (!chat) throw ticketError('TICKET_SOURCE_NOT_FOUND');
        requireDepartmentForStaff(staff, readModel, chat.departmentId);
        const transcript = transcriptText(chat);
        const attachments: TicketAttachment[] = [];
        if (deps.attachmentStore) {
          attachments.push(
            await deps.attachmentStore.put(Buffer.from(transcript, 'utf8'), {
              filename: `chat-${chat.id.slice(0, 8)}.txt`,
              declaredType: 'text/plain',
              maxBytes: TICKET_LIMITS.maxAttachmentBytes,
            }),
          );
        }
        return openFrom(staff, `chat:${chat.id}:${args.commandId}`, {
          kind: 'chat',
          id: chat.id,
          departmentId: chat.departmentId,
          name: chat.visitor.name,
          email: chat.visitor.email,
          language: languageOf(chat.locale),
          subject: chat.firstQuestion,
          text: attachments.length > 0 ? chat.firstQuestion : transcript,
          attachments,
          at: chat.requestedAt,
        });
      },
      ticketFromOfflineQuestion: async (_root, args, context) => {
        const staff = requireStaff(context, TICKET_ROLES.work);
        checkCommandId(args.commandId);
        const question = deps.chats?.offlineQuestion(args.questionId);
        if (!question) throw ticketError('TICKET_SOURCE_NOT_FOUND');
        requireDepartmentForStaff(staff, readModel, question.departmentId);
        return openFrom(staff, `question:${question.id}:${args.commandId}`, {
          kind: 'offline-question',
          id: question.id,
          departmentId: question.departmentId,
          name: question.visitor.name,
          email: question.visitor.email,
          language: languageOf(question.locale),
          subject: question.question,
          text: question.question,
          attachments: [],
          at: question.askedAt,
        });
      },
      draftArticleFromTicket: async (_root, args, context) => {
        checkCommandId(args.commandId);
        const { staff, ticket } = requireTicketForStaff(context, readModel, args.ticketId);
        if (!deps.articles) throw ticketError('TICKET_KNOWLEDGE_BASE_UNAVAILABLE');
        const question = ticket.timeline.find((entry) => entry.kind === 'MESSAGE');
        const answer = [...ticket.timeline].reverse().find((entry) => entry.kind === 'REPLY');
        if (!question?.text || !answer?.text) throw ticketError('TICKET_NOTHING_TO_DRAFT');
        const drafted = await deps.articles.draft(
          {
            title: ticket.subject,
            body: `${question.text}\n\n---\n\n${answer.text}`,
            locale: languageOf(ticket.requester.language),
            tags: ticket.tags.slice(0, 20),
          },
          `ticket-article:${ticket.id}:${args.commandId}`,
          staff,
        );
        if (!drafted.ok) throw ticketError('TICKET_KNOWLEDGE_BASE_UNAVAILABLE');
        const recorded = await commands.recordArticleDraft(
          ticket.id,
          drafted.articleId,
          `${args.commandId}:article`,
          staffActor(staff),
        );
        if (!recorded.ok) throw ticketCommandError(recorded.error);
        return drafted.articleId;
      },
    },
  };
}
