/**
 * `@deskstream/chat-api`: the reference desk's GraphQL module (a Fastify plugin the api registers
 * after Mercurius), the port it queues mail through, the visitors' flood budgets, and what the
 * outbox needs to show staff only the desk's mail they may see.
 */
export { DEFAULT_VISITOR_GONE_AFTER_MS, chatGraphql, type ChatModuleOptions } from './chat-module';
export { ChatCommands, type ChatOutcome } from './commands';
export { answerMailId, type AnswerMailbox, type MailToSend } from './answer-mailbox';
export { MAIL_LOCALES, isMailLocale, type DeskMailSettings, type MailLocale } from './answer-mail-wording';
export { transcriptMailId } from './transcript-mail';
export { chatMailAccess, type ChatMailAccess } from './mail-access';
export { DEFAULT_FLOOD_LIMITS, type FloodLimits, type VisitorAction } from './flood-guard';
export { chatIdForTokenHash, visitorTokenHash } from './visitor-token';
export type { TypingIndication } from './module-deps';
export { storeTypingBroadcast } from './typing-broadcast';
