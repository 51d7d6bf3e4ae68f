/**
 * Calls' error table: one stable reason per rejection, each mapped to the GraphQL
 * `extensions.code` clients act on. Reasons never change meaning; new ones are added.
 */
import { errorTable, type Rejection } from '@deskstream/domain-kit';

export const CALLS_ERRORS = errorTable('CALL', {
  CALL_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such call.' },
  CALL_CALLBACK_NOT_FOUND: { code: 'NOT_FOUND', message: 'This call has no callback to make.' },
  CALL_LIST_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such follow-up list.' },
  CALL_LIST_ENTRY_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such number on this follow-up list.' },
  CALL_STAFF_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such staff member.' },
  CALL_TICKET_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such ticket.' },
  CALL_ALREADY_TAKEN: { code: 'CONFLICT', message: 'Another agent has taken this call.' },
  CALL_NOT_ENDED: { code: 'CONFLICT', message: 'A call is wrapped up once it has ended.' },
  CALL_EXISTS: { code: 'CONFLICT', message: 'This call already exists.' },
  CALL_CALLBACK_CLOSED: { code: 'CONFLICT', message: 'This callback is done or no longer owed.' },
  CALL_LIST_ENTRY_DONE: { code: 'CONFLICT', message: 'This number needs no more calls.' },
  CALL_TOKEN_FIXED: {
    code: 'CONFLICT',
    message: 'The webhook token is set by CTI_TOKEN on the server; change it there.',
  },
  CALL_NUMBER_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'This is not a valid phone number (e.g. +49 30 55571600, or a national number of the desk’s country).',
  },
  CALL_NOTE_INVALID: { code: 'VALIDATION_ERROR', message: 'A note is 1 to 4,000 characters.' },
  CALL_NOTES_FULL: { code: 'CONFLICT', message: 'A call keeps at most 200 notes.' },
  CALL_TOPIC_INVALID: { code: 'VALIDATION_ERROR', message: 'A topic is 1 to 200 characters.' },
  CALL_REQUESTER_TYPE_INVALID: { code: 'VALIDATION_ERROR', message: 'A requester type is 1 to 64 characters.' },
  CALL_TIME_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'The start is a date and time (ISO 8601) no later than now and within the last year.',
  },
  CALL_DURATION_INVALID: { code: 'VALIDATION_ERROR', message: 'A duration is 0 to 86,400 whole seconds.' },
  CALL_TICKET_CHOICE_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Attach the call to a ticket or open one, not both.',
  },
  CALL_ATTEMPTS_FULL: { code: 'CONFLICT', message: 'A callback keeps at most 50 attempts.' },
  CALL_LIST_NAME_INVALID: { code: 'VALIDATION_ERROR', message: 'A list name is 1 to 120 characters.' },
  CALL_LIST_DESCRIPTION_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'A description is at most 2,000 characters.' },
  CALL_LIST_ENTRIES_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A follow-up list has 1 to 500 numbers, each with a label of 1 to 120 characters and a valid number.',
  },
  CALL_ID_INVALID: { code: 'VALIDATION_ERROR', message: 'An id is 1 to 128 characters of A-Z, a-z, 0-9, -, _ and .' },
  CALL_COMMAND_ID_INVALID: { code: 'VALIDATION_ERROR', message: 'A command id is 1 to 128 characters.' },
  CALL_PAGE_SIZE_INVALID: { code: 'VALIDATION_ERROR', message: 'A page holds 1 to 200 calls.' },
  CALL_CURSOR_INVALID: { code: 'VALIDATION_ERROR', message: 'This cursor does not come from this list.' },
  CALL_DAY_INVALID: { code: 'VALIDATION_ERROR', message: 'A day is YYYY-MM-DD.' },
});

export type CallsErrorReason = keyof typeof CALLS_ERRORS.entries;
export type CallsRejection = Rejection<CallsErrorReason>;

export const reject = (reason: CallsErrorReason): CallsRejection => CALLS_ERRORS.reject(reason);
