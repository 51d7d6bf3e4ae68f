/**
 * The mail the reference desk queues in the outbox, by purpose (`MailPurpose.kind`); the
 * purpose's `id` names where it came from, so staff can trace a mail back and see it only when
 * they may see its source.
 */
export const CHAT_MAIL_PURPOSES = {
  /** An answer to an offline question; `id` is the question's id. */
  offlineQuestionAnswer: 'offline-question',
  /** A chat's transcript mailed to its visitor; `id` is the chat's id. */
  chatTranscript: 'chat-transcript',
} as const;

export type ChatMailPurposeKind = (typeof CHAT_MAIL_PURPOSES)[keyof typeof CHAT_MAIL_PURPOSES];

export const isChatMailPurpose = (kind: string): kind is ChatMailPurposeKind =>
  Object.values<string>(CHAT_MAIL_PURPOSES).includes(kind);
