import { outcomeOf, useGraphqlConnection } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { shallowReactive, watch } from 'vue';
import { CallerByPhoneQuery } from '../api/calls-operations';
import type { CallerFieldsFragment as Caller, CallRowFieldsFragment as CallRow } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';

export type { Caller };

/** What is known of a call's caller: still looking, a customer, nobody on record, or no number to look for. */
export type CallerLookup =
  | { state: 'looking' }
  | { state: 'known'; customer: Caller }
  | { state: 'unknown' }
  | { state: 'withheld' }
  | { state: 'failed' };

/** The number to look a call's customer up by (E.164 when it parsed, else as given), or null when withheld. */
export function lookupNumberOf(call: Pick<CallRow, 'counterpart'>): string | null {
  const { e164, raw } = call.counterpart;
  if (e164) return e164;
  return /\d{3,}/.test(raw) ? raw.trim() : null;
}

const FRESH_MS = 30_000;

/**
 * Who is calling, from the customer records (`customerByPhone`: any format, following merges),
 * with their organisation, open tickets and registrations. One lookup per number at a time, kept
 * for half a minute, so the ringing banner, the live list and the panel ask once between them.
 */
export const useCallersStore = defineStore('callers', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const lookups = shallowReactive(new Map<string, CallerLookup>());
  const askedAt = new Map<string, number>();
  const pending = new Map<string, Promise<void>>();

  function lookUp(number: string, force = false): Promise<void> {
    const inFlight = pending.get(number);
    if (inFlight) return inFlight;
    const asked = askedAt.get(number);
    if (!force && asked !== undefined && Date.now() - asked < FRESH_MS) return Promise.resolve();
    askedAt.set(number, Date.now());
    if (!lookups.has(number)) lookups.set(number, { state: 'looking' });
    const asking = ask(number).finally(() => pending.delete(number));
    pending.set(number, asking);
    return asking;
  }

  async function ask(number: string): Promise<void> {
    const outcome = await outcomeOf(
      connection.client.query(CallerByPhoneQuery, { number }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!outcome.ok) {
      askedAt.delete(number);
      if (lookups.get(number)?.state !== 'known') lookups.set(number, { state: 'failed' });
      return;
    }
    const customer = outcome.data.customerByPhone;
    lookups.set(number, customer ? { state: 'known', customer } : { state: 'unknown' });
  }

  /** Asks the records for the call's caller the first time (and again once stale); call it from a watcher. */
  function ensure(call: Pick<CallRow, 'counterpart'>): void {
    const number = lookupNumberOf(call);
    if (number) void lookUp(number);
  }

  /** The caller of a call as known now (only reads; `ensure` asks). */
  function callerOf(call: Pick<CallRow, 'counterpart'>): CallerLookup {
    const number = lookupNumberOf(call);
    if (!number) return { state: 'withheld' };
    return lookups.get(number) ?? { state: 'looking' };
  }

  /** The caller once the records answered (for a desktop notice, which cannot change afterwards). */
  async function identify(call: Pick<CallRow, 'counterpart'>): Promise<CallerLookup> {
    const number = lookupNumberOf(call);
    if (number) await lookUp(number);
    return callerOf(call);
  }

  /** Asks again now (after a customer was recorded, say). */
  function refresh(call: Pick<CallRow, 'counterpart'>): void {
    const number = lookupNumberOf(call);
    if (number) void lookUp(number, true);
  }

  watch(
    () => session.token,
    () => {
      lookups.clear();
      askedAt.clear();
      pending.clear();
    },
  );

  return { callerOf, ensure, identify, refresh, lookups };
});
