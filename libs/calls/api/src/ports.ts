/**
 * What calls needs from other contexts, wired by the api (`apps/api/src/calls.ts`) so that no
 * context imports another: the staff (names, and the PBX's `user[]` names matched to staff), and
 * the tickets' commands, through which wrap-up opens a ticket or attaches the call to one.
 */
import type { SignedInStaff } from '@deskstream/access';
import type { CallNumber, CallOutcome } from '@deskstream/calls-domain';

export interface CallStaff {
  /** A staff member's display name, or undefined when there is no such member. */
  nameOf(staffId: string): string | undefined;
  /** The staff member whose display name or username is this PBX name or number (case and spacing ignored). */
  match(pbxName: string): string | null;
}

export interface CallForTicket {
  callId: string;
  direction: 'IN' | 'OUT';
  counterpart: CallNumber;
  startedAt: string;
  durationSeconds: number | null;
  outcome: CallOutcome;
  topic: string;
  notes: string[];
}

export interface TicketRefOfCall {
  id: string;
  number: number;
  subject: string;
  status: 'NEW' | 'OPEN' | 'WAITING_FOR_CUSTOMER' | 'ON_HOLD' | 'SOLVED' | 'CLOSED';
}

export interface OpenTicketForCall {
  subject: string;
  departmentId: string;
  requesterName: string | null;
  requesterEmail: string | null;
  requesterType: string | null;
  priority: 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT' | null;
  assigneeId: string | null;
}

/**
 * The tickets' side of wrap-up. Each method is idempotent by its command id and throws the tickets'
 * own GraphQL error (department, ticket, requester type, …) when the ticket cannot be opened or
 * found; it answers the ticket's id.
 */
export interface CallTickets {
  open(staff: SignedInStaff, call: CallForTicket, input: OpenTicketForCall, commandId: string): Promise<string>;
  /** Attaches the call (a note with its summary) to a ticket the staff member may work. */
  attach(staff: SignedInStaff, call: CallForTicket, ticketId: string, commandId: string): Promise<string>;
  /** A linked ticket as the call shows it: its number, subject and status; null when unknown. */
  ref(ticketId: string): TicketRefOfCall | null;
}
