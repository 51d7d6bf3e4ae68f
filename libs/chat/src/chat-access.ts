/**
 * Who may do what with a chat. Staff through `@deskstream/access` (role, then department: an
 * agent sees the chats of their departments and the ones handed to them; supervisors and
 * admins see all). Visitors through the token of that one chat, and within their address's
 * flood budget.
 */
import type { MercuriusContext } from 'mercurius';
import { accessError, requireStaff, type AccessContext, type SignedInStaff, type StaffRole } from '@deskstream/access';
import type { ChatReadModel, ChatRecord } from './chat-read-model';
import type { ActingStaff } from './chat-decider';
import { chatError, type ChatErrorReason } from './errors';
import type { FloodGuard, VisitorAction } from './flood-guard';
import { isWellFormedToken, tokenMatches } from './visitor-token';

export type Context = MercuriusContext & AccessContext;

export const ROLES_FOR = {
  answerChats: ['AGENT', 'SUPERVISOR'],
  readChats: ['AGENT', 'SUPERVISOR', 'ADMIN'],
  superviseDesk: ['SUPERVISOR', 'ADMIN'],
  editSavedReplies: ['SUPERVISOR', 'ADMIN'],
} as const satisfies Record<string, readonly StaffRole[]>;

export const seesAllDepartments = (staff: SignedInStaff) => staff.roles.includes('SUPERVISOR') || staff.roles.includes('ADMIN');

export const acting = (staff: SignedInStaff): ActingStaff => ({ id: staff.id, name: staff.displayName, supervisor: staff.roles.includes('SUPERVISOR') });

/** The departments whose chats the staff member sees; undefined for all. */
export const departmentsOf = (staff: SignedInStaff): readonly string[] | undefined => (seesAllDepartments(staff) ? undefined : staff.departmentIds);

export function requireChat(readModel: ChatReadModel, chatId: string): ChatRecord {
  const chat = readModel.chat(chatId);
  if (!chat) throw chatError('CHAT_NOT_FOUND');
  return chat;
}

/** The signed-in staff member, if they hold one of `roles` and may see this chat. */
export function requireStaffForChat(context: Context, roles: readonly StaffRole[], chat: ChatRecord): SignedInStaff {
  const staff = requireStaff(context, roles);
  if (seesAllDepartments(staff) || staff.departmentIds.includes(chat.departmentId) || chat.agent?.id === staff.id) return staff;
  throw accessError('ACCESS_DEPARTMENT_REQUIRED');
}

export class VisitorGate {
  constructor(
    private readonly flood: FloodGuard,
    private readonly now: () => Date,
  ) {}

  /** Counts the action against the caller's address; throws RATE_LIMITED past the budget. */
  admit(context: Context, action: VisitorAction): void {
    if (!this.flood.allow(action, context.clientAddress ?? 'unknown', this.now().getTime())) throw chatError('CHAT_RATE_LIMITED');
  }

  /** Throws unless the token is well formed. */
  checkToken(token: string): void {
    if (!isWellFormedToken(token)) throw chatError('CHAT_VISITOR_TOKEN_MALFORMED');
  }

  /** The chat, if this token is its visitor's; a token of another chat is refused. */
  requireOwnChat(readModel: ChatReadModel, chatId: string, token: string): ChatRecord {
    this.checkToken(token);
    const chat = requireChat(readModel, chatId);
    if (!tokenMatches(token, chat.visitorTokenHash)) throw chatError('CHAT_VISITOR_TOKEN_INVALID');
    return chat;
  }
}

export function checkClientId(id: string, reason: ChatErrorReason = 'CHAT_CLIENT_ID_INVALID'): void {
  if (id.length === 0 || id.length > 128) throw chatError(reason);
}
