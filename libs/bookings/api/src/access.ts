/**
 * Who may do what in Book a Librarian, and how its rejections leave the api. Patrons are
 * anonymous, limited per address by the flood guard, and reach their booking only with its
 * secret link (kept as a hash). Staff read the calendar and act on sessions; supervisors and
 * admins configure branches, topics and experts.
 */
import { createHash } from 'node:crypto';
import mercurius from 'mercurius';
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
  BOOKINGS_ERRORS,
  type BookingActor,
  type BookingsErrorReason,
  type BookingsRejection,
} from '@deskstream/bookings-domain';
import type { Actor } from '@deskstream/domain-kit';

/** Staff who see the calendar and the requests, and act on sessions. */
export const STAFF_ROLES: readonly StaffRole[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];
/** Staff who configure branches, topics, experts and rules. */
export const CONFIG_ROLES: readonly StaffRole[] = ['SUPERVISOR', 'ADMIN'];

export const requireBookingStaff = (context: AccessContext) => requireStaff(context, STAFF_ROLES);
export const requireBookingAdmin = (context: AccessContext) => requireStaff(context, CONFIG_ROLES);

export const staffActor = (staff: SignedInStaff): Extract<BookingActor, { kind: 'staff' }> => ({
  kind: 'staff',
  id: staff.id,
  name: staff.displayName,
});
export const storeActorOf = (actor: BookingActor): Actor =>
  actor.kind === 'staff' ? { kind: 'staff', id: actor.id } : { kind: 'visitor', id: 'patron' };

export const bookingError = (reason: BookingsErrorReason): Error => userError(BOOKINGS_ERRORS, reason);

export const bookingCommandError = (error: BookingsRejection | StoreConflict): Error =>
  commandError(BOOKINGS_ERRORS, error);

/** BOOKING_SLOT_TAKEN with the next free slots, so the form can offer them at once. */
export function slotTakenError(nextSlots: unknown[]): Error {
  const entry = BOOKINGS_ERRORS.entries.BOOKING_SLOT_TAKEN;
  return new mercurius.ErrorWithProps(entry.message, { code: entry.code, reason: 'BOOKING_SLOT_TAKEN', nextSlots });
}

const COMMAND_ID_MAX_LENGTH = 128;

export function checkCommandId(commandId: string): void {
  if (commandId.length === 0 || commandId.length > COMMAND_ID_MAX_LENGTH)
    throw bookingError('BOOKING_COMMAND_ID_INVALID');
}

/** The stored form of a patron's secret link token. */
export const linkTokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export const clientAddress = (context: AccessContext): string => context.clientAddress ?? 'unknown';
