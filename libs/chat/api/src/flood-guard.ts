/**
 * This context's budgets for visitor actions, over the shared flood guard of
 * `@deskstream/access` (per address, fixed windows, bounded table).
 */
import { FloodGuard as SharedFloodGuard, type FloodLimits as SharedFloodLimits } from '@deskstream/access';

export type VisitorAction = 'startChat' | 'message' | 'typing' | 'question' | 'read';

export type FloodLimits = SharedFloodLimits<VisitorAction>;

export const DEFAULT_FLOOD_LIMITS: FloodLimits = {
  // A reading room may share one address: generous for people, tight for scripts.
  startChat: { max: 30, windowMs: 10 * 60_000 },
  question: { max: 30, windowMs: 10 * 60_000 },
  message: { max: 60, windowMs: 60_000 },
  typing: { max: 240, windowMs: 60_000 },
  read: { max: 600, windowMs: 60_000 },
};

/** This context's budgets over the shared guard. */
export class FloodGuard extends SharedFloodGuard<VisitorAction> {
  constructor(limits: FloodLimits = DEFAULT_FLOOD_LIMITS, maxEntries?: number) {
    super(limits, maxEntries);
  }
}
