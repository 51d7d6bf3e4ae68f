/**
 * A live chat's decider, pure: requested by a visitor, accepted by exactly one agent, messages
 * both ways, transferred, closed by either side. Time comes in the command; so does who acts
 * (the resolver has checked their role and department). Repeats decide nothing.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { ChatEvent, StaffRef, TransferTarget } from './chat-events';
import { reject, type ChatRejection } from './errors';
import { checkCloseReason, checkEmail, checkMessage, checkTransferNote, checkVisitorName } from './input-rules';
import { canAnswerChats } from './staff-rules';

/** The staff member acting; supervisors may act on chats other agents hold. */
export interface ActingStaff extends StaffRef {
  supervisor: boolean;
}

/**
 * Where a transfer goes, as the desk's directory knows it now: a department, or a staff member
 * with their roles and departments (so the decider can tell whether they answer chats at all).
 */
export type TransferDestination =
  | { kind: 'department'; departmentId: string }
  | { kind: 'agent'; id: string; name: string; roles: readonly string[]; departmentIds: readonly string[] };

export type ChatCommand =
  | {
      type: 'RequestChat';
      data: {
        chatId: string;
        departmentId: string;
        visitor: { name: string; email: string | null };
        firstQuestion: string;
        visitorTokenHash: string;
        /** Agents of the department online now, as the read model shows them. */
        agentsOnline: number;
        at: string;
      };
    }
  | { type: 'AcceptChat'; data: { chatId: string; agent: StaffRef; at: string } }
  | { type: 'PostVisitorMessage'; data: { chatId: string; visitorTokenHash: string; messageId: string; clientMessageId: string; text: string; at: string } }
  | { type: 'PostAgentMessage'; data: { chatId: string; agent: StaffRef; messageId: string; clientMessageId: string; text: string; at: string } }
  | { type: 'TransferChat'; data: { chatId: string; by: ActingStaff; to: TransferDestination; note: string; at: string } }
  | { type: 'CloseChatAsVisitor'; data: { chatId: string; visitorTokenHash: string; at: string } }
  | { type: 'CloseChatAsAgent'; data: { chatId: string; by: ActingStaff; reason: string; at: string } };

export interface ChatState {
  exists: boolean;
  status: 'PENDING' | 'ACTIVE' | 'CLOSED';
  departmentId: string;
  visitorTokenHash: string;
  agentId: string | null;
  messageIds: ReadonlySet<string>;
}

export const initialChatState = (): ChatState => ({
  exists: false,
  status: 'PENDING',
  departmentId: '',
  visitorTokenHash: '',
  agentId: null,
  messageIds: new Set(),
});

export function evolveChat(state: ChatState, event: ChatEvent): ChatState {
  switch (event.type) {
    case 'ChatRequested':
      return { ...state, exists: true, status: 'PENDING', departmentId: event.data.departmentId, visitorTokenHash: event.data.visitorTokenHash };
    case 'ChatAccepted':
      return { ...state, status: 'ACTIVE', agentId: event.data.agent.id };
    case 'MessagePosted':
      return { ...state, messageIds: new Set([...state.messageIds, event.data.messageId]) };
    case 'ChatTransferred':
      return event.data.to.kind === 'department'
        ? { ...state, status: 'PENDING', departmentId: event.data.to.departmentId, agentId: null }
        : { ...state, status: 'ACTIVE', agentId: event.data.to.id };
    case 'ChatClosedByVisitor':
    case 'ChatClosedByAgent':
      return { ...state, status: 'CLOSED' };
    default:
      return assertNever(event);
  }
}

