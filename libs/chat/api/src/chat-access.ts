/**
 * Who may do what with a chat. Staff through `@deskstream/access` (role, then department: an
 * agent sees the chats of their departments and the ones handed to them; supervisors and
 * admins see all). Visitors through the token of that one chat, and within their address's
 * flood budget.
 */
import {
  accessError,
  identifyStaff,
  requireStaff,
  userError,
  type AccessContext,
  type SignedInStaff,
  type StaffRole,
} from '@deskstream/access';
import { CHAT_ERRORS, isClientId, type ActingStaff, type ChatErrorReason } from '@deskstream/chat-domain';
import type { ChatReadModel, ChatRecord } from '@deskstream/chat-read-models';
import type { FloodGuard, VisitorAction } from './flood-guard';
import { isWellFormedToken, tokenMatches } from './visitor-token';

export type Context = AccessContext;

export const ROLES_FOR = {
  answerChats: ['AGENT', 'SUPERVISOR'],
  readChats: ['AGENT', 'SUPERVISOR', 'ADMIN'],
  superviseDesk: ['SUPERVISOR', 'ADMIN'],
  editSavedReplies: ['SUPERVISOR', 'ADMIN'],
} as const satisfies Record<string, readonly StaffRole[]>;

/** Whether any of these roles is one of `allowed`. */
export const holdsOneOf = (roles: readonly StaffRole[], allowed: readonly StaffRole[]) =>
  roles.some((role) => allowed.includes(role));

/** The GraphQL error of one of chat's reasons. */
export const chatError = (reason: ChatErrorReason): Error => userError(CHAT_ERRORS, reason);

export const seesAllDepartments = (staff: SignedInStaff) =>
  staff.roles.includes('SUPERVISOR') || staff.roles.includes('ADMIN');

export const acting = (staff: SignedInStaff): ActingStaff => ({
  id: staff.id,
  name: staff.displayName,
  supervisor: staff.roles.includes('SUPERVISOR'),
});

/** The departments whose chats the staff member sees; undefined for all. */
export const departmentsOf = (staff: SignedInStaff): readonly string[] | undefined =>
  seesAllDepartments(staff) ? undefined : staff.departmentIds;

/** Whether this staff member may see a chat (or anything of it) that is in `departmentId` and held by `agentId`. */
export const staffMaySee = (staff: SignedInStaff, source: { departmentId: string; agent?: { id: string } | null }) =>
  seesAllDepartments(staff) || staff.departmentIds.includes(source.departmentId) || source.agent?.id === staff.id;

export function requireChat(readModel: ChatReadModel, chatId: string): ChatRecord {
  const chat = readModel.chat(chatId);
  if (!chat) throw chatError('CHAT_NOT_FOUND');
  return chat;
}

/**
 * A chat for a staff member: the role is checked before the chat is looked up, so a caller
 * without the role learns nothing of which chats exist (FORBIDDEN or UNAUTHENTICATED, never
 * NOT_FOUND); then the department, as `requireStaffForChat`.
 */
export function requireChatForStaff(
  context: Context,
  roles: readonly StaffRole[],
  readModel: ChatReadModel,
  chatId: string,
): { chat: ChatRecord; staff: SignedInStaff } {
  requireStaff(context, roles);
  const chat = requireChat(readModel, chatId);
  return { chat, staff: requireStaffForChat(context, roles, chat) };
}

/** The signed-in staff member, if they hold one of `roles` and may see this chat. */
export function requireStaffForChat(context: Context, roles: readonly StaffRole[], chat: ChatRecord): SignedInStaff {
  const staff = requireStaff(context, roles);
  if (staffMaySee(staff, chat)) return staff;
  throw accessError('ACCESS_DEPARTMENT_REQUIRED');
}

/** As `requireStaffForChat`, as a yes or no: whoever the context names now (its session still open). */
export function staffMayRead(
  context: Context,
  roles: readonly StaffRole[],
  chat: Pick<ChatRecord, 'departmentId' | 'agent'>,
): boolean {
  const staff = identifyStaff(context);
  return typeof staff === 'object' && holdsOneOf(staff.roles, roles) && staffMaySee(staff, chat);
}

export class VisitorGate {
  constructor(
    private readonly flood: FloodGuard,
    private readonly now: () => Date,
  ) {}

  /** Counts the action against the caller's address; throws RATE_LIMITED past the budget. */
  admit(context: Context, action: VisitorAction): void {
    if (!this.flood.allow(action, context.clientAddress ?? 'unknown', this.now().getTime()))
      throw chatError('CHAT_RATE_LIMITED');
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

  /** As `requireOwnChat`, as a yes or no, without counting against the budget. */
  ownsChat(readModel: ChatReadModel, chatId: string, token: string): boolean {
    const chat = readModel.chat(chatId);
    return chat !== undefined && isWellFormedToken(token) && tokenMatches(token, chat.visitorTokenHash);
  }
}

export function checkClientId(id: string, reason: ChatErrorReason = 'CHAT_CLIENT_ID_INVALID'): void {
  if (!isClientId(id)) throw chatError(reason);
}
