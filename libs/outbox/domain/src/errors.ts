/**
 * The outbox's error table: one stable reason per rejection, each mapped to the GraphQL
 * `extensions.code` clients act on. Reasons never change meaning; new ones are added.
 */
import { errorTable, type Rejection } from '@deskstream/domain-kit';

export const OUTBOX_ERRORS = errorTable('OUTBOX', {
  OUTBOX_MAIL_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such mail.' },
  OUTBOX_MAIL_EXISTS: { code: 'CONFLICT', message: 'This mail has already been queued.' },
  OUTBOX_RECIPIENT_INVALID: { code: 'VALIDATION_ERROR', message: 'A mail goes to one valid email address.' },
  OUTBOX_SUBJECT_INVALID: { code: 'VALIDATION_ERROR', message: 'A subject is 1 to 200 characters on one line.' },
  OUTBOX_TEXT_INVALID: { code: 'VALIDATION_ERROR', message: 'A mail has a body of 1 to 100,000 characters.' },
  OUTBOX_MAX_ATTEMPTS_INVALID: { code: 'VALIDATION_ERROR', message: 'A mail is tried 1 to 20 times.' },
  OUTBOX_ALREADY_SENT: { code: 'CONFLICT', message: 'This mail has been sent already.' },
  OUTBOX_GAVE_UP: { code: 'CONFLICT', message: 'Every attempt to send this mail has failed.' },
  OUTBOX_SENDING: { code: 'CONFLICT', message: 'Another sender is trying this mail right now.' },
  OUTBOX_NOT_DUE: { code: 'CONFLICT', message: 'The next attempt for this mail is not due yet.' },
  OUTBOX_REPLY_TO_INVALID: { code: 'VALIDATION_ERROR', message: 'A reply-to is one valid email address.' },
  OUTBOX_ATTACHMENTS_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A mail carries at most 10 files of 2 MB together, each with a file name and a media type.',
  },
  OUTBOX_THREADING_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Message ids are `local@domain` in printable ASCII; at most 50 references.',
  },
  OUTBOX_AUTO_SUBMITTED_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Auto-Submitted is auto-generated or auto-replied.',
  },
  OUTBOX_LIMIT_INVALID: { code: 'VALIDATION_ERROR', message: 'A limit is 1 to 500.' },
});

export type OutboxErrorReason = keyof typeof OUTBOX_ERRORS.entries;

/** A rejection as a value: what `decide` returns instead of events. */
export type OutboxRejection = Rejection<OutboxErrorReason>;
