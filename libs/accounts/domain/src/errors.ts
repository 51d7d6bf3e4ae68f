/**
 * The accounts context's error table: one stable reason per rejection, each mapped to the GraphQL
 * `extensions.code` clients act on. Sign-in never says whether a card or an email exists:
 * `ACCOUNT_SIGN_IN_FAILED` covers both, and a lockout is answered for unknown cards too.
 */
import { errorTable, type Rejection } from '@deskstream/domain-kit';

export const ACCOUNT_ERRORS = errorTable('ACCOUNT', {
  ACCOUNT_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such account.' },
  ACCOUNT_EXISTS: { code: 'CONFLICT', message: 'This account exists already.' },
  ACCOUNT_CARD_TAKEN: { code: 'CONFLICT', message: 'Another account has this card number.' },
  ACCOUNT_EMAIL_TAKEN: { code: 'CONFLICT', message: 'Another account signs in with this email address.' },
  ACCOUNT_ERASED: { code: 'CONFLICT', message: 'This person’s data was erased.' },
  ACCOUNT_CARD_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A library card number is 8 digits starting with 0.',
  },
  ACCOUNT_EMAIL_INVALID: { code: 'VALIDATION_ERROR', message: 'Give one valid email address.' },
  ACCOUNT_PHONE_INVALID: { code: 'VALIDATION_ERROR', message: 'Give a phone number of 6 to 20 digits.' },
  ACCOUNT_NAME_INVALID: { code: 'VALIDATION_ERROR', message: 'A name is 1 to 100 characters.' },
  ACCOUNT_PASSWORD_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A password is 4 to 10 letters and digits (A–Z, a–z, 0–9).',
  },
  ACCOUNT_PASSWORD_TOO_WEAK: {
    code: 'VALIDATION_ERROR',
    message: 'A customer password is 10 to 128 characters.',
  },
  ACCOUNT_PASSWORD_BIRTH_DATE: {
    code: 'VALIDATION_ERROR',
    message: 'A date (such as a birth date) cannot be a password.',
  },
  ACCOUNT_SIGN_IN_FAILED: {
    code: 'UNAUTHENTICATED',
    message: 'The card number (or email) and password do not match an account.',
  },
  ACCOUNT_LOCKED: {
    code: 'FORBIDDEN',
    message: 'Too many failed attempts: sign-in is locked for 30 minutes. Wait, or ask the library.',
  },
  ACCOUNT_SIGN_IN_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'Too many sign-in attempts from here; try again in a few minutes.',
  },
  ACCOUNT_RESET_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'Too many reset requests from here; try again later.',
  },
  ACCOUNT_IMPORT_RATE_LIMITED: { code: 'RATE_LIMITED', message: 'Too many imports at once.' },
  ACCOUNT_NOT_SIGNED_IN: { code: 'UNAUTHENTICATED', message: 'Sign in with your card or email first.' },
  ACCOUNT_SESSION_ENDED: { code: 'UNAUTHENTICATED', message: 'Your session has ended; sign in again.' },
  ACCOUNT_NOT_LOCKED: { code: 'CONFLICT', message: 'This account is not locked.' },
  ACCOUNT_CURRENT_PASSWORD_WRONG: { code: 'FORBIDDEN', message: 'The current password is not right.' },
  ACCOUNT_RESET_LINK_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'This reset link is not valid. Ask for a new one.',
  },
  ACCOUNT_RESET_LINK_USED: {
    code: 'CONFLICT',
    message: 'This reset link was used already. Ask for a new one.',
  },
  ACCOUNT_RESET_LINK_EXPIRED: {
    code: 'CONFLICT',
    message: 'This reset link has expired. Ask for a new one.',
  },
  ACCOUNT_EMAIL_REQUIRED: {
    code: 'VALIDATION_ERROR',
    message: 'Notices by email need an email address on the account.',
  },
  ACCOUNT_PHONE_REQUIRED: {
    code: 'VALIDATION_ERROR',
    message: 'Notices by phone need a phone number on the account.',
  },
  ACCOUNT_BRANCH_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such pick-up place.' },
  ACCOUNT_CIRCULATION_FOR_PATRONS: {
    code: 'VALIDATION_ERROR',
    message: 'Only patrons with a library card have loans and reservations.',
  },
  ACCOUNT_RESERVATION_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such reservation.' },
  ACCOUNT_RESERVATION_EXISTS: { code: 'CONFLICT', message: 'This reservation exists already.' },
  ACCOUNT_ITEM_ALREADY_RESERVED: { code: 'CONFLICT', message: 'You have reserved this item already.' },
  ACCOUNT_RESERVATION_BOOK_LIMIT: {
    code: 'CONFLICT',
    message: 'At most 10 books can be reserved at once (reservations made at the library count too).',
  },
  ACCOUNT_RESERVATION_AUDIOVISUAL_LIMIT: {
    code: 'CONFLICT',
    message: 'At most 1 audio-visual item can be reserved at once.',
  },
  ACCOUNT_RESERVATION_SECURED: {
    code: 'CONFLICT',
    message: 'This item is already secured for you; it can no longer be cancelled or changed.',
  },
  ACCOUNT_RESERVATION_CLOSED: {
    code: 'CONFLICT',
    message: 'This reservation was collected, cancelled or has expired.',
  },
  ACCOUNT_RESERVATION_NOT_READY: { code: 'CONFLICT', message: 'This reservation is not ready for pick-up.' },
  ACCOUNT_HOLD_NOT_OVER: { code: 'CONFLICT', message: 'The pick-up period has not ended yet.' },
  ACCOUNT_LOAN_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such loan.' },
  ACCOUNT_LOAN_EXISTS: { code: 'CONFLICT', message: 'This loan exists already.' },
  ACCOUNT_LOAN_RETURNED: { code: 'CONFLICT', message: 'This item was returned.' },
  ACCOUNT_LOAN_ALREADY_RENEWED: { code: 'CONFLICT', message: 'A loan can be renewed once.' },
  ACCOUNT_LOAN_OVERDUE: { code: 'CONFLICT', message: 'An overdue loan cannot be renewed.' },
  ACCOUNT_LOAN_RESERVED: {
    code: 'CONFLICT',
    message: 'Someone else has reserved this item, so it cannot be renewed.',
  },
  ACCOUNT_LOAN_AUDIOVISUAL: { code: 'CONFLICT', message: 'Audio-visual items cannot be renewed.' },
  ACCOUNT_IMPORT_TOKEN_INVALID: { code: 'UNAUTHENTICATED', message: 'The library system’s token is not valid.' },
  ACCOUNT_IMPORT_INVALID: { code: 'VALIDATION_ERROR', message: 'The import does not have the expected shape.' },
  ACCOUNT_QUERY_INVALID: { code: 'VALIDATION_ERROR', message: 'Search by a card number or an email address.' },
  ACCOUNT_INPUT_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'That is longer than any card, email or password.' },
});

export type AccountErrorReason = keyof typeof ACCOUNT_ERRORS.entries;
export type AccountRejection = Rejection<AccountErrorReason>;
