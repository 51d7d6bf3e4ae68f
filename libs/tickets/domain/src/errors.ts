/**
 * The tickets context's error table: one stable reason per rejection, each mapped to the GraphQL
 * `extensions.code` clients act on. Reasons never change meaning; new ones are added.
 */
import { errorTable, type Rejection } from '@deskstream/domain-kit';

export const TICKETS_ERRORS = errorTable('TICKET', {
  TICKET_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such ticket.' },
  TICKET_EXISTS: { code: 'CONFLICT', message: 'This ticket has been opened already.' },
  TICKET_REVISION_CONFLICT: {
    code: 'CONFLICT',
    message: 'Someone changed this ticket after you opened it. Reload it and apply your change again.',
  },
  TICKET_CLOSED: {
    code: 'CONFLICT',
    message: 'This ticket is closed and takes no more messages: a new message opens a follow-up ticket.',
  },
  TICKET_MERGED: {
    code: 'CONFLICT',
    message: 'This ticket was merged into another: work on the ticket it was merged into.',
  },
  TICKET_MERGE_INTO_ITSELF: { code: 'VALIDATION_ERROR', message: 'A ticket cannot be merged into itself.' },
  TICKET_MERGE_TARGET_INVALID: {
    code: 'CONFLICT',
    message: 'A ticket can be merged only into a ticket that is neither merged nor closed.',
  },
  TICKET_LINK_TO_ITSELF: { code: 'VALIDATION_ERROR', message: 'A ticket cannot be linked to itself.' },
  TICKET_LINK_NOT_FOUND: { code: 'NOT_FOUND', message: 'These tickets are not linked.' },
  TICKET_STATUS_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A ticket cannot be set back to NEW, and a closed ticket stays closed.',
  },
  TICKET_SUBJECT_INVALID: { code: 'VALIDATION_ERROR', message: 'A subject is 1 to 200 characters on one line.' },
  TICKET_TEXT_INVALID: { code: 'VALIDATION_ERROR', message: 'A message is 1 to 50,000 characters.' },
  TICKET_NOTE_INVALID: { code: 'VALIDATION_ERROR', message: 'A note is 1 to 50,000 characters.' },
  TICKET_REQUESTER_NAME_INVALID: { code: 'VALIDATION_ERROR', message: 'A name is 1 to 120 characters on one line.' },
  TICKET_REQUESTER_EMAIL_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'An email address is at most 254 characters, in the form name@example.org.',
  },
  TICKET_REQUESTER_PHONE_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A phone number is 4 to 20 digits, optionally with + and spaces, dashes or brackets.',
  },
  TICKET_REQUESTER_LANGUAGE_INVALID: { code: 'VALIDATION_ERROR', message: 'The language is one of fa, en, ja and vi.' },
  TICKET_CONTACT_METHOD_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Contact by email needs an email address, and by phone a phone number.',
  },
  TICKET_REQUESTER_TYPE_INVALID: { code: 'VALIDATION_ERROR', message: 'This requester type is not configured.' },
  TICKET_DEPARTMENT_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such department.' },
  TICKET_AGENT_NOT_FOUND: {
    code: 'NOT_FOUND',
    message: 'There is no such agent in this department.',
  },
  TICKET_PRODUCT_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A product is at most 80 characters and a version at most 40, each on one line.',
  },
  TICKET_TAGS_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A tag is 1 to 40 characters, and a ticket has at most 30 tags.',
  },
  TICKET_FIELD_NOT_FOUND: { code: 'NOT_FOUND', message: 'The department has no custom field with this key.' },
  TICKET_FIELD_INVALID: {
    code: 'VALIDATION_ERROR',
    message:
      'A custom field value does not fit its field: a number, a date as YYYY-MM-DD, one of the options, or text of at most 1,000 characters; required fields need a value.',
  },
  TICKET_ATTACHMENTS_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'At most 10 attachments of at most 10 MB each, each uploaded first.',
  },
  TICKET_ATTACHMENT_NOT_FOUND: { code: 'NOT_FOUND', message: 'An attachment was not uploaded first.' },
  TICKET_COMMAND_ID_INVALID: { code: 'VALIDATION_ERROR', message: 'A command id is 1 to 128 characters.' },
  TICKET_LIST_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'A page holds 1 to 200 tickets.' },
  TICKET_CURSOR_INVALID: { code: 'VALIDATION_ERROR', message: 'This cursor is not one a ticket list gave.' },
  TICKET_BULK_TOO_LARGE: { code: 'VALIDATION_ERROR', message: 'A bulk change is for 1 to 200 tickets.' },
  TICKET_SOURCE_NOT_FOUND: {
    code: 'NOT_FOUND',
    message: 'There is no such chat or offline question to make a ticket from.',
  },
  TICKET_KNOWLEDGE_BASE_UNAVAILABLE: {
    code: 'CONFLICT',
    message: 'The knowledge base is not connected: no draft could be started.',
  },
  TICKET_NOTHING_TO_DRAFT: {
    code: 'VALIDATION_ERROR',
    message: 'This ticket has no question and reply to start an article from.',
  },
  TICKET_MAIL_NOT_QUEUED: {
    code: 'CONFLICT',
    message: 'The reply was recorded but its mail could not be queued. Send the same reply again to queue it.',
  },
  TICKET_QUERY_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'A search is at most 200 characters.' },
  TICKET_VIEW_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such saved view.' },
  TICKET_VIEW_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A view name is 1 to 80 characters; a view has at most 30 tags and 50 departments.',
  },
  TICKET_VIEW_LIMIT: { code: 'VALIDATION_ERROR', message: 'Keep at most 50 saved views.' },
  TICKET_SETTINGS_INVALID: {
    code: 'VALIDATION_ERROR',
    message:
      'Settings: keys are 1 to 40 lower-case letters, digits, dashes or underscores, unique; names in all four languages, each 1 to 80 characters.',
  },
  TICKET_INBOUND_ADDRESS_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Each inbound address is an email address, listed once.',
  },
  TICKET_CALENDAR_INVALID: {
    code: 'VALIDATION_ERROR',
    message:
      'A calendar has a known IANA time zone, working hours as HH:mm with start before end (end may be 24:00) on days 0 to 6, and holidays as YYYY-MM-DD.',
  },
  TICKET_CALENDAR_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such business calendar.' },
  TICKET_SLA_POLICY_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'SLA targets are whole numbers of business minutes from 1 to 525,600, or empty.',
  },
  TICKET_AUTO_ASSIGNMENT_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'The per-agent cap is a whole number from 1 to 1,000.',
  },
  TICKET_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'Too many requests from your address. Wait a minute and try again.',
  },
});

export type TicketsErrorReason = keyof typeof TICKETS_ERRORS.entries;

/** A rejection as a value: what `decide` returns instead of events. Its `code` is the stable reason. */
export type TicketsRejection = Rejection<TicketsErrorReason>;

export const reject = (reason: TicketsErrorReason): TicketsRejection => TICKETS_ERRORS.reject(reason);

export const isTicketsRejection = (value: unknown): value is TicketsRejection =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'code' in value && 'message' in value;
