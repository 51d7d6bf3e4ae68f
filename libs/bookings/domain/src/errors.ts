/**
 * Book a Librarian's error table: one stable reason per rejection, each mapped to the GraphQL
 * `extensions.code` clients act on. Reasons never change meaning; new ones are added.
 */
import { errorTable, type Rejection } from '@deskstream/domain-kit';

export const BOOKINGS_ERRORS = errorTable('BOOKING', {
  BOOKING_BRANCH_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such branch.' },
  BOOKING_TOPIC_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such topic.' },
  BOOKING_EXPERT_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such expert.' },
  BOOKING_STAFF_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such staff member.' },
  BOOKING_SESSION_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such session.' },
  BOOKING_REQUEST_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such request.' },
  BOOKING_LINK_NOT_FOUND: { code: 'NOT_FOUND', message: 'This link does not lead to a booking.' },
  BOOKING_CLOSURE_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such closure.' },
  BOOKING_ABSENCE_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such absence.' },
  BOOKING_BRANCH_EXISTS: { code: 'CONFLICT', message: 'This branch already exists.' },
  BOOKING_TOPIC_EXISTS: { code: 'CONFLICT', message: 'This topic already exists.' },
  BOOKING_EXPERT_EXISTS: { code: 'CONFLICT', message: 'This staff member already takes bookings.' },
  BOOKING_EXPERT_WITHDRAWN: { code: 'CONFLICT', message: 'This expert no longer takes bookings.' },
  BOOKING_EXPERT_LACKS_TOPIC: { code: 'CONFLICT', message: 'This expert does not help with this topic.' },
  BOOKING_NAME_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A name is needed in Persian, English, Japanese and Vietnamese, each 1 to 80 characters.',
  },
  BOOKING_TIME_ZONE_INVALID: { code: 'VALIDATION_ERROR', message: 'This is not a known time zone (e.g. Asia/Tehran).' },
  BOOKING_MODES_INVALID: { code: 'VALIDATION_ERROR', message: 'A branch offers at least one mode, each once.' },
  BOOKING_ADDRESS_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'An address is at most 300 characters.' },
  BOOKING_RULES_INVALID: {
    code: 'VALIDATION_ERROR',
    message:
      'Rules out of range: a session 15 to 240 minutes, padding 0 to 120, a window of 1 to 92 days, notice, cutoff and reminder lead 0 to 14 days.',
  },
  BOOKING_DATES_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Days are YYYY-MM-DD, the first not after the last, at most a year apart.',
  },
  BOOKING_HOURS_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Weekly hours are a weekday from 1 (Monday) to 7 and a start before the end (HH:mm), without overlaps.',
  },
  BOOKING_TOPICS_INVALID: { code: 'VALIDATION_ERROR', message: 'An expert helps with at least one known topic.' },
  BOOKING_NOTE_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'A note is at most 500 characters.' },
  BOOKING_DETAILS_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Tell us what you need help with (at most 2,000 characters).',
  },
  BOOKING_CONTACT_REQUIRED: {
    code: 'VALIDATION_ERROR',
    message: 'An email address or a phone number is needed so that we can reach you.',
  },
  BOOKING_EMAIL_INVALID: { code: 'VALIDATION_ERROR', message: 'This is not a valid email address.' },
  BOOKING_PHONE_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'This is not a valid phone number; include the country code (e.g. +1 425 555 0100).',
  },
  BOOKING_PATRON_NAME_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A name is at most 80 characters, without < or > or control characters.',
  },
  BOOKING_LINK_TOKEN_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'The booking link token is 22 to 128 characters of A-Z, a-z, 0-9, - and _.',
  },
  BOOKING_PREFERRED_TIMES_TOO_LONG: {
    code: 'VALIDATION_ERROR',
    message: 'Preferred times are at most 500 characters.',
  },
  BOOKING_TIME_INVALID: { code: 'VALIDATION_ERROR', message: 'A time is an ISO-8601 instant with its offset.' },
  BOOKING_RANGE_INVALID: { code: 'VALIDATION_ERROR', message: 'The range is from 1 to 92 days, the first day first.' },
  BOOKING_MODE_NOT_OFFERED: { code: 'VALIDATION_ERROR', message: 'No branch offers this kind of session.' },
  BOOKING_VIDEO_LINK_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A video link is an https address of at most 500 characters, for a video session.',
  },
  BOOKING_SLOT_IN_PAST: { code: 'VALIDATION_ERROR', message: 'This time has already passed; choose a later one.' },
  BOOKING_SLOT_TOO_SOON: {
    code: 'VALIDATION_ERROR',
    message: 'This time is too soon to book; choose one further ahead.',
  },
  BOOKING_SLOT_BEYOND_WINDOW: {
    code: 'VALIDATION_ERROR',
    message: 'This time is too far ahead to book yet; choose an earlier one.',
  },
  BOOKING_SLOT_UNAVAILABLE: {
    code: 'VALIDATION_ERROR',
    message: 'Nobody is available at this time; choose one of the free times.',
  },
  BOOKING_SLOT_TAKEN: {
    code: 'CONFLICT',
    message: 'Someone has just booked this time. Please choose one of the next free times.',
  },
  BOOKING_CUTOFF_PASSED: {
    code: 'CONFLICT',
    message: 'It is too late to change this session online; please call the library.',
  },
  BOOKING_SESSION_NOT_ACTIVE: {
    code: 'CONFLICT',
    message: 'This session has been cancelled or has already taken place.',
  },
  BOOKING_SESSION_NOT_STARTED: {
    code: 'CONFLICT',
    message: 'Attendance can be recorded once the session has started.',
  },
  BOOKING_SESSION_MOVED: { code: 'CONFLICT', message: 'This session has moved; reload and try again.' },
  BOOKING_SAME_SLOT: { code: 'CONFLICT', message: 'The session is already at this time with this expert.' },
  BOOKING_REQUEST_NOT_WAITING: { code: 'CONFLICT', message: 'This request has already been assigned or closed.' },
  BOOKING_ID_INVALID: { code: 'VALIDATION_ERROR', message: 'An id is 1 to 64 characters of A-Z, a-z, 0-9, - and _.' },
  BOOKING_COMMAND_ID_INVALID: { code: 'VALIDATION_ERROR', message: 'A command id is 1 to 128 characters.' },
  BOOKING_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'Too many requests from your address. Wait a moment and try again.',
  },
});

export type BookingsErrorReason = keyof typeof BOOKINGS_ERRORS.entries;
export type BookingsRejection = Rejection<BookingsErrorReason>;

export const reject = (reason: BookingsErrorReason): BookingsRejection => BOOKINGS_ERRORS.reject(reason);
