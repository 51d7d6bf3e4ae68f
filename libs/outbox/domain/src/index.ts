/**
 * `@deskstream/outbox-domain`: every outgoing mail as a stream `mail-<id>` — its events, commands,
 * decider, retry policy, input rules and error reasons. Pure TypeScript.
 */
export * from './mail-events';
export type { MailCommand } from './commands';
export { OUTBOX_ERRORS, type OutboxErrorReason, type OutboxRejection } from './errors';
export { mailDecider, decideMail, evolveMail, initialMailState, type MailState } from './mail-decider';
export {
  MAX_ATTACHMENTS,
  MAX_ATTACHMENTS_BYTES,
  MAX_ATTEMPTS,
  MAX_REFERENCES,
  areAttachments,
  MAX_LIST_LIMIT,
  MAX_SUBJECT_LENGTH,
  MAX_TEXT_LENGTH,
  hasControlCharacters,
  hasLineBreakingCharacters,
  isEmailAddress,
  isListLimit,
  isMailText,
  isMaxAttempts,
  isMessageId,
  isThreading,
  isSubject,
} from './mail-rules';
export { DEFAULT_RETRY_POLICY, retryAt, retryDelayMs, type RetryPolicy } from './retry-policy';
