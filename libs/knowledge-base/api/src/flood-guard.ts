/**
 * This context's budgets for visitor actions, over the shared flood guard of
 * `@deskstream/access` (per address, fixed windows, bounded table).
 */
import { FloodGuard as SharedFloodGuard, type FloodLimits as SharedFloodLimits } from '@deskstream/access';

export type VisitorAction = 'vote' | 'question' | 'searchMiss' | 'view';

export type FloodLimits = SharedFloodLimits<VisitorAction>;

export const DEFAULT_FLOOD_LIMITS: FloodLimits = {
  // A library or an office may share one address: generous for people, tight for scripts.
  vote: { max: 30, windowMs: 60_000 },
  question: { max: 10, windowMs: 10 * 60_000 },
  searchMiss: { max: 30, windowMs: 60_000 },
  view: { max: 120, windowMs: 60_000 },
};

/** This context's budgets over the shared guard. */
export class FloodGuard extends SharedFloodGuard<VisitorAction> {
  constructor(limits: FloodLimits = DEFAULT_FLOOD_LIMITS, maxEntries?: number) {
    super(limits, maxEntries);
  }
}
