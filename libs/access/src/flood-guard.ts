/**
 * Floods from one address are refused: each kind of anonymous action has its own budget per
 * address and fixed window. The table is bounded, so a flood from many addresses cannot grow it
 * without limit. Contexts name their actions and budgets; staff are signed in and not counted.
 */
export type FloodLimits<Action extends string> = Record<Action, { max: number; windowMs: number }>;

interface Window {
  count: number;
  startedAt: number;
}

export class FloodGuard<Action extends string> {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limits: FloodLimits<Action>,
    private readonly maxEntries = 100_000,
  ) {}

  /** Counts the action; false when the address has used up its budget for this window. */
  allow(action: Action, address: string, now: number): boolean {
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