export function decideChat(command: ChatCommand, state: ChatState): ChatEvent[] | ChatRejection {
  if (command.type === 'RequestChat') return request(command.data, state);
  if (!state.exists) return reject('CHAT_NOT_FOUND');

  switch (command.type) {
    case 'AcceptChat': {
      const { chatId, agent, at } = command.data;
      if (state.status === 'CLOSED') return reject('CHAT_CLOSED');
      if (state.status === 'ACTIVE') return state.agentId === agent.id ? [] : reject('CHAT_ALREADY_ACCEPTED');
      return [{ type: 'ChatAccepted', data: { chatId, agent, acceptedAt: at } }];
    }
    case 'PostVisitorMessage': {
      const { chatId, visitorTokenHash, messageId, clientMessageId, text, at } = command.data;
      if (visitorTokenHash !== state.visitorTokenHash) return reject('CHAT_VISITOR_TOKEN_INVALID');
      if (state.messageIds.has(messageId)) return [];
      if (state.status === 'CLOSED') return reject('CHAT_CLOSED');
      return checkMessage(text) ?? [{ type: 'MessagePosted', data: { chatId, messageId, clientMessageId, author: { kind: 'visitor' }, text, postedAt: at } }];
    }
    case 'PostAgentMessage': {
      const { chatId, agent, messageId, clientMessageId, text, at } = command.data;
      if (state.messageIds.has(messageId)) return [];
      if (state.status === 'CLOSED') return reject('CHAT_CLOSED');
      if (state.status === 'PENDING') return reject('CHAT_NOT_ACCEPTED');
      if (state.agentId !== agent.id) return reject('CHAT_NOT_YOURS');
      return (
        checkMessage(text) ?? [
          { type: 'MessagePosted', data: { chatId, messageId, clientMessageId, author: { kind: 'agent', id: agent.id, name: agent.name }, text, postedAt: at } },
        ]
      );
    }
    case 'TransferChat': {
      const { chatId, by, to, note, at } = command.data;
      if (state.status === 'CLOSED') return reject('CHAT_CLOSED');
      if (state.status === 'ACTIVE' && state.agentId !== by.id && !by.supervisor) return reject('CHAT_NOT_YOURS');
      const same = to.kind === 'department' ? state.status === 'PENDING' && to.departmentId === state.departmentId : to.id === state.agentId;
      if (same) return reject('CHAT_TRANSFER_TO_SAME');
      if (to.kind === 'agent' && !canAnswerChats(to)) return reject('CHAT_TRANSFER_TARGET_CANNOT_ANSWER');
      const invalid = checkTransferNote(note);
      if (invalid) return invalid;
      const target: TransferTarget = to.kind === 'department' ? { kind: 'department', departmentId: to.departmentId } : { kind: 'agent', id: to.id, name: to.name };
      return [{ type: 'ChatTransferred', data: { chatId, by: { id: by.id, name: by.name }, to: target, note: note.trim(), transferredAt: at } }];
    }
    case 'CloseChatAsVisitor': {
      const { chatId, visitorTokenHash, at } = command.data;
      if (visitorTokenHash !== state.visitorTokenHash) return reject('CHAT_VISITOR_TOKEN_INVALID');
      if (state.status === 'CLOSED') return [];
      return [{ type: 'ChatClosedByVisitor', data: { chatId, closedAt: at } }];
    }
    case 'CloseChatAsAgent': {
      const { chatId, by, reason, at } = command.data;
      if (state.status === 'CLOSED') return [];
      if (state.status === 'ACTIVE' && state.agentId !== by.id && !by.supervisor) return reject('CHAT_NOT_YOURS');
      return checkCloseReason(reason) ?? [{ type: 'ChatClosedByAgent', data: { chatId, agent: { id: by.id, name: by.name }, reason: reason.trim(), closedAt: at } }];
    }
    default:
      return assertNever(command);
  }
}

function request(data: Extract<ChatCommand, { type: 'RequestChat' }>['data'], state: ChatState): ChatEvent[] | ChatRejection {
  const { chatId, departmentId, visitor, firstQuestion, visitorTokenHash, agentsOnline, at } = data;
  if (state.exists) return state.visitorTokenHash === visitorTokenHash ? [] : reject('CHAT_EXISTS');
  const invalid =
    checkVisitorName(visitor.name) ?? (visitor.email === null ? undefined : checkEmail(visitor.email.trim())) ?? checkMessage(firstQuestion);
  if (invalid) return invalid;
  if (agentsOnline < 1) return reject('CHAT_NO_AGENT_ONLINE');
  const email = visitor.email === null || visitor.email.trim() === '' ? null : visitor.email.trim();
  return [
    {
      type: 'ChatRequested',
      data: { chatId, departmentId, visitor: { name: visitor.name.trim(), email }, firstQuestion, visitorTokenHash, requestedAt: at },
    },
  ];
}

export const chatDecider: Decider<ChatCommand, ChatEvent, ChatState, ChatRejection> = { initialState: initialChatState, evolve: evolveChat, decide: decideChat };
