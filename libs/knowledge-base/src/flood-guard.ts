/**
 * Floods from one address are refused: each kind of visitor action has its own budget per address
 * and fixed window. The table is bounded, so a flood from many addresses cannot grow it without
 * limit. Staff are signed in and not counted.
 */

export type VisitorAction = 'vote' | 'question' | 'searchMiss' | 'view';

export type FloodLimits = Record<VisitorAction, { max: number; windowMs: number }>;

export const DEFAULT_FLOOD_LIMITS: FloodLimits = {
  // A library or an office may share one address: generous for people, tight for scripts.
  vote: { max: 30, windowMs: 60_000 },
  question: { max: 10, windowMs: 10 * 60_000 },
  searchMiss: { max: 30, windowMs: 60_000 },
  view: { max: 120, windowMs: 60_000 },
};

interface Window {
  count: number;
  startedAt: number;
}

export class FloodGuard {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limits: FloodLimits = DEFAULT_FLOOD_LIMITS,
    private readonly maxEntries = 100_000,
  ) {}

  /** Counts the action; false when the address has used up its budget for this window. */
  allow(action: VisitorAction, address: string, now: number): boolean {
    const { max, windowMs } = this.limits[action];
    const key = `${action}\u0000${address}`;
    const current = this.windows.get(key);
    if (!current || now - current.startedAt >= windowMs) {
      this.windows.delete(key);
      if (this.windows.size >= this.maxEntries) this.windows.delete(this.windows.keys().next().value!);
      this.windows.set(key, { count: 1, startedAt: now });
      return true;
    }
    if (current.count >= max) return false;
    current.count++;
    return true;
  }
}
