/**
 * What visitors do, without an account: see whether a department is online, start a chat,
 * send messages, say they are typing, close the chat, or leave a question for email. Each
 * chat operation needs that chat's visitor token; every one counts against the address's budget.
 */
import { createHash } from 'node:crypto';
import { commandError } from '@deskstream/access';
import { CHAT_ERRORS } from '@deskstream/chat-domain';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { MutationResolvers, QueryResolvers, VisitorChatResolvers } from '@deskstream/graphql-types';
import { chatError, checkClientId, requireChat } from './chat-access';
import type { ChatModuleDeps } from './module-deps';
import { isMailLocale } from './answer-mail-wording';
import { forVisitor, visitorChatView, visitorTranscript } from './views';
import { chatIdForTokenHash, visitorTokenHash } from './visitor-token';

export interface VisitorResolvers {
  Query: Pick<QueryResolvers, 'chatAvailability' | 'visitorChat'>;
  Mutation: Pick<
    MutationResolvers,
    'requestChat' | 'sendVisitorMessage' | 'closeChatAsVisitor' | 'setVisitorTyping' | 'askOfflineQuestion'
  >;
  VisitorChat: Pick<VisitorChatResolvers, 'transcript'>;
}

export function visitorResolvers(deps: ChatModuleDeps): VisitorResolvers {
  const { readModel, directory, commands, visitors, now } = deps;
  const requireDepartment = (departmentId: string) => {
    if (!directory.departments.has(departmentId)) throw chatError('CHAT_DEPARTMENT_NOT_FOUND');
  };

  return {
    Query: {
      chatAvailability: (_root, args, context) => {
        visitors.admit(context, 'read');
        requireDepartment(args.departmentId);
        return { departmentId: args.departmentId, online: directory.onlineIn(args.departmentId).length > 0 };
      },
      visitorChat: (_root, args, context) => {
        visitors.admit(context, 'read');
        return visitorChatView(visitors.requireOwnChat(readModel, args.chatId, args.visitorToken), readModel);
      },
    },
    Mutation: {
      requestChat: async (_root, { input }, context) => {
        visitors.admit(context, 'startChat');
        visitors.checkToken(input.visitorToken);
        requireDepartment(input.departmentId);
        const tokenHash = visitorTokenHash(input.visitorToken);
        const chatId = chatIdForTokenHash(tokenHash);
        const outcome = await commands.chat(
          {
            type: 'RequestChat',
            data: {
              chatId,
              departmentId: input.departmentId,
              visitor: { name: input.name, email: input.email ?? null },
              firstQuestion: input.question,
              visitorTokenHash: tokenHash,
              agentsOnline: directory.onlineIn(input.departmentId).length,
              at: now().toISOString(),
              locale: isMailLocale(input.locale) ? input.locale : null,
            },
          },
          `chat-request-${chatId}`,
          { kind: 'visitor', id: chatId },
        );
        if (!outcome.ok) throw commandError(CHAT_ERRORS, outcome.error);
        return visitorChatView(requireChat(readModel, chatId), readModel);
      },
      sendVisitorMessage: async (_root, args, context) => {
        visitors.admit(context, 'message');
        checkClientId(args.clientMessageId);
        const chat = visitors.requireOwnChat(readModel, args.chatId, args.visitorToken);
        const commandId = `message-${chat.id}-visitor-${args.clientMessageId}`;
        const messageId = eventIdFor(commandId, 0);
        const outcome = await commands.chat(
          {
            type: 'PostVisitorMessage',
            data: {
              chatId: chat.id,
              visitorTokenHash: chat.visitorTokenHash,
              messageId,
              clientMessageId: args.clientMessageId,
              text: args.text,
              at: now().toISOString(),
            },
          },
          commandId,
          { kind: 'visitor', id: chat.id },
        );
        if (!outcome.ok) throw commandError(CHAT_ERRORS, outcome.error);
        return forVisitor(readModel.entry(chat.id, messageId)!);
      },
      closeChatAsVisitor: async (_root, args, context) => {
        visitors.admit(context, 'message');
        const chat = visitors.requireOwnChat(readModel, args.chatId, args.visitorToken);
        const outcome = await commands.chat(
          {
            type: 'CloseChatAsVisitor',
            data: { chatId: chat.id, visitorTokenHash: chat.visitorTokenHash, at: now().toISOString() },
          },
          `close-${chat.id}-visitor`,
          { kind: 'visitor', id: chat.id },
        );
        if (!outcome.ok) throw commandError(CHAT_ERRORS, outcome.error);
        return visitorChatView(chat, readModel);
      },
      setVisitorTyping: (_root, args, context) => {
        visitors.admit(context, 'typing');
        const chat = visitors.requireOwnChat(readModel, args.chatId, args.visitorToken);
        if (chat.status === 'CLOSED') return false;
        deps.publishTyping(chat.id, {
          chatId: chat.id,
          by: 'VISITOR',
          name: chat.visitor.name,
          typing: args.typing,
          at: now().toISOString(),
        });
        return true;
      },
      askOfflineQuestion: async (_root, { input }, context) => {
        visitors.admit(context, 'question');
        checkClientId(input.clientRequestId);
        requireDepartment(input.departmentId);
        // The content is part of the id: a retry is written once, a different question never swallowed.
        const digest = createHash('sha256').update(`${input.email}\u0000${input.question}`).digest('base64url');
        const commandId = `offline-question-${input.clientRequestId}-${digest}`;
        const questionId = eventIdFor(commandId, 0);
        const outcome = await commands.question(
          {
            type: 'AskOfflineQuestion',
            data: {
              questionId,
              departmentId: input.departmentId,
              visitor: { name: input.name, email: input.email },
              question: input.question,
              at: now().toISOString(),
              locale: isMailLocale(input.locale) ? input.locale : null,
            },
          },
          commandId,
          { kind: 'visitor', id: questionId },
        );
        if (!outcome.ok) throw commandError(CHAT_ERRORS, outcome.error);
        const question = readModel.question(questionId)!;
        return { id: question.id, askedAt: question.askedAt };
      },
    },
    VisitorChat: {
      transcript: (chat) => {
        const current = readModel.chat(chat.id);
        return current ? visitorTranscript(current) : [];
      },
    },
  };
}
