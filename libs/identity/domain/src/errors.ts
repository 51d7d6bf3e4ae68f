/**
 * Identity's error table: one stable reason per rejection, each mapped to the GraphQL
 * `extensions.code` clients act on. Reasons never change meaning; new ones are added.
 */
import { errorTable, type Rejection } from '@deskstream/domain-kit';

export const IDENTITY_ERRORS = errorTable('IDENTITY', {
  IDENTITY_SIGN_IN_FAILED: { code: 'UNAUTHENTICATED', message: 'The username or password is not correct.' },
  IDENTITY_SIGN_IN_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'Too many failed sign-ins. Wait a few minutes and try again.',
  },
  IDENTITY_NOT_SIGNED_IN: { code: 'UNAUTHENTICATED', message: 'Sign in to do this.' },
  IDENTITY_SESSION_ENDED: { code: 'UNAUTHENTICATED', message: 'This session has ended. Sign in again.' },
  IDENTITY_ROLE_REQUIRED: { code: 'FORBIDDEN', message: 'Your role does not allow this.' },
  IDENTITY_STAFF_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such staff member.' },
  IDENTITY_DEPARTMENT_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such department.' },
  IDENTITY_STAFF_EXISTS: { code: 'CONFLICT', message: 'This staff account already exists.' },
  IDENTITY_USERNAME_TAKEN: { code: 'CONFLICT', message: 'This username is already taken.' },
  IDENTITY_DEPARTMENT_EXISTS: { code: 'CONFLICT', message: 'This department already exists.' },
  IDENTITY_USERNAME_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A username is 2 to 32 lowercase letters, digits, dots, dashes or underscores, starting with a letter.',
  },
  IDENTITY_DISPLAY_NAME_INVALID: { code: 'VALIDATION_ERROR', message: 'A display name is 1 to 80 characters.' },
  IDENTITY_ROLES_INVALID: { code: 'VALIDATION_ERROR', message: 'A staff member has at least one known role.' },
  IDENTITY_DEPARTMENT_NAME_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A department has a name of 1 to 80 characters in each of fa, en, ja and vi.',
  },
  IDENTITY_COMMAND_ID_INVALID: { code: 'VALIDATION_ERROR', message: 'A command id is 1 to 128 characters.' },
  IDENTITY_INPUT_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'A value is longer than allowed.' },
  IDENTITY_PRESENCE_NEEDS_SESSION: { code: 'UNAUTHENTICATED', message: 'Going online needs an active session.' },
  IDENTITY_TWO_FACTOR_REQUIRED: {
    code: 'UNAUTHENTICATED',
    message: 'This account signs in with a code from an authenticator app as well.',
  },
  IDENTITY_TWO_FACTOR_CODE_INVALID: { code: 'UNAUTHENTICATED', message: 'The code is not correct.' },
  IDENTITY_TWO_FACTOR_CODE_USED: {
    code: 'UNAUTHENTICATED',
    message: 'This code has been used already. Wait for the next one.',
  },
  IDENTITY_SIGN_IN_CHALLENGE_ENDED: {
    code: 'UNAUTHENTICATED',
    message: 'This sign-in has expired or had too many wrong codes. Sign in again.',
  },
  IDENTITY_TWO_FACTOR_ALREADY_ON: { code: 'CONFLICT', message: 'Two-factor sign-in is already on.' },
  IDENTITY_TWO_FACTOR_NOT_ON: { code: 'CONFLICT', message: 'Two-factor sign-in is not on.' },
  IDENTITY_TWO_FACTOR_NOT_STARTED: {
    code: 'CONFLICT',
    message: 'Start setting up two-factor sign-in first.',
  },
  IDENTITY_PASSWORD_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A new password is 10 to 256 characters.',
  },
  IDENTITY_PASSWORD_WRONG: { code: 'VALIDATION_ERROR', message: 'The current password is not correct.' },
  IDENTITY_TWO_FACTOR_CODE_NOT_ACCEPTED: {
    code: 'VALIDATION_ERROR',
    message: 'The code is not correct, or has been used already. Try the next code from the app.',
  },
  IDENTITY_SESSION_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such session, or it has ended.' },
  IDENTITY_OIDC_FAILED: {
    code: 'UNAUTHENTICATED',
    message: 'Sign-in through the organisation did not succeed, or no staff account matches it.',
  },
  IDENTITY_SECURITY_LOG_FILTER_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A filter of the security log is not valid (a period is two ISO dates, the first before the second).',
  },
});

export type IdentityErrorReason = keyof typeof IDENTITY_ERRORS.entries;

/** A rejection as a value: what `decide` returns instead of events. Its `code` is the stable reason. */
export type IdentityRejection = Rejection<IdentityErrorReason>;
