import { errorMessageKey, type Failure } from '@deskstream/ui';

/** The tickets context's reasons the console words itself (`tickets.errors.<reason>`). */
export const WORDED_TICKET_REASONS = [
  'TICKET_NOT_FOUND',
  'TICKET_MERGE_INTO_ITSELF',
  'TICKET_LINK_TO_ITSELF',
  'TICKET_SUBJECT_INVALID',
  'TICKET_TEXT_INVALID',
  'TICKET_NOTE_INVALID',
  'TICKET_ATTACHMENT_NOT_FOUND',
  'TICKET_BULK_TOO_LARGE',
  'TICKET_QUERY_TOO_LONG',
  'TICKET_VIEW_LIMIT',
] as const;

/** The i18n key that tells the agent why a ticket operation failed: the reason when worded here, else the code's message. */
export function ticketFailureKey(failure: Pick<Failure, 'code' | 'reason'>): string {
  return failure.reason && (WORDED_TICKET_REASONS as readonly string[]).includes(failure.reason)
    ? `tickets.errors.${failure.reason}`
    : errorMessageKey(failure.code);
}
