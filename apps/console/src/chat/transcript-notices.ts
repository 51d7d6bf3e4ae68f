import type { TranscriptEntryFieldsFragment as TranscriptEntry } from '../generated/graphql';

/**
 * A notice in the reader's language, from its kind and its subject (whom it is about) as the
 * api gives them; a department is named in the reader's language when it is known. The api's
 * English text is shown only for a notice the console does not know.
 */
export interface NoticeWording {
  key: string | null;
  params: Record<string, string>;
  /** The api's own text, shown when there is no key. */
  text: string;
}

const KEYS = {
  ABANDONED: 'chat.notice.abandoned',
  ACCEPTED: 'chat.notice.accepted',
  CLOSED_BY_AGENT: 'chat.notice.closedByAgent',
  CLOSED_BY_VISITOR: 'chat.notice.closedByVisitor',
} as const;

export function noticeWording(
  entry: TranscriptEntry,
  departmentNamed: (departmentId: string) => string | null,
): NoticeWording {
  const { notice, subject } = entry;
  if (!notice || !subject) return { key: null, params: {}, text: entry.text };
  if (notice === 'TRANSFERRED') {
    const target =
      subject.kind === 'DEPARTMENT' && subject.id ? (departmentNamed(subject.id) ?? subject.name) : subject.name;
    return { key: 'chat.notice.transferred', params: { target }, text: entry.text };
  }
  if (notice in KEYS) return { key: KEYS[notice], params: { name: subject.name }, text: entry.text };
  return { key: null, params: {}, text: entry.text };
}
