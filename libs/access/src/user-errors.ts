/**
 * A context's rejections as the GraphQL errors clients see: `extensions.code` (what a client acts
 * on) and `extensions.reason` (exactly what happened), from the context's one error table.
 */
import mercurius from 'mercurius';
import type { ErrorTable, Rejection } from '@deskstream/domain-kit';

/** The store's own conflict after the command's retries (`ConflictError` of the event-sourcing library). */
export interface StoreConflict {
  code: 'CONFLICT';
  message: string;
}

/** The GraphQL error of one of a table's reasons. */
export function userError<Reason extends string>(table: ErrorTable<Reason>, reason: Reason): Error {
  const entry = table.entries[reason];
  return new mercurius.ErrorWithProps(entry.message, { code: entry.code, reason });
}

/** The GraphQL error of a command that did not go through: a rejection, or a conflict after the retries. */
export function commandError<Reason extends string>(
  table: ErrorTable<Reason>,
  error: Rejection<Reason> | StoreConflict,
): Error {
  const entry = table.entryOf(error.code);
  if (!entry) return new mercurius.ErrorWithProps(error.message, { code: 'CONFLICT', reason: 'CONFLICT' });
  return new mercurius.ErrorWithProps(entry.message, { code: entry.code, reason: error.code });
}
