/**
 * `@deskstream/chat-domain`: the virtual reference desk's events, deciders, limits, input rules
 * and error reasons. Pure TypeScript for Node and the browser: the console and the portal import
 * their limits and checks from here.
 */
export * from './chat-events';
export * from './saved-reply-events';
export { CHAT_ERRORS, reject, type ChatErrorReason, type ChatRejection } from './errors';
export {
  CLIENT_ID_MAX_LENGTH,
  CLOSE_REASON_MAX_CHARACTERS,
  EMAIL_MAX_CHARACTERS,
  GOOD_RATING_MIN,
  NOTE_MENTIONS_MAX,
  RATING_COMMENT_MAX_CHARACTERS,
  RATING_MAX,
  RATING_MIN,
  MESSAGE_MAX_CHARACTERS,
  SAVED_REPLIES_PER_DEPARTMENT,
  SAVED_REPLY_TITLE_MAX_CHARACTERS,
  TRANSFER_NOTE_MAX_CHARACTERS,
  VISITOR_NAME_MAX_CHARACTERS,
  VISITOR_TOKEN_PATTERN,
  characters,
  checkCloseReason,
  checkEmail,
  checkRating,
  checkMessage,
  checkSavedReplyTitle,
  checkTransferNote,
  checkVisitorName,
  firstWords,
  isClientId,
  isEmailAddress,
  isGoodRating,
  isWellFormedVisitorToken,
  sameEmail,
} from './input-rules';
export { ANSWERING_ROLES, canAnswerChats } from './staff-rules';
export { CHAT_MAIL_PURPOSES, isChatMailPurpose, type ChatMailPurposeKind } from './mail-purposes';
export {
  chatDecider,
  decideChat,
  evolveChat,
  initialChatState,
  type ActingStaff,
  type ChatCommand,
  type ChatState,
  type TransferDestination,
} from './chat-decider';
export type { ChatAftercareCommand, MentionedStaff } from './chat-aftercare';
export { questionDecider, type QuestionCommand, type QuestionState } from './question-decider';
export { savedReplyDecider, type SavedReplyCommand, type SavedReplyState } from './saved-reply-decider';
