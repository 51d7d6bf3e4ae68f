/** This context's budgets for patrons, over the shared flood guard of `@deskstream/access` (per address, fixed windows). */
import { FloodGuard as SharedFloodGuard, type FloodLimits as SharedFloodLimits } from '@deskstream/access';

export type PatronAction = 'book' | 'slots' | 'link';

export type BookingFloodLimits = SharedFloodLimits<PatronAction>;

export const DEFAULT_BOOKING_FLOOD_LIMITS: BookingFloodLimits = {
  // A library's public computers share one address: generous for people, tight for scripts.
  book: { max: 10, windowMs: 10 * 60_000 },
  slots: { max: 120, windowMs: 60_000 },
  link: { max: 60, windowMs: 60_000 },
};

export class BookingFloodGuard extends SharedFloodGuard<PatronAction> {
  constructor(limits: BookingFloodLimits = DEFAULT_BOOKING_FLOOD_LIMITS, maxEntries?: number) {
    super(limits, maxEntries);
  }
}
