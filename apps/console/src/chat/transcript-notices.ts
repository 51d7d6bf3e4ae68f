import type { ChatSummary, TranscriptEntry } from '../api/chat-contract';

/**
 * A notice in the reader's language. The api words notices in English for the record
 * ("Reza Karimi has closed the chat explicitly"); the console rewords the ones it knows, with
 * the names taken from the chat or the notice, and shows the api's text for anything else.
 */
export interface NoticeWording {
  key: string | null;
  params: Record<string, string>;
  /** The api's own text, shown when there is no key. */
  text: string;
}

const PATTERNS = {
  ACCEPTED: /^(.+) has joined the chat$/u,
  TRANSFERRED: /^The chat has been transferred to (.+)$/u,
  CLOSED_BY_AGENT: /^(.+) has closed the chat$/u,
} as const;

export function noticeWording(entry: TranscriptEntry, chat: Pick<ChatSummary, 'visitor'>, departmentNamed: (englishName: string) => string | null): NoticeWording {
  const raw = { key: null, params: {}, text: entry.text };
  switch (entry.notice) {
    case 'CLOSED_BY_VISITOR':
      return { key: 'chat.notice.closedByVisitor', params: { name: chat.visitor.name }, text: entry.text };
    case 'ACCEPTED':
    case 'CLOSED_BY_AGENT': {
      const name = PATTERNS[entry.notice].exec(entry.text)?.[1];
      if (!name) return raw;
      return { key: entry.notice === 'ACCEPTED' ? 'chat.notice.accepted' : 'chat.notice.closedByAgent', params: { name }, text: entry.text };
    }
    case 'TRANSFERRED': {
      const target = PATTERNS.TRANSFERRED.exec(entry.text)?.[1];
      if (!target) return raw;
      return { key: 'chat.notice.transferred', params: { target: departmentNamed(target) ?? target }, text: entry.text };
    }
    default:
      return raw;
  }
}
