/**
 * Who may do what with tickets: agents work the tickets of their departments, supervisors and admins all; settings are the admins' (supervisors read them);
 * PRODUCT staff have no part in tickets.
 */
import {
  accessError,
  commandError,
  identifyStaff,
  requireStaff,
  userError,
  type AccessContext,
  type SignedInStaff,
  type StaffRole,
  type StoreConflict,
} from '@deskstream/access';
import {
  TICKETS_ERRORS,
  type TicketActor,
  type TicketsErrorReason,
  type TicketsRejection,
} from '@deskstream/tickets-domain';
import type { TicketRecord, TicketsReadModel } from '@deskstream/tickets-read-models';

export type Context = AccessContext;

export const TICKET_ROLES = {
  work: ['AGENT', 'SUPERVISOR', 'ADMIN'],
  // Agents read them too: the requester types and each department's fields are what they open and edit tickets with.
  readSettings: ['AGENT', 'SUPERVISOR', 'ADMIN'],
  editSettings: ['ADMIN'],
} as const satisfies Record<string, readonly StaffRole[]>;

export const ticketError = (reason: TicketsErrorReason): Error => userError(TICKETS_ERRORS, reason);

/** A command's failure as the GraphQL error. */
export const ticketCommandError = (error: TicketsRejection | StoreConflict): Error =>
  commandError(TICKETS_ERRORS, error);

export const seesAllDepartments = (staff: Pick<SignedInStaff, 'roles'>) =>
  staff.roles.includes('SUPERVISOR') || staff.roles.includes('ADMIN');

/** The departments whose tickets the staff member sees; undefined for all. */
export const departmentsOf = (staff: SignedInStaff): readonly string[] | undefined =>
  seesAllDepartments(staff) ? undefined : staff.departmentIds;

export const staffMaySee = (
  staff: Pick<SignedInStaff, 'roles' | 'departmentIds'>,
  ticket: Pick<TicketRecord, 'departmentId'>,
) => seesAllDepartments(staff) || staff.departmentIds.includes(ticket.departmentId);

/** Whether the staff member the context names now may still see the ticket (never throws). */
export function stillSees(context: Context, ticket: Pick<TicketRecord, 'departmentId'>): boolean {
  const staff = identifyStaff(context);
  return (
    typeof staff === 'object' &&
    staff.roles.some((role) => (TICKET_ROLES.work as readonly string[]).includes(role)) &&
    staffMaySee(staff, ticket)
  );
}

export const staffActor = (staff: SignedInStaff): TicketActor => ({
  kind: 'STAFF',
  id: staff.id,
  name: staff.displayName,
});

/** The ticket, for staff who may work it; the role is checked before the ticket is looked up. */
export function requireTicketForStaff(
  context: Context,
  readModel: TicketsReadModel,
  ticketId: string,
): { staff: SignedInStaff; ticket: TicketRecord } {
  const staff = requireStaff(context, TICKET_ROLES.work);
  const ticket = readModel.byId(ticketId);
  if (!ticket) throw ticketError('TICKET_NOT_FOUND');
  if (!staffMaySee(staff, ticket)) throw accessError('ACCESS_DEPARTMENT_REQUIRED');
  return { staff, ticket };
}

/** The department must exist, and an agent must belong to it. */
export function requireDepartmentForStaff(
  staff: SignedInStaff,
  readModel: TicketsReadModel,
  departmentId: string,
): void {
  if (!readModel.directory.departments.has(departmentId)) throw ticketError('TICKET_DEPARTMENT_NOT_FOUND');
  if (!seesAllDepartments(staff) && !staff.departmentIds.includes(departmentId))
    throw accessError('ACCESS_DEPARTMENT_REQUIRED');
}

export function checkCommandId(commandId: string): void {
  if (commandId.length === 0 || commandId.length > 128) throw ticketError('TICKET_COMMAND_ID_INVALID');
}
