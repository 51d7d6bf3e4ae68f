import type { CallerFieldsFragment as Caller, CallRowFieldsFragment as CallRow } from '../generated/graphql';

export type { Caller };
type Counterpart = Pick<CallRow, 'counterpart'>['counterpart'];

/** Who is calling: a customer on record, a number nobody on record has, or no number at all. */
export type CallerView =
  { state: 'known'; customer: Caller } | { state: 'unknown'; number: string } | { state: 'withheld' };

/** The number to record a new customer with (E.164 when it parsed, else as given), or null when withheld. */
export function recordableNumber(counterpart: Counterpart): string | null {
  if (counterpart.e164) return counterpart.e164;
  return /\d{3,}/.test(counterpart.raw) ? counterpart.raw.trim() : null;
}

export function callerView(counterpart: Counterpart, caller: Caller | null | undefined): CallerView {
  if (caller) return { state: 'known', customer: caller };
  const number = recordableNumber(counterpart);
  return number ? { state: 'unknown', number } : { state: 'withheld' };
}

/** The caller's name for a sentence ("Call from …"): the customer's name, else the number, else "withheld". */
export function callerName(
  counterpart: Counterpart,
  caller: Pick<Caller, 'name'> | null | undefined,
  withheld: string,
): string {
  if (caller) return caller.name;
  return recordableNumber(counterpart) ? counterpart.raw.trim() : withheld;
}
