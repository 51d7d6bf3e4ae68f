/** `@deskstream/chat`: the virtual reference desk — live chat by department, offline questions answered by email. */
export * from './events';
export { DESK_EVENT_TYPES, type DeskEvent } from './desk-events';
export { CHAT_ERRORS, type ChatErrorReason, type ChatRejection } from './errors';
export { chatDecider, type ActingStaff, type ChatCommand, type ChatState } from './chat-decider';
export { questionDecider, type QuestionCommand, type QuestionState } from './question-decider';
export { savedReplyDecider, SAVED_REPLIES_PER_DEPARTMENT, type SavedReplyCommand, type SavedReplyState } from './saved-reply-decider';
export { SAVED_REPLY_EVENT_TYPES, savedRepliesStream, type SavedReplyEvent, type SavedReplySaved, type SavedReplyRemoved } from './saved-reply-events';
export type { SavedReplyRecord } from './saved-replies-read-model';
export { MESSAGE_MAX_CHARACTERS } from './input-rules';
export {
  CHAT_PROJECTION,
  DESK_DIRECTORY_PROJECTION,
  ChatReadModel,
  DeskDirectory,
  chatProjection,
  createReferenceDeskReadModels,
  deskDirectoryProjection,
} from './projections';
export type { ChatRecord, ChatStatus, QuestionRecord } from './chat-read-model';
export type { TranscriptEntry, NoticeKind, NoticeSubject } from './transcript';
export type { DayFigures } from './daily-counts';
export { ChatCommands, type ChatOutcome } from './commands';
export { answerMailId, type AnswerMailbox, type MailToSend } from './answer-mailbox';
export { DEFAULT_FLOOD_LIMITS, type FloodLimits, type VisitorAction } from './flood-guard';
export { chatIdForTokenHash, visitorTokenHash } from './visitor-token';
export { chatGraphql, type ChatModuleOptions } from './graphql';
