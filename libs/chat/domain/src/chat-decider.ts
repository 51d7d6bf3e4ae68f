/**
 * A live chat's decider, pure: requested by a visitor, accepted by exactly one agent, messages
 * both ways, transferred, closed by either side. Time comes in the command; so does who acts
 * (the resolver has checked their role and department). Repeats decide nothing.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import { decideAftercare, type AftercareState, type ChatAftercareCommand } from './chat-aftercare';
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
        /** The language of the visitor's page, when it said. */
        locale?: string | null;
      };
    }
  | { type: 'AcceptChat'; data: { chatId: string; agent: StaffRef; at: string } }
  | {
      type: 'PostVisitorMessage';
      data: {
        chatId: string;
        visitorTokenHash: string;
        messageId: string;
        clientMessageId: string;
        text: string;
        at: string;
      };
    }
  | {
      type: 'PostAgentMessage';
      data: { chatId: string; agent: StaffRef; messageId: string; clientMessageId: string; text: string; at: string };
    }
  | {
      type: 'TransferChat';
      data: { chatId: string; by: ActingStaff; to: TransferDestination; note: string; at: string };
    }
  | { type: 'CloseChatAsVisitor'; data: { chatId: string; visitorTokenHash: string; at: string } }
  | { type: 'CloseChatAsAgent'; data: { chatId: string; by: ActingStaff; reason: string; at: string } }
  | ChatAftercareCommand;

const AFTERCARE: ReadonlySet<ChatCommand['type']> = new Set<ChatAftercareCommand['type']>([
  'AddChatNote',
  'RateChat',
  'RecordVisitorLeft',
  'RecordVisitorReturned',
  'AbandonChat',
]);
const isAftercare = (command: ChatCommand): command is ChatAftercareCommand => AFTERCARE.has(command.type);

export interface ChatState extends AftercareState {
  exists: boolean;
  departmentId: string;
  agentId: string | null;
}

export const initialChatState = (): ChatState => ({
  exists: false,
  status: 'PENDING',
  departmentId: '',
  visitorTokenHash: '',
  agentId: null,
  messageIds: new Set(),
  answered: false,
  lastAgent: null,
  rating: null,
  visitorLeftAt: null,
  visitorSeenAt: null,
});

export function evolveChat(state: ChatState, event: ChatEvent): ChatState {
  switch (event.type) {
    case 'ChatRequested':
      return {
        ...state,
        exists: true,
        status: 'PENDING',
        departmentId: event.data.departmentId,
        visitorTokenHash: event.data.visitorTokenHash,
      };
    case 'ChatAccepted':
      return { ...state, status: 'ACTIVE', agentId: event.data.agent.id, answered: true, lastAgent: event.data.agent };
    case 'MessagePosted': {
      const messageIds = new Set([...state.messageIds, event.data.messageId]);
      return event.data.author.kind === 'visitor'
        ? { ...state, messageIds, visitorSeenAt: event.data.postedAt }
        : { ...state, messageIds };
    }
    case 'ChatNoteAdded':
      return { ...state, messageIds: new Set([...state.messageIds, event.data.noteId]) };
    case 'ChatTransferred': {
      const { to } = event.data;
      return to.kind === 'department'
        ? { ...state, status: 'PENDING', departmentId: to.departmentId, agentId: null }
        : { ...state, status: 'ACTIVE', agentId: to.id, answered: true, lastAgent: { id: to.id, name: to.name } };
    }
    case 'ChatRated':
      return { ...state, rating: { score: event.data.score, comment: event.data.comment } };
    case 'ChatVisitorLeft':
      return { ...state, visitorLeftAt: event.data.leftAt };
    case 'ChatVisitorReturned':
      return { ...state, visitorSeenAt: event.data.returnedAt };
    case 'ChatClosedByVisitor':
    case 'ChatClosedByAgent':
    case 'ChatAbandoned':
      return { ...state, status: 'CLOSED' };
    default:
      return assertNever(event);
  }
}

