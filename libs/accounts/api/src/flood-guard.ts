/** This context's budgets per address, over the shared flood guard of `@deskstream/access`. */
import { FloodGuard, type FloodLimits } from '@deskstream/access';

/** `signIn`: every attempt, whatever the card or email, so a sweep across many cards is cut off. */
export type AccountAction = 'signIn' | 'reset';

export type AccountFloodLimits = FloodLimits<AccountAction>;

export const DEFAULT_ACCOUNT_FLOOD_LIMITS: AccountFloodLimits = {
  // A library's public computers share one address: room for a queue of patrons, not for a script.
  signIn: { max: 30, windowMs: 10 * 60_000 },
  reset: { max: 10, windowMs: 10 * 60_000 },
};

export class AccountFloodGuard extends FloodGuard<AccountAction> {
  constructor(limits: Partial<AccountFloodLimits> = {}, maxEntries?: number) {
    super({ ...DEFAULT_ACCOUNT_FLOOD_LIMITS, ...limits }, maxEntries);
  }
}
