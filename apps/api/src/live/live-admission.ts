/**
 * How many subscriptions the live transport lets one caller hold, and how fast it lets them ask:
 *
 * - per connection (everyone): at most `perConnection` subscriptions open at once;
 * - per client address (callers without a staff session, i.e. visitors): at most `perAddress`
 *   open at once across all their connections, so opening more connections does not help;
 * - subscribe messages per minute, counted in the access library's flood guard per staff session
 *   (staff behind one office address do not share a budget) or else per client address.
 *
 * The address is Fastify's `request.ip`, so `TRUST_PROXY` decides which proxies are believed.
 */
import { FloodGuard } from '@deskstream/access';

export interface LiveLimits {
  /** Open subscriptions per connection. */
  perConnection: number;
  /** Open subscriptions per client address, over all connections without a staff session. */
  perAddress: number;
  /** Subscribe messages per minute per staff session, or per client address for everyone else. */
  subscribesPerMinute: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  perConnection: 50,
  perAddress: 200,
  subscribesPerMinute: 300,
};

/** Why a subscription was not admitted: the `extensions.reason` the client gets with `RATE_LIMITED`. */
export const LIVE_REFUSALS = {
  LIVE_TOO_MANY_SUBSCRIPTIONS: 'This connection has too many subscriptions open; complete some first.',
  LIVE_TOO_MANY_SUBSCRIPTIONS_FROM_ADDRESS: 'Too many subscriptions are open from your address; close some first.',
  LIVE_SUBSCRIBING_TOO_FAST: 'Too many subscriptions were started; wait a minute and try again.',
} as const;

export type LiveRefusal = keyof typeof LIVE_REFUSALS;

/** Who holds a connection, for counting: the client's address and, if signed in, the staff session. */
export interface LiveCallerKey {
  address: string;
  sessionId: string | undefined;
}

export class LiveAdmission {
  private readonly openByAddress = new Map<string, number>();
  private readonly flood: FloodGuard<'subscribe'>;

  constructor(
    readonly limits: LiveLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.flood = new FloodGuard({
      subscribe: { max: limits.subscribesPerMinute, windowMs: 60_000 },
    });
  }

  /**
   * Counts one subscribe message of a caller that holds `openOnConnection` subscriptions; on
   * success the subscription counts against the address until `release` is called (once).
   */
  admit(
    caller: LiveCallerKey,
    openOnConnection: number,
  ): { ok: true; release(): void } | { ok: false; reason: LiveRefusal } {
    const floodKey = caller.sessionId !== undefined ? `session ${caller.sessionId}` : `address ${caller.address}`;
    if (!this.flood.allow('subscribe', floodKey, this.now())) return { ok: false, reason: 'LIVE_SUBSCRIBING_TOO_FAST' };
    if (openOnConnection >= this.limits.perConnection) return { ok: false, reason: 'LIVE_TOO_MANY_SUBSCRIPTIONS' };
    if (caller.sessionId !== undefined) return { ok: true, release: () => undefined };
    const open = this.openByAddress.get(caller.address) ?? 0;
    if (open >= this.limits.perAddress) return { ok: false, reason: 'LIVE_TOO_MANY_SUBSCRIPTIONS_FROM_ADDRESS' };
    this.openByAddress.set(caller.address, open + 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        const left = (this.openByAddress.get(caller.address) ?? 1) - 1;
        if (left <= 0) this.openByAddress.delete(caller.address);
        else this.openByAddress.set(caller.address, left);
      },
    };
  }

  /** Open subscriptions counted against an address (for tests and health). */
  openFrom(address: string): number {
    return this.openByAddress.get(address) ?? 0;
  }
}
