/**
 * One error table per context, one shape and one naming rule for all of them.
 *
 * A reason is `<PREFIX>_<WHAT>` in capitals (`CHAT_CLOSED`, `KB_SLUG_TAKEN`), never renamed and
 * never reused for another meaning; a reason whose code is `RATE_LIMITED` ends in `_RATE_LIMITED`
 * and one whose code is `NOT_FOUND` in `_NOT_FOUND`. The code is what clients act on (GraphQL
 * `extensions.code`); the reason says exactly what happened (`extensions.reason`).
 */
import type { DomainError } from './decider';

/** The stable codes every GraphQL error carries in `extensions.code`. */
export const ERROR_CODES = [
  'VALIDATION_ERROR',
  'CONFLICT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorEntry {
  code: ErrorCode;
  message: string;
}

/** A rejection as a value: what `decide` returns instead of events. Its `code` is the stable reason. */
export interface Rejection<Reason extends string = string> extends DomainError {
  code: Reason;
  message: string;
}

export interface ErrorTable<Reason extends string> {
  /** The reasons' common prefix, e.g. `CHAT`. */
  readonly prefix: string;
  readonly entries: Readonly<Record<Reason, ErrorEntry>>;
  /** The rejection value for a reason. */
  reject(reason: Reason): Rejection<Reason>;
  /** The entry of a reason this table knows, else undefined (a conflict from the store, say). */
  entryOf(reason: string): ErrorEntry | undefined;
}

/** Declares a context's error table; the naming rule is checked as it is declared. */
export function errorTable<Prefix extends string, Reason extends `${Prefix}_${string}`>(
  prefix: Prefix,
  entries: Record<Reason, ErrorEntry>,
): ErrorTable<Reason> {
  for (const [reason, entry] of Object.entries(entries) as [Reason, ErrorEntry][]) {
    const problem = namingProblem(prefix, reason, entry.code);
    if (problem) throw new Error(`Error table ${prefix}: ${problem}`);
  }
  return {
    prefix,
    entries,
    reject: (reason) => ({ code: reason, message: entries[reason].message }),
    entryOf: (reason) => (Object.hasOwn(entries, reason) ? entries[reason as Reason] : undefined),
  };
}

/** Why a reason breaks the naming rule, or null when it keeps it. */
export function namingProblem(prefix: string, reason: string, code: ErrorCode): string | null {
  if (!/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(reason)) return `${reason} is not in capitals with underscores.`;
  if (!reason.startsWith(`${prefix}_`)) return `${reason} does not start with ${prefix}_.`;
  if (code === 'RATE_LIMITED' && !reason.endsWith('_RATE_LIMITED'))
    return `${reason} is RATE_LIMITED but does not end in _RATE_LIMITED.`;
  if (code === 'NOT_FOUND' && !reason.endsWith('_NOT_FOUND'))
    return `${reason} is NOT_FOUND but does not end in _NOT_FOUND.`;
  return null;
}
