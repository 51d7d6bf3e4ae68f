/**
 * What tickets need from other contexts, as ports the api connects (contexts never import one
 * another's api or read models): a chat and its transcript, an offline question (both from
 * chat's published events, as chat's read model holds them), and starting a knowledge-base draft.
 */
import type { SignedInStaff } from '@deskstream/access';

export interface ChatForTicket {
  id: string;
  departmentId: string;
  visitor: { name: string; email: string | null };
  /** The language of the visitor's page, when it said. */
  locale: string | null;
  firstQuestion: string;
  requestedAt: string;
  /** Messages and notices in order; staff notes are left out of what the requester could later see. */
  transcript: { kind: string; author: { kind: string; name: string }; text: string; at: string }[];
}

export interface OfflineQuestionForTicket {
  id: string;
  departmentId: string;
  visitor: { name: string; email: string };
  question: string;
  askedAt: string;
  locale: string | null;
}

export interface ChatSource {
  chat(chatId: string): ChatForTicket | undefined;
  offlineQuestion(questionId: string): OfflineQuestionForTicket | undefined;
}

export interface ArticleDraftInput {
  title: string;
  /** Markdown: the question, then the answer. */
  body: string;
  locale: string;
  tags: string[];
}

export interface ArticleDrafts {
  draft(
    input: ArticleDraftInput,
    commandId: string,
    staff: SignedInStaff,
  ): Promise<{ ok: true; articleId: string } | { ok: false; message: string }>;
}

/** A chat's transcript as a text file: one line per message, with time and author. */
export function transcriptText(chat: ChatForTicket): string {
  const lines = chat.transcript
    .filter((entry) => entry.kind !== 'NOTE')
    .map((entry) => `[${entry.at}] ${entry.author.name}: ${entry.text}`);
  return `${lines.join('\n')}\n`;
}
