/**
 * Routing: which experts may take a patron's session, the preferred branch's first. An expert at
 * the preferred branch with the topic takes it if free at that time; otherwise an expert at another
 * branch that offers the mode, and the reason is recorded (`SessionRoutedToAnotherBranch`). The
 * same pure functions list the free slots the form offers, so what is offered is what can be booked.
 */
import type { RoutingReason, SessionMode } from './bookings-events';
import type { BookingRules } from './booking-rules';
import { isFreeAt, scanFreeSlots, type ExpertCalendar, type SlotQuery } from './free-slots';
import { zoneDaysBetween, type ZoneDay } from './zone-days';

/** An expert who helps with the topic at a branch that offers the mode, with the rules in force there. */
const MINUTE = 60_000;
const DAY_MS = 86_400_000;

export interface RoutingCandidate {
  calendar: ExpertCalendar;
  expertName: string;
  rules: BookingRules;
  /** At the patron's preferred branch. */
  preferred: boolean;
}

/** What the routing knows of the preferred branch. */
export interface PreferredBranchFacts {
  offersMode: boolean;
  /** Active experts there help with the topic. */
  hasExperts: boolean;
}

/** Why a session would go to another branch, when nobody at the preferred one is free. */
export function routingReason(facts: PreferredBranchFacts): RoutingReason {
  if (!facts.offersMode) return 'MODE_NOT_AT_BRANCH';
  if (!facts.hasExperts) return 'NO_EXPERT_AT_BRANCH';
  return 'EXPERTS_BUSY';
}

export interface OfferedSlot {
  start: number;
  end: number;
  branchId: string;
  timeZone: string;
  /** Null at the preferred branch. */
  routedReason: RoutingReason | null;
}

export interface SlotSearch {
  fromMs: number;
  toMs: number;
  nowMs: number;
  keepNoticeAndWindow: boolean;
}

const queryFor = (candidate: RoutingCandidate, search: SlotSearch): SlotQuery => ({
  ...search,
  rules: candidate.rules,
});

/** Every free start among the candidates, earliest first: the preferred branch's where it has one. */
export function offeredSlots(
  candidates: readonly RoutingCandidate[],
  facts: PreferredBranchFacts,
  search: SlotSearch,
): OfferedSlot[] {
  const elsewhere = routingReason(facts);
  // Starts are whole minutes: keyed by the minute from the range's start (a small integer), the
  // merge of 200 experts' slots holds one entry per start and allocates nothing per slot.
  const base = Math.floor(search.fromMs / MINUTE) * MINUTE;
  const owner = new Map<number, number>();
  const cell = (start: number) => Math.round((start - base) / MINUTE);
  // The zone's days once per zone, not per expert; the preferred branch's experts first, so a start
  // they offer is never looked at again for the others.
  const daysOf = new Map<string, ZoneDay[]>();
  const ordered = [...candidates].sort((a, b) => Number(b.preferred) - Number(a.preferred));
  for (const [index, candidate] of ordered.entries()) {
    const zone = candidate.calendar.timeZone;
    let days = daysOf.get(zone);
    if (!days) {
      days = zoneDaysBetween(zone, search.fromMs, search.toMs);
      daysOf.set(zone, days);
    }
    scanFreeSlots(
      candidate.calendar,
      queryFor(candidate, search),
      days,
      (start) => owner.has(cell(start)),
      (start) => owner.set(cell(start), index),
    );
  }
  const cells = Int32Array.from(owner.keys()).sort();
  const slots: OfferedSlot[] = [];
  for (const i of cells) {
    const candidate = ordered[owner.get(i)!]!;
    const start = base + i * MINUTE;
    slots.push({
      start,
      end: start + candidate.rules.sessionMinutes * MINUTE,
      branchId: candidate.calendar.branchId,
      timeZone: candidate.calendar.timeZone,
      routedReason: candidate.preferred ? null : elsewhere,
    });
  }
  return slots;
}

export interface RoutedExpert {
  candidate: RoutingCandidate;
  routedReason: RoutingReason | null;
}

/**
 * The experts free at exactly `start`, in the order to try them: the preferred branch's first, then
 * the least busy that day, then by id (so a double submission tries the same expert first).
 */
export function expertsFreeAt(
  candidates: readonly RoutingCandidate[],
  facts: PreferredBranchFacts,
  start: number,
  search: Omit<SlotSearch, 'fromMs' | 'toMs'> & { ignoreBookingId?: string },
): RoutedExpert[] {
  const elsewhere = routingReason(facts);
  return candidates
    .filter((candidate) => isFreeAt(candidate.calendar, { ...search, rules: candidate.rules }, start))
    .sort(
      (a, b) =>
        Number(b.preferred) - Number(a.preferred) ||
        sessionsNear(a, start) - sessionsNear(b, start) ||
        a.calendar.expertId.localeCompare(b.calendar.expertId),
    )
    .map((candidate) => ({ candidate, routedReason: candidate.preferred ? null : elsewhere }));
}

const sessionsNear = (candidate: RoutingCandidate, start: number) =>
  candidate.calendar.booked.filter((session) => Math.abs(session.start - start) < DAY_MS).length;

/** Why nobody can take a session at `start`: the stable reason the patron is told. */
export type Unbookable =
  | 'BOOKING_SLOT_IN_PAST'
  | 'BOOKING_SLOT_TOO_SOON'
  | 'BOOKING_SLOT_BEYOND_WINDOW'
  | 'BOOKING_SLOT_UNAVAILABLE'
  | 'BOOKING_SLOT_TAKEN';

export function whyUnbookable(
  candidates: readonly RoutingCandidate[],
  start: number,
  search: Omit<SlotSearch, 'fromMs' | 'toMs'> & { ignoreBookingId?: string },
): Unbookable {
  if (start < search.nowMs) return 'BOOKING_SLOT_IN_PAST';
  const loose = { ...search, keepNoticeAndWindow: false };
  const onGrid = candidates.filter((c) =>
    isFreeAt(c.calendar, { ...loose, rules: c.rules, ignoreBookings: true }, start),
  );
  if (onGrid.length === 0) return 'BOOKING_SLOT_UNAVAILABLE';
  const freeIgnoringRules = onGrid.filter((c) => isFreeAt(c.calendar, { ...loose, rules: c.rules }, start));
  if (freeIgnoringRules.length === 0 || !search.keepNoticeAndWindow) return 'BOOKING_SLOT_TAKEN';
  const soonest = Math.min(...freeIgnoringRules.map((c) => c.rules.minimumNoticeMinutes));
  return start < search.nowMs + soonest * 60_000 ? 'BOOKING_SLOT_TOO_SOON' : 'BOOKING_SLOT_BEYOND_WINDOW';
}

/** Candidates for a topic and mode: only experts whose branch offers the mode. */
export function offersMode(modes: readonly SessionMode[], mode: SessionMode): boolean {
  return modes.includes(mode);
}
