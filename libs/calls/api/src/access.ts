/** Who may do what with calls, and calls' rejections as GraphQL errors. */
import {
  commandError,
  requireStaff,
  userError,
  type AccessContext,
  type SignedInStaff,
  type StaffRole,
} from '@deskstream/access';
import { CALLS_ERRORS, ID_PATTERN, type CallActor, type CallsErrorReason } from '@deskstream/calls-domain';
import type { CallsOutcome } from './commands';

export const CALL_ROLES = {
  work: ['AGENT', 'SUPERVISOR', 'ADMIN'] as readonly StaffRole[],
  settings: ['ADMIN'] as readonly StaffRole[],
};

export const requireCallStaff = (context: AccessContext): SignedInStaff => requireStaff(context, CALL_ROLES.work);
export const requireCallAdmin = (context: AccessContext): SignedInStaff => requireStaff(context, CALL_ROLES.settings);

export const callError = (reason: CallsErrorReason) => userError(CALLS_ERRORS, reason);

export const staffActor = (staff: SignedInStaff): CallActor => ({ kind: 'staff', id: staff.id });

export function checkCommandId(commandId: string): void {
  if (commandId.length < 1 || commandId.length > 128) throw callError('CALL_COMMAND_ID_INVALID');
}

export function checkId(id: string): void {
  if (!ID_PATTERN.test(id)) throw callError('CALL_ID_INVALID');
}

/** Throws the GraphQL error of a command that did not go through. */
export function orThrow<Event>(outcome: CallsOutcome<Event>): Event[] {
  if (!outcome.ok) throw commandError(CALLS_ERRORS, outcome.error);
  return outcome.events;
}
