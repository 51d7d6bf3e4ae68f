/**
 * Who is asking, and may they: the bearer token (HTTP `Authorization` header, or graphql-ws
 * `connectionParams.authorization`) is looked up by its hash among live sessions, then the
 * staff member's roles are checked against what the field needs.
 */
import { userError } from '@deskstream/access';
import { IDENTITY_ERRORS, type IdentityErrorReason, type Role } from '@deskstream/identity-domain';
import type { IdentityReadModel, SessionRecord, StaffRecord } from '@deskstream/identity-read-models';
import { tokenHash } from './credentials';
import { sessionActivity } from './security/session-activity';

/** What the api puts in every GraphQL context, for HTTP requests and subscriptions alike. */
export interface CallerContext {
  authorization?: string;
  clientAddress?: string;
  /** The browser's `User-Agent`, shown in the list of sessions. */
  userAgent?: string;
}

export interface Caller {
  staff: StaffRecord;
  session: SessionRecord;
}

/** The browser's User-Agent: from the context, else the HTTP request's header; cut to a sane length. */
export function userAgentOf(context: CallerContext & { reply?: { request?: { headers: Record<string, unknown> } } }) {
  const header = context.userAgent ?? context.reply?.request?.headers['user-agent'];
  return typeof header === 'string' && header.length > 0 ? header.slice(0, 300) : undefined;
}

/** The GraphQL error of one of identity's reasons. */
export const identityError = (reason: IdentityErrorReason): Error => userError(IDENTITY_ERRORS, reason);

export class StaffAccess {
  private readonly lastSeen: Map<string, number>;

  constructor(
    private readonly readModel: IdentityReadModel,
    private readonly now: () => Date,
  ) {
    this.lastSeen = sessionActivity(readModel);
  }

  /** The caller's live session and account, or why there is none. */
  identify(context: CallerContext): Caller | IdentityErrorReason {
    const token = bearerToken(context.authorization);
    if (token === undefined) return 'IDENTITY_NOT_SIGNED_IN';
    const session = this.readModel.sessionByTokenHash(tokenHash(token));
    const now = this.now().getTime();
    if (!session || Date.parse(session.expiresAt) <= now) return 'IDENTITY_SESSION_ENDED';
    const staff = this.readModel.staff.get(session.staffId);
    if (!staff) return 'IDENTITY_SESSION_ENDED';
    this.lastSeen.set(session.sessionId, now);
    return { staff, session };
  }

  /** The caller, if signed in with one of `roles`; otherwise throws the GraphQL error that says why not. */
  require(context: CallerContext, roles: readonly Role[]): Caller {
    const caller = this.identify(context);
    if (typeof caller === 'string') throw identityError(caller);
    if (!caller.staff.roles.some((role) => roles.includes(role))) throw identityError('IDENTITY_ROLE_REQUIRED');
    return caller;
  }
}

function bearerToken(authorization: string | undefined): string | undefined {
  if (typeof authorization !== 'string') return undefined;
  const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(authorization.trim());
  return match?.[1];
}
