/**
 * Feedback's error table: one stable reason per rejection, each mapped to the GraphQL
 * `extensions.code` clients act on. Reasons never change meaning; new ones are added.
 */
import { errorTable, type Rejection } from '@deskstream/domain-kit';

export const FEEDBACK_ERRORS = errorTable('FEEDBACK', {
  FEEDBACK_ITEM_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such feedback item.' },
  FEEDBACK_TOPIC_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such feedback topic.' },
  FEEDBACK_TEAM_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such product team.' },
  FEEDBACK_SOURCE_NOT_FOUND: {
    code: 'NOT_FOUND',
    message: 'The conversation item to capture was not found (check its chat, ticket, call, note or question).',
  },
  FEEDBACK_ANSWER_NOT_FOUND: { code: 'NOT_FOUND', message: 'This topic has no such answer.' },
  FEEDBACK_STAFF_NOT_FOUND: {
    code: 'NOT_FOUND',
    message: 'There is no staff member with the PRODUCT role by that id.',
  },
  FEEDBACK_PRODUCT_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such product in the catalogue.' },
  FEEDBACK_VERSION_NOT_FOUND: { code: 'NOT_FOUND', message: 'The catalogue has no such version of this product.' },
  FEEDBACK_COMMAND_ID_INVALID: { code: 'VALIDATION_ERROR', message: 'A command id is 1 to 128 characters.' },
  FEEDBACK_TEXT_INVALID: { code: 'VALIDATION_ERROR', message: 'Feedback text is 1 to 4,000 characters.' },
  FEEDBACK_TAGS_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'At most 20 tags, each 1 to 40 characters without spaces at either end.',
  },
  FEEDBACK_BUILD_INVALID: { code: 'VALIDATION_ERROR', message: 'A version or a build is 1 to 64 characters.' },
  FEEDBACK_SOURCE_INVALID: {
    code: 'VALIDATION_ERROR',
    message:
      'Give the refs of the source kind: chatId + messageId, ticketId + messageId, callId + noteId or questionId.',
  },
  FEEDBACK_DUPLICATE_OF_REQUIRED: {
    code: 'VALIDATION_ERROR',
    message: 'A duplicate names the item it duplicates (another item).',
  },
  FEEDBACK_TOPIC_TITLE_INVALID: { code: 'VALIDATION_ERROR', message: 'A topic title is 1 to 200 characters.' },
  FEEDBACK_GROUP_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'Group 1 to 100 items into either an existing topic or a new one.',
  },
  FEEDBACK_ANSWER_VERSION_REQUIRED: { code: 'VALIDATION_ERROR', message: 'Planned and fixed answers name a version.' },
  FEEDBACK_ANSWER_REASON_REQUIRED: { code: 'VALIDATION_ERROR', message: 'A "will not fix" answer gives its reason.' },
  FEEDBACK_ANSWER_NOTE_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'An answer’s note and reason are at most 2,000 characters each.',
  },
  FEEDBACK_TEAM_NAME_INVALID: { code: 'VALIDATION_ERROR', message: 'A team name is 1 to 100 characters.' },
  FEEDBACK_TEAM_PRODUCTS_INVALID: { code: 'VALIDATION_ERROR', message: 'A team owns at most 100 products.' },
  FEEDBACK_ITEM_DISMISSED: { code: 'CONFLICT', message: 'This item was dismissed; restore it first.' },
  FEEDBACK_ITEM_GROUPED: { code: 'CONFLICT', message: 'This item is in a topic; take it out of the topic first.' },
  FEEDBACK_TOPIC_NOT_FORWARDED: {
    code: 'CONFLICT',
    message: 'A topic is answered once it was forwarded to a product team.',
  },
  FEEDBACK_TOPIC_NO_TEAM: {
    code: 'CONFLICT',
    message: 'No product team owns this topic’s product; name the team to forward it to.',
  },
  FEEDBACK_TOPIC_FULL: { code: 'CONFLICT', message: 'A topic holds at most 100 answers.' },
  FEEDBACK_TEAM_NAME_TAKEN: { code: 'CONFLICT', message: 'Another team has this name.' },
  FEEDBACK_PRODUCT_OWNED: { code: 'CONFLICT', message: 'Another team owns one of these products.' },
  FEEDBACK_NOT_TEAM_MEMBER: {
    code: 'FORBIDDEN',
    message: 'Only members of the team this topic was forwarded to may answer it.',
  },
});

export type FeedbackErrorReason = keyof typeof FEEDBACK_ERRORS.entries;
export type FeedbackRejection = Rejection<FeedbackErrorReason>;
export const reject = (reason: FeedbackErrorReason): FeedbackRejection => FEEDBACK_ERRORS.reject(reason);
