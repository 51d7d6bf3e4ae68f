/**
 * The knowledge base's error table: one stable reason per rejection, each mapped to the GraphQL
 * `extensions.code` clients act on. Reasons never change meaning; new ones are added.
 */
import { errorTable, type Rejection } from '@deskstream/domain-kit';

export const KNOWLEDGE_BASE_ERRORS = errorTable('KB', {
  KB_ARTICLE_EXISTS: { code: 'CONFLICT', message: 'This article already exists.' },
  KB_ARTICLE_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such article.' },
  KB_PUBLISHED_ARTICLE_NOT_FOUND: { code: 'NOT_FOUND', message: 'This article is not published.' },
  KB_REVISION_CONFLICT: {
    code: 'CONFLICT',
    message: 'Someone saved this article after you opened it. Reload it and apply your change again.',
  },
  KB_REVISION_NOT_FOUND: { code: 'NOT_FOUND', message: 'This article has no such revision.' },
  KB_SLUG_INVALID: {
    code: 'VALIDATION_ERROR',
    message:
      'A slug is 1 to 120 lowercase letters or digits in words joined by single dashes, and not search, ask, vote or errors.',
  },
  KB_SLUG_TAKEN: { code: 'CONFLICT', message: 'Another article in this language already has this slug.' },
  KB_LOCALE_INVALID: { code: 'VALIDATION_ERROR', message: 'The language is one of fa, en, ja and vi.' },
  KB_TRANSLATION_GROUP_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A translation group is 1 to 80 letters, digits, dots or dashes.',
  },
  KB_TITLE_INVALID: { code: 'VALIDATION_ERROR', message: 'A title is 1 to 200 characters.' },
  KB_BODY_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'An article body is at most 20,000 characters.' },
  KB_STAGE_INVALID: { code: 'VALIDATION_ERROR', message: 'A stage is 2 to 40 lowercase letters, digits or dashes.' },
  KB_PRODUCTS_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'At most 10 products, each a name of 1 to 60 characters with at most 20 versions of 1 to 30 characters.',
  },
  KB_ERROR_CODES_INVALID: { code: 'VALIDATION_ERROR', message: 'At most 20 error codes of 1 to 64 characters each.' },
  KB_SYMPTOMS_INVALID: { code: 'VALIDATION_ERROR', message: 'At most 30 symptom phrases of 1 to 200 characters each.' },
  KB_TAGS_INVALID: { code: 'VALIDATION_ERROR', message: 'At most 20 tags of 1 to 40 characters each.' },
  KB_COMMAND_ID_INVALID: { code: 'VALIDATION_ERROR', message: 'A command id is 1 to 128 characters.' },
  KB_QUERY_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'A search is at most 200 characters.' },
  KB_TIME_INVALID: { code: 'VALIDATION_ERROR', message: 'The time is not an ISO-8601 date and time.' },
  KB_QUESTION_INVALID: { code: 'VALIDATION_ERROR', message: 'A question is 3 to 2,000 characters.' },
  KB_CONTACT_INVALID: {
    code: 'VALIDATION_ERROR',
    message: 'A name is at most 80 characters and an email address at most 254, in the form name@example.org.',
  },
  KB_QUESTION_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such question.' },
  KB_QUESTION_WITHOUT_EMAIL: {
    code: 'VALIDATION_ERROR',
    message: 'The visitor left no email address: this question cannot be answered by email.',
  },
  KB_QUESTION_ALREADY_ANSWERED: { code: 'CONFLICT', message: 'This question has been answered already.' },
  KB_ANSWER_INVALID: { code: 'VALIDATION_ERROR', message: 'An answer is 1 to 10,000 characters.' },
  KB_INPUT_TOO_LONG: { code: 'VALIDATION_ERROR', message: 'A value is longer than allowed.' },
  KB_LIST_TOO_LONG: {
    code: 'VALIDATION_ERROR',
    message: 'A public list holds at most 50 articles: `first` is 0 to 50.',
  },
  KB_RATE_LIMITED: {
    code: 'RATE_LIMITED',
    message: 'Too many requests from your address. Wait a minute and try again.',
  },
});

export type KnowledgeBaseErrorReason = keyof typeof KNOWLEDGE_BASE_ERRORS.entries;

/** A rejection as a value: what `decide` returns instead of events. Its `code` is the stable reason. */
export type KnowledgeBaseRejection = Rejection<KnowledgeBaseErrorReason>;

export const reject = (reason: KnowledgeBaseErrorReason): KnowledgeBaseRejection =>
  KNOWLEDGE_BASE_ERRORS.reject(reason);
