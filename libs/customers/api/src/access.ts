/**
 * Who may do what with customer records, and how this context's rejections leave the api: agents,
 * supervisors and admins work customers and registrations; admins edit the product catalogue.
 */
import {
  commandError,
  requireStaff,
  userError,
  type AccessContext,
  type SignedInStaff,
  type StaffRole,
  type StoreConflict,
} from '@deskstream/access';
import {
  CUSTOMERS_ERRORS,
  type CustomerActor,
  type CustomersErrorReason,
  type CustomersRejection,
} from '@deskstream/customers-domain';
import type { Actor } from '@deskstream/domain-kit';

export const CUSTOMER_ROLES = {
  work: ['AGENT', 'SUPERVISOR', 'ADMIN'],
  catalogue: ['ADMIN'],
} as const satisfies Record<string, readonly StaffRole[]>;

export const requireCustomerStaff = (context: AccessContext) => requireStaff(context, CUSTOMER_ROLES.work);
export const requireCatalogueAdmin = (context: AccessContext) => requireStaff(context, CUSTOMER_ROLES.catalogue);

export const customerError = (reason: CustomersErrorReason): Error => userError(CUSTOMERS_ERRORS, reason);
export const customerCommandError = (error: CustomersRejection | StoreConflict): Error =>
  commandError(CUSTOMERS_ERRORS, error);

const COMMAND_ID = /^[A-Za-z0-9:_-]{1,128}$/;
const ID = /^[A-Za-z0-9:._-]{1,128}$/;

export function checkCommandId(commandId: string): void {
  if (!COMMAND_ID.test(commandId)) throw customerError('CUSTOMER_COMMAND_ID_INVALID');
}

/** An id from a client that cannot name anything stored is simply not found. */
export const isId = (id: string) => ID.test(id);

/** Who does it, in events and in the store's metadata. */
export function actorsOf(staff: SignedInStaff): { by: CustomerActor; actor: Actor } {
  return { by: { kind: 'staff', id: staff.id, name: staff.displayName }, actor: { kind: 'staff', id: staff.id } };
}

/** A page size from a client: 1 to the limit. */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) throw customerError('CUSTOMER_PAGE_INVALID');
  return size;
}
