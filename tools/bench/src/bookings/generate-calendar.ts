/**
 * A large Book a Librarian directory for the free-slot benchmark, applied to the read model as
 * the projection would: branches in several zones (Los Angeles with its daylight-saving change in
 * the range), ten topics, 200 experts (all on the benchmark's topic, the worst case) with weekday
 * hours, and about a third of their slots over 90 days already booked.
 */
import {
  DEFAULT_BOOKING_RULES,
  dayIn,
  freeSlots,
  type BookingActor,
  type BookingsEvent,
  type SessionMode,
} from '@deskstream/bookings-domain';
import { BookingsReadModel, applyBookingsEvent } from '@deskstream/bookings-read-models';

const BY: BookingActor = { kind: 'staff', id: 'bench', name: 'Bench' };
const ZONES = ['Asia/Tehran', 'Asia/Tokyo', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Ho_Chi_Minh'];
const MODES: SessionMode[] = ['PHONE', 'VIDEO', 'IN_PERSON'];
const DAY_MS = 86_400_000;
export const TOPICS = Array.from({ length: 10 }, (_, i) => `topic-${i}`);
export const BRANCHES = Array.from({ length: 10 }, (_, i) => `branch-${i}`);

/** A deterministic pseudo-random sequence, so every run books the same slots. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export function generateCalendar(experts: number, days: number, startMs: number) {
  const readModel = new BookingsReadModel();
  const at = new Date(startMs).toISOString();
  const name = (en: string) => ({ fa: en, en, ja: en, vi: en });
  const apply = (event: BookingsEvent) => applyBookingsEvent(readModel, event);
  for (const [i, branchId] of BRANCHES.entries())
    apply({
      type: 'BookingBranchOpened',
      data: {
        branchId,
        name: name(branchId),
        timeZone: ZONES[i % ZONES.length]!,
        modes: MODES,
        address: '',
        at,
        by: BY,
      },
    });
  for (const topicId of TOPICS)
    apply({ type: 'BookingTopicDefined', data: { topicId, name: name(topicId), at, by: BY } });
  const next = random(42);
  let sessions = 0;
  for (let i = 0; i < experts; i++) {
    const expertId = `expert-${i}`;
    const branchId = BRANCHES[i % BRANCHES.length]!;
    const topicIds = [TOPICS[0]!, TOPICS[1 + (i % 9)]!];
    apply({ type: 'ExpertEnrolled', data: { expertId, displayName: expertId, branchId, topicIds, at, by: BY } });
    const weekly = [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, start: '09:00', end: '12:30' },
      { weekday, start: '13:30', end: '17:00' },
    ]);
    apply({ type: 'ExpertAvailabilitySet', data: { expertId, weekly, at, by: BY } });
    const calendar = readModel.candidate(expertId, TOPICS[0]!, null)!.calendar;
    const all = freeSlots(calendar, {
      fromMs: startMs,
      toMs: startMs + days * DAY_MS,
      nowMs: startMs,
      rules: DEFAULT_BOOKING_RULES,
      keepNoticeAndWindow: false,
    });
    for (const slot of all) {
      if (next() > 0.33) continue;
      const bookingId = `${expertId}-${slot.start}`;
      apply({
        type: 'SessionBooked',
        data: {
          bookingId,
          sequence: 0,
          expertId,
          expertName: expertId,
          branchId,
          preferredBranchId: branchId,
          topicId: topicIds[0]!,
          mode: 'VIDEO',
          startsAt: new Date(slot.start).toISOString(),
          endsAt: new Date(slot.end).toISOString(),
          timeZone: calendar.timeZone,
          day: dayIn(calendar.timeZone, slot.start),
          terms: { paddingMinutes: 15, cancellationCutoffMinutes: 240, reminderLeadMinutes: 1440 },
          patron: { name: null, email: 'p@example.org', phone: null, locale: 'en', timeZone: null },
          details: 'bench',
          linkTokenHash: bookingId,
          requestId: null,
          videoLink: null,
          at,
          by: { kind: 'patron' },
        },
      });
      sessions++;
    }
  }
  return { readModel, sessions };
}
