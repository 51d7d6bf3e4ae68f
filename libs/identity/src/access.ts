/**
 * Who is asking, and may they: the bearer token (HTTP `Authorization` header, or graphql-ws
 * `connectionParams.authorization`) is looked up by its hash among live sessions, then the
 * staff member's roles are checked against what the field needs.
 */
import mercurius from 'mercurius';
import type { ConflictError } from '@deskstream/event-sourcing';
import { tokenHash } from './credentials';
import { IDENTITY_ERRORS, type IdentityErrorReason, type IdentityRejection } from './errors';
import type { Role } from './events';
import type { IdentityReadModel, SessionRecord, StaffRecord } from './read-model';

/** What the api puts in every GraphQL context, for HTTP requests and subscriptions alike. */
export interface CallerContext {
  authorization?: string;
  clientAddress?: string;
}

export interface Caller {
  staff: StaffRecord;
  session: SessionRecord;
}

/** Who may do what. Presence is for the people who answer; admins and product teams do not. */
export const ROLES_FOR = {
  goOnlineOrOffline: ['AGENT', 'SUPERVISOR'],
  seeWhoIsOnline: ['AGENT', 'SUPERVISOR', 'ADMIN'],
  anyStaff: ['AGENT', 'SUPERVISOR', 'ADMIN', 'PRODUCT'],
} as const satisfies Record<string, readonly Role[]>;

export function identityError(reason: IdentityErrorReason): Error {
  const { code, message } = IDENTITY_ERRORS[reason];
  return new mercurius.ErrorWithProps(message, { code, reason });
}

export function commandError(error: IdentityRejection | ConflictError): Error {
  if (error.code === 'CONFLICT') return new mercurius.ErrorWithProps(error.message, { code: 'CONFLICT', reason: 'CONFLICT' });
  return identityError(error.code);
}

export class StaffAccess {
  constructor(
    private readonly readModel: IdentityReadModel,
    private readonly now: () => Date,
  ) {}

  /** The caller's live session and account, or why there is none. */
  identify(context: CallerContext): Caller | IdentityErrorReason {
    const token = bearerToken(context.authorization);
    if (token === undefined) return 'IDENTITY_NOT_SIGNED_IN';
    const session = this.readModel.sessionByTokenHash(tokenHash(token));
    if (!session || Date.parse(session.expiresAt) <= this.now().getTime()) return 'IDENTITY_SESSION_ENDED';
    const staff = this.readModel.staff.get(session.staffId);
    if (!staff) return 'IDENTITY_SESSION_ENDED';
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
