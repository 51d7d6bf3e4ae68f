/**
 * Who is asking, for the accounts context: a patron or customer by the bearer token of their
 * account session (distinct from staff sessions), or staff through `requireStaff`. Errors carry the
 * context's stable reasons; a lockout also says when to retry (`extensions.retryAt`).
 */
import mercurius from 'mercurius';
import { commandError, userError, type AccessContext, type StoreConflict } from '@deskstream/access';
import { ACCOUNT_ERRORS, type AccountErrorReason, type AccountRejection } from '@deskstream/accounts-domain';
import type { AccountRecord, AccountSessionRecord, AccountsReadModel } from '@deskstream/accounts-read-models';
import { tokenHash } from './credentials';

export function accountError(reason: AccountErrorReason): Error {
  return userError(ACCOUNT_ERRORS, reason);
}

export function accountCommandError(error: AccountRejection | StoreConflict): Error {
  return commandError(ACCOUNT_ERRORS, error);
}

/** ACCOUNT_LOCKED with the time sign-in opens again. */
export function lockedError(retryAt: string): Error {
  const entry = ACCOUNT_ERRORS.entries.ACCOUNT_LOCKED;
  return new mercurius.ErrorWithProps(entry.message, { code: entry.code, reason: 'ACCOUNT_LOCKED', retryAt });
}

export interface SignedInAccount {
  account: AccountRecord;
  session: AccountSessionRecord;
}

/** The bearer token of `authorization`, if it is one. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}

/** The account behind the caller's session, or undefined when there is none. */
export function identifyAccount(
  context: AccessContext,
  readModel: AccountsReadModel,
  now: Date,
): SignedInAccount | undefined {
  const token = bearerToken(context.authorization);
  if (!token) return undefined;
  const session = readModel.session(tokenHash(token), now);
  const account = session && readModel.account(session.accountId);
  if (!session || !account || account.erasedAt) return undefined;
  return { account, session };
}

/** The signed-in patron or customer; otherwise throws ACCOUNT_NOT_SIGNED_IN or ACCOUNT_SESSION_ENDED. */
export function requireAccount(context: AccessContext, readModel: AccountsReadModel, now: Date): SignedInAccount {
  const signedIn = identifyAccount(context, readModel, now);
  if (signedIn) return signedIn;
  throw accountError(bearerToken(context.authorization) ? 'ACCOUNT_SESSION_ENDED' : 'ACCOUNT_NOT_SIGNED_IN');
}
