/**
 * Operations' error table: one stable reason per rejection, each mapped to the GraphQL
 * `extensions.code` clients act on. Reasons never change meaning; new ones are added.
 */
import { errorTable, type Rejection } from '@deskstream/domain-kit';

export const OPERATIONS_ERRORS = errorTable('OPERATIONS', {
  OPERATIONS_SHIFTS_INVALID: { code: 'VALIDATION_ERROR', message: 'Define 1 to 6 shifts.' },
  OPERATIONS_SHIFT_KEY_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A shift’s key is 1 to 32 characters of a-z, 0-9 and -, unique, and not “outside”.',
  },
  OPERATIONS_SHIFT_NAME_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A shift has a name of 1 to 60 characters in each of Persian, English, Japanese and Vietnamese.',
  },
  OPERATIONS_SHIFT_TIME_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A shift starts and ends on the hour (HH:00, the end may be 24:00), and does not end when it starts.',
  },
  OPERATIONS_SHIFTS_OVERLAP: { code: 'VALIDATION_ERROR', message: 'Two shifts cover the same hour.' },
  OPERATIONS_ANSWERED_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'The talk time that makes a call answered is 0 to 3,600 whole seconds.',
  },
  OPERATIONS_SERVICE_LEVEL_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'The service level’s target is 1 to 3,600 whole seconds.',
  },
  OPERATIONS_REQUESTER_TYPES_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Map at most 100 requester types, each key once, keys and groups 1 to 64 characters.',
  },
  OPERATIONS_SETTINGS_CHANGED: {
    code: 'CONFLICT',
    message: 'The operations settings changed since you opened them; reload and make the change again.',
  },
  OPERATIONS_DAY_INVALID: { code: 'VALIDATION_ERROR', message: 'A day is YYYY-MM-DD.' },
  OPERATIONS_PERIOD_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A period runs from a day to the same or a later one: at most 400 days, or 31 by the hour.',
  },
  OPERATIONS_COMMAND_ID_INVALID: { code: 'VALIDATION_ERROR', message: 'A command id is 1 to 128 characters.' },
});

export type OperationsErrorReason = keyof typeof OPERATIONS_ERRORS.entries;
export type OperationsRejection = Rejection<OperationsErrorReason>;

export const reject = (reason: OperationsErrorReason): OperationsRejection => OPERATIONS_ERRORS.reject(reason);
