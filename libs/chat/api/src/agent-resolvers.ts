/**
 * What agents do: see the pending queue of their departments and their own chats, accept a
 * chat (one agent wins it), reply, say they are typing, transfer, close with a reason, look up
 * a visitor's history, and answer offline questions by email.
 */
import { commandError, requireStaff, requireStaffInDepartment } from '@deskstream/access';
import { CHAT_ERRORS, type TransferDestination } from '@deskstream/chat-domain';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { ChatResolvers, MutationResolvers, QueryResolvers, TransferTargetInput } from '@deskstream/graphql-types';
import { answerByEmail } from './answer-mailbox';
import { ROLES_FOR, acting, chatError, checkClientId, departmentsOf, requireChatForStaff } from './chat-access';
import type { ChatModuleDeps } from './module-deps';

export interface AgentResolvers {
  Query: Pick<QueryResolvers, 'pendingChats' | 'myChats' | 'chat' | 'offlineQuestions' | 'visitorHistory'>;
  Mutation: Pick<
    MutationResolvers,
    'acceptChat' | 'sendMessage' | 'transferChat' | 'closeChat' | 'setTyping' | 'answerOfflineQuestion'
  >;
  Chat: Pick<ChatResolvers, 'transcript' | 'queuePosition'>;
}

export function agentResolvers(deps: ChatModuleDeps): AgentResolvers {
  const { readModel, directory, commands, now } = deps;
  const staffActor = (id: string) => ({ kind: 'staff' as const, id });

  /** Where the transfer goes, with what the directory knows of an agent (the decider checks they answer chats). */
  const transferTarget = (to: TransferTargetInput): TransferDestination => {
    const department = to.departmentId ?? null;
    const agentId = to.agentId ?? null;
    if ((department === null) === (agentId === null)) throw chatError('CHAT_TRANSFER_TARGET_INVALID');
    if (department !== null) {
      if (!directory.departments.has(department)) throw chatError('CHAT_DEPARTMENT_NOT_FOUND');
      return { kind: 'department', departmentId: department };
    }
    const agent = directory.agents.get(agentId!);
    if (!agent) throw chatError('CHAT_AGENT_NOT_FOUND');
    return {
      kind: 'agent',
      id: agent.id,
      name: agent.name,
      roles: agent.roles,
      departmentIds: [...agent.departmentIds],
    };
  };

  return {
    Query: {
      pendingChats: (_root, args, context) => {
        if (args.departmentId) {
          requireStaffInDepartment(context, ROLES_FOR.readChats, args.departmentId);
          return readModel.pending([args.departmentId]);
        }
        return readModel.pending(departmentsOf(requireStaff(context, ROLES_FOR.readChats)));
      },
      myChats: (_root, _args, context) => readModel.activeFor(requireStaff(context, ROLES_FOR.answerChats).id),
      chat: (_root, args, context) => {
        const { chat } = requireChatForStaff(context, ROLES_FOR.readChats, readModel, args.id);
        return chat;
      },
      offlineQuestions: (_root, args, context) =>
        readModel.offlineQuestions(args.status ?? undefined, departmentsOf(requireStaff(context, ROLES_FOR.readChats))),
      visitorHistory: (_root, args, context) => {
        const departments = departmentsOf(requireStaff(context, ROLES_FOR.readChats));
        const mine = (record: { departmentId: string }) =>
          departments === undefined || departments.includes(record.departmentId);
        const history = readModel.historyFor(args.email.slice(0, 254));
        return {
          email: args.email.trim().toLowerCase(),
          chats: history.chats.filter(mine),
          questions: history.questions.filter(mine),
        };
      },
    },
    Mutation: {
      acceptChat: async (_root, args, context) => {
        const { chat, staff } = requireChatForStaff(context, ROLES_FOR.answerChats, readModel, args.chatId);
        const outcome = await commands.chat(
          {
            type: 'AcceptChat',
            data: { chatId: chat.id, agent: { id: staff.id, name: staff.displayName }, at: now().toISOString() },
          },
          // Once per stay in a queue: a retry is written once, yet the same agent can take the
          // chat again after it was transferred back to a department.
          `accept-${chat.id}-${staff.id}-${chat.waitingSince}`,
          staffActor(staff.id),
        );
        if (!outcome.ok) throw commandError(CHAT_ERRORS, outcome.error);
        return chat;
      },
      sendMessage: async (_root, args, context) => {
        checkClientId(args.clientMessageId);
        const { chat, staff } = requireChatForStaff(context, ROLES_FOR.answerChats, readModel, args.chatId);
        const commandId = `message-${chat.id}-agent-${staff.id}-${args.clientMessageId}`;
        const messageId = eventIdFor(commandId, 0);
        const outcome = await commands.chat(
          {
            type: 'PostAgentMessage',
            data: {
              chatId: chat.id,
              agent: { id: staff.id, name: staff.displayName },
              messageId,
              clientMessageId: args.clientMessageId,
              text: args.text,
              at: now().toISOString(),
            },
          },
          commandId,
          staffActor(staff.id),
        );
        if (!outcome.ok) throw commandError(CHAT_ERRORS, outcome.error);
        return readModel.entry(chat.id, messageId)!;
      },
      transferChat: async (_root, args, context) => {
        checkClientId(args.commandId);
        const { chat, staff } = requireChatForStaff(context, ROLES_FOR.answerChats, readModel, args.chatId);
        const outcome = await commands.chat(
          {
            type: 'TransferChat',
            data: {
              chatId: chat.id,
              by: acting(staff),
              to: transferTarget(args.to),
              note: args.note ?? '',
              at: now().toISOString(),
            },
          },
          `transfer-${chat.id}-${staff.id}-${args.commandId}`,
          staffActor(staff.id),
        );
        if (!outcome.ok) throw commandError(CHAT_ERRORS, outcome.error);
        return chat;
      },
      closeChat: async (_root, args, context) => {
        checkClientId(args.commandId);
        const { chat, staff } = requireChatForStaff(context, ROLES_FOR.answerChats, readModel, args.chatId);
        const outcome = await commands.chat(
          {
            type: 'CloseChatAsAgent',
            data: { chatId: chat.id, by: acting(staff), reason: args.reason, at: now().toISOString() },
          },
          `close-${chat.id}-${staff.id}-${args.commandId}`,
          staffActor(staff.id),
        );
        if (!outcome.ok) throw commandError(CHAT_ERRORS, outcome.error);
        return chat;
      },
      setTyping: (_root, args, context) => {
        const { chat, staff } = requireChatForStaff(context, ROLES_FOR.answerChats, readModel, args.chatId);
        if (chat.status !== 'ACTIVE' || chat.agent?.id !== staff.id) return false;
        deps.publishTyping(chat.id, {
          chatId: chat.id,
          by: 'AGENT',
          name: staff.displayName,
          typing: args.typing,
          at: now().toISOString(),
        });
        return true;
      },
      answerOfflineQuestion: async (_root, args, context) => {
        checkClientId(args.commandId);
        // The role first: a caller without it learns nothing of which questions exist.
        requireStaff(context, ROLES_FOR.answerChats);
        const question = readModel.question(args.questionId);
        if (!question) throw chatError('CHAT_QUESTION_NOT_FOUND');
        const staff = requireStaffInDepartment(context, ROLES_FOR.answerChats, question.departmentId);
        const outcome = await answerByEmail(
          deps,
          question,
          args.answer,
          { id: staff.id, name: staff.displayName },
          `answer-${question.id}-${staff.id}-${args.commandId}`,
          now().toISOString(),
        );
        if (!outcome.ok) throw commandError(CHAT_ERRORS, outcome.error);
        return readModel.question(question.id)!;
      },
    },
    Chat: {
      transcript: (chat) => readModel.chat(chat.id)?.transcript ?? [],
      queuePosition: (chat) => readModel.queuePosition(readModel.chat(chat.id) ?? chat),
    },
  };
}
