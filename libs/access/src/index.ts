/**
 * Who is asking, for every bounded context. Identity knows sessions; the api puts a
 * `StaffDirectory` built by identity into every GraphQL context (HTTP and subscriptions alike),
 * and any context checks roles with `requireStaff` without importing identity.
 */
import { errorTable } from '@deskstream/domain-kit';
import { userError } from './user-errors';

export type StaffRole = 'AGENT' | 'SUPERVISOR' | 'ADMIN' | 'PRODUCT';

export interface SignedInStaff {
  id: string;
  displayName: string;
  roles: readonly StaffRole[];
  departmentIds: readonly string[];
  sessionId: string;
}

/** Why nobody is signed in. */
export type Unidentified = 'NOT_SIGNED_IN' | 'SESSION_ENDED';

export interface StaffDirectory {
  /** The staff member behind an `Authorization: Bearer …` value, or why there is none. */
  identify(authorization: string | undefined): SignedInStaff | Unidentified;
}

/** What the api puts in every GraphQL context. */
export interface AccessContext {
  authorization?: string;
  clientAddress?: string;
  staffDirectory?: StaffDirectory;
}

/** Stable codes, as every context reports them (`extensions.code`, `extensions.reason`). */
export const ACCESS_ERRORS = errorTable('ACCESS', {
  ACCESS_NOT_SIGNED_IN: { code: 'UNAUTHENTICATED', message: 'Sign in first.' },
  ACCESS_SESSION_ENDED: { code: 'UNAUTHENTICATED', message: 'Your session has ended; sign in again.' },
  ACCESS_ROLE_REQUIRED: { code: 'FORBIDDEN', message: 'Your role does not allow this.' },
  ACCESS_DEPARTMENT_REQUIRED: { code: 'FORBIDDEN', message: 'This belongs to a department you are not in.' },
});

export type AccessErrorReason = keyof typeof ACCESS_ERRORS.entries;

export function accessError(reason: AccessErrorReason): Error {
  return userError(ACCESS_ERRORS, reason);
}

export function identifyStaff(context: AccessContext): SignedInStaff | Unidentified {
  if (!context.staffDirectory) return 'NOT_SIGNED_IN';
  return context.staffDirectory.identify(context.authorization);
}

/** The signed-in staff member if they hold one of `roles`; otherwise throws the error that says why not. */
export function requireStaff(context: AccessContext, roles: readonly StaffRole[]): SignedInStaff {
  const staff = identifyStaff(context);
  if (staff === 'NOT_SIGNED_IN') throw accessError('ACCESS_NOT_SIGNED_IN');
  if (staff === 'SESSION_ENDED') throw accessError('ACCESS_SESSION_ENDED');
  if (!staff.roles.some((role) => roles.includes(role))) throw accessError('ACCESS_ROLE_REQUIRED');
  return staff;
}

/** As `requireStaff`, and the department must be one of the member's (supervisors and admins see all). */
export function requireStaffInDepartment(
  context: AccessContext,
  roles: readonly StaffRole[],
  departmentId: string,
): SignedInStaff {
  const staff = requireStaff(context, roles);
  const seesAll = staff.roles.includes('SUPERVISOR') || staff.roles.includes('ADMIN');
  if (!seesAll && !staff.departmentIds.includes(departmentId)) throw accessError('ACCESS_DEPARTMENT_REQUIRED');
  return staff;
}
export { FloodGuard, type FloodLimits } from './flood-guard';
export { commandError, userError, type StoreConflict } from './user-errors';
