import { errorMessageKey, type Failure } from '@deskstream/ui';
import { WORDED_TICKET_REASONS } from './ticket-failure-wording';

/** Reasons an opening or a details' edit may meet, worded under `tickets.create.errors.*`. */
export const NEW_TICKET_REASONS = [
  'TICKET_REQUESTER_NAME_INVALID',
  'TICKET_REQUESTER_EMAIL_INVALID',
  'TICKET_REQUESTER_PHONE_INVALID',
  'TICKET_REQUESTER_LANGUAGE_INVALID',
  'TICKET_REQUESTER_TYPE_INVALID',
  'TICKET_CONTACT_METHOD_INVALID',
  'TICKET_DEPARTMENT_NOT_FOUND',
  'TICKET_FIELD_INVALID',
  'TICKET_FIELD_NOT_FOUND',
  'TICKET_PRODUCT_INVALID',
  'TICKET_TAGS_INVALID',
  'TICKET_ATTACHMENTS_INVALID',
  'TICKET_AGENT_NOT_FOUND',
] as const;

/** The i18n key for why opening a ticket (or editing its details) failed: by the api's reason. */
export function newTicketFailureKey(failure: Pick<Failure, 'code' | 'reason'>): string {
  const reason = failure.reason ?? '';
  if ((NEW_TICKET_REASONS as readonly string[]).includes(reason)) return `tickets.create.errors.${reason}`;
  if ((WORDED_TICKET_REASONS as readonly string[]).includes(reason)) return `tickets.errors.${reason}`;
  return errorMessageKey(failure.code);
}