export function decideChat(command: ChatCommand, state: ChatState): ChatEvent[] | ChatRejection {
  if (command.type === 'RequestChat') return request(command.data, state);
  if (!state.exists) return reject('CHAT_NOT_FOUND');
  if (isAftercare(command)) return decideAftercare(command, state);

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
      return (
        checkMessage(text) ?? [
          {
            type: 'MessagePosted',
            data: { chatId, messageId, clientMessageId, author: { kind: 'visitor' }, text, postedAt: at },
          },
        ]
      );
    }
    case 'PostAgentMessage': {
      const { chatId, agent, messageId, clientMessageId, text, at } = command.data;
      if (state.messageIds.has(messageId)) return [];
      if (state.status === 'CLOSED') return reject('CHAT_CLOSED');
      if (state.status === 'PENDING') return reject('CHAT_NOT_ACCEPTED');
      if (state.agentId !== agent.id) return reject('CHAT_NOT_YOURS');
      return (
        checkMessage(text) ?? [
          {
            type: 'MessagePosted',
            data: {
              chatId,
              messageId,
              clientMessageId,
              author: { kind: 'agent', id: agent.id, name: agent.name },
              text,
              postedAt: at,
            },
          },
        ]
      );
    }
    case 'TransferChat': {
      const { chatId, by, to, note, at } = command.data;
      if (state.status === 'CLOSED') return reject('CHAT_CLOSED');
      if (state.status === 'ACTIVE' && state.agentId !== by.id && !by.supervisor) return reject('CHAT_NOT_YOURS');
      const same =
        to.kind === 'department'
          ? state.status === 'PENDING' && to.departmentId === state.departmentId
          : to.id === state.agentId;
      if (same) return reject('CHAT_TRANSFER_TO_SAME');
      if (to.kind === 'agent' && !canAnswerChats(to)) return reject('CHAT_TRANSFER_TARGET_CANNOT_ANSWER');
      const invalid = checkTransferNote(note);
      if (invalid) return invalid;
      const target: TransferTarget =
        to.kind === 'department'
          ? { kind: 'department', departmentId: to.departmentId }
          : { kind: 'agent', id: to.id, name: to.name };
      return [
        {
          type: 'ChatTransferred',
          data: { chatId, by: { id: by.id, name: by.name }, to: target, note: note.trim(), transferredAt: at },
        },
      ];
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
      return (
        checkCloseReason(reason) ?? [
          {
            type: 'ChatClosedByAgent',
            data: { chatId, agent: { id: by.id, name: by.name }, reason: reason.trim(), closedAt: at },
          },
        ]
      );
    }
    default:
      return assertNever(command);
  }
}

function request(
  data: Extract<ChatCommand, { type: 'RequestChat' }>['data'],
  state: ChatState,
): ChatEvent[] | ChatRejection {
  const { chatId, departmentId, visitor, firstQuestion, visitorTokenHash, agentsOnline, at, locale } = data;
  if (state.exists) return state.visitorTokenHash === visitorTokenHash ? [] : reject('CHAT_EXISTS');
  const invalid =
    checkVisitorName(visitor.name) ??
    (visitor.email === null ? undefined : checkEmail(visitor.email.trim())) ??
    checkMessage(firstQuestion);
  if (invalid) return invalid;
  if (agentsOnline < 1) return reject('CHAT_NO_AGENT_ONLINE');
  const email = visitor.email === null || visitor.email.trim() === '' ? null : visitor.email.trim();
  return [
    {
      type: 'ChatRequested',
      data: {
        chatId,
        departmentId,
        visitor: { name: visitor.name.trim(), email },
        firstQuestion,
        visitorTokenHash,
        requestedAt: at,
        ...(locale ? { locale } : {}),
      },
    },
  ];
}

export const chatDecider: Decider<ChatCommand, ChatEvent, ChatState, ChatRejection> = {
  initialState: initialChatState,
  evolve: evolveChat,
  decide: decideChat,
};
