/**
 * What agents do: see the pending queue of their departments and their own chats, accept a
 * chat (one agent wins it), reply, say they are typing, transfer, close with a reason, look up
 * a visitor's history, and answer offline questions by email.
 */
import type { IResolvers } from 'mercurius';
import { requireStaff, requireStaffInDepartment } from '@deskstream/access';
import { eventIdFor } from '@deskstream/event-sourcing';
import { answerByEmail } from './answer-mailbox';
import { ROLES_FOR, acting, checkClientId, departmentsOf, requireChat, requireStaffForChat, type Context } from './chat-access';
import type { ChatRecord, QuestionRecord } from './chat-read-model';
import { chatError, commandError } from './errors';
import type { TransferTarget } from './events';
import type { ChatModuleDeps } from './module-deps';

export function agentResolvers(deps: ChatModuleDeps): IResolvers {
  const { readModel, directory, commands, now } = deps;
  const staffActor = (id: string) => ({ kind: 'staff' as const, id });

  const transferTarget = (to: { departmentId?: string | null; agentId?: string | null }): TransferTarget => {
    const department = to.departmentId ?? null;
    const agentId = to.agentId ?? null;
    if ((department === null) === (agentId === null)) throw chatError('CHAT_TRANSFER_TARGET_INVALID');
    if (department !== null) {
      if (!directory.departments.has(department)) throw chatError('CHAT_DEPARTMENT_NOT_FOUND');
      return { kind: 'department', departmentId: department };
    }
    const agent = directory.agents.get(agentId!);
    if (!agent) throw chatError('CHAT_AGENT_NOT_FOUND');
    return { kind: 'agent', id: agent.id, name: agent.name };
  };

  return {
    Query: {
      pendingChats: (_root, args: { departmentId?: string | null }, context: Context) => {
        if (args.departmentId) {
          requireStaffInDepartment(context, ROLES_FOR.readChats, args.departmentId);
          return readModel.pending([args.departmentId]);
        }
        return readModel.pending(departmentsOf(requireStaff(context, ROLES_FOR.readChats)));
      },
      myChats: (_root, _args, context: Context) => readModel.activeFor(requireStaff(context, ROLES_FOR.answerChats).id),
      chat: (_root, args: { id: string }, context: Context) => {
        const chat = requireChat(readModel, args.id);
        requireStaffForChat(context, ROLES_FOR.readChats, chat);
        return chat;
      },
      offlineQuestions: (_root, args: { status?: QuestionRecord['status'] | null }, context: Context) =>
        readModel.offlineQuestions(args.status ?? undefined, departmentsOf(requireStaff(context, ROLES_FOR.readChats))),
      visitorHistory: (_root, args: { email: string }, context: Context) => {
        const departments = departmentsOf(requireStaff(context, ROLES_FOR.readChats));
        const mine = (record: { departmentId: string }) => departments === undefined || departments.includes(record.departmentId);
        const history = readModel.historyFor(args.email.slice(0, 254));
        return { email: args.email.trim().toLowerCase(), chats: history.chats.filter(mine), questions: history.questions.filter(mine) };
      },
    },
    Mutation: {
      acceptChat: async (_root, args: { chatId: string }, context: Context) => {
        const chat = requireChat(readModel, args.chatId);
        const staff = requireStaffForChat(context, ROLES_FOR.answerChats, chat);
        const outcome = await commands.chat(
          { type: 'AcceptChat', data: { chatId: chat.id, agent: { id: staff.id, name: staff.displayName }, at: now().toISOString() } },
          // Once per stay in a queue: a retry is written once, yet the same agent can take the
          // chat again after it was transferred back to a department.
          `accept-${chat.id}-${staff.id}-${chat.waitingSince}`,
          staffActor(staff.id),
        );
        if (!outcome.ok) throw commandError(outcome.error);
        return chat;
      },
      sendMessage: async (_root, args: { chatId: string; clientMessageId: string; text: string }, context: Context) => {
        checkClientId(args.clientMessageId);
        const chat = requireChat(readModel, args.chatId);
        const staff = requireStaffForChat(context, ROLES_FOR.answerChats, chat);
        const commandId = `message-${chat.id}-agent-${staff.id}-${args.clientMessageId}`;
        const messageId = eventIdFor(commandId, 0);
        const outcome = await commands.chat(
          { type: 'PostAgentMessage', data: { chatId: chat.id, agent: { id: staff.id, name: staff.displayName }, messageId, text: args.text, at: now().toISOString() } },
          commandId,
          staffActor(staff.id),
        );
        if (!outcome.ok) throw commandError(outcome.error);
        return readModel.entry(chat.id, messageId);
      },
      transferChat: async (
        _root,
        args: { chatId: string; to: { departmentId?: string | null; agentId?: string | null }; note?: string | null; commandId: string },
        context: Context,
      ) => {
        checkClientId(args.commandId);
        const chat = requireChat(readModel, args.chatId);
        const staff = requireStaffForChat(context, ROLES_FOR.answerChats, chat);
        const outcome = await commands.chat(
          { type: 'TransferChat', data: { chatId: chat.id, by: acting(staff), to: transferTarget(args.to), note: args.note ?? '', at: now().toISOString() } },
          `transfer-${chat.id}-${staff.id}-${args.commandId}`,
          staffActor(staff.id),
        );
        if (!outcome.ok) throw commandError(outcome.error);
        return chat;
      },
      closeChat: async (_root, args: { chatId: string; reason: string; commandId: string }, context: Context) => {
        checkClientId(args.commandId);
        const chat = requireChat(readModel, args.chatId);
        const staff = requireStaffForChat(context, ROLES_FOR.answerChats, chat);
        const outcome = await commands.chat(
          { type: 'CloseChatAsAgent', data: { chatId: chat.id, by: acting(staff), reason: args.reason, at: now().toISOString() } },
          `close-${chat.id}-${staff.id}-${args.commandId}`,
          staffActor(staff.id),
        );
        if (!outcome.ok) throw commandError(outcome.error);
        return chat;
      },
      setTyping: (_root, args: { chatId: string; typing: boolean }, context: Context) => {
        const chat = requireChat(readModel, args.chatId);
        const staff = requireStaffForChat(context, ROLES_FOR.answerChats, chat);
        if (chat.status !== 'ACTIVE' || chat.agent?.id !== staff.id) return false;
        deps.publishTyping(chat.id, { chatId: chat.id, by: 'AGENT', name: staff.displayName, typing: args.typing, at: now().toISOString() });
        return true;
      },
      answerOfflineQuestion: async (_root, args: { questionId: string; answer: string; commandId: string }, context: Context) => {
        checkClientId(args.commandId);
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
        if (!outcome.ok) throw commandError(outcome.error);
        return readModel.question(question.id);
      },
    },
    Chat: {
      transcript: (chat: ChatRecord) => readModel.chat(chat.id)?.transcript ?? [],
      queuePosition: (chat: ChatRecord) => readModel.queuePosition(readModel.chat(chat.id) ?? chat),
    },
  };
}
