/**
 * The archive of past and present chats for staff: search over the visitor's name and email,
 * the department, the agents and the transcript (internal notes included), folded with the one
 * normalising function of `@deskstream/search` (Persian/Arabic letters and digits, ZWNJ,
 * Vietnamese tones; Japanese matched inside the text, so no segmentation can split a word
 * apart), with filters and paging, newest first. A chat's text is folded again only when it
 * changed since the last search.
 */
import { normalizeText, tokenize } from '@deskstream/search';
import type { ChatRecord } from './chat-read-model';

export interface ArchiveQuery {
  text?: string | null;
  departmentId?: string | null;
  agentId?: string | null;
  /** First and last day (YYYY-MM-DD) of the request, in the organisation's time zone. */
  from?: string | null;
  to?: string | null;
  rating?: number | null;
  ratedGood?: boolean | null;
}

export interface ArchiveHit {
  chat: ChatRecord;
  excerpt: string | null;
}

const EXCERPT_CHARACTERS = 160;

/** Who took part on the desk's side: every agent who wrote, held or was handed the chat. */
const agentsOf = (chat: ChatRecord): Set<string> => {
  const ids = new Set<string>();
  if (chat.agent) ids.add(chat.agent.id);
  for (const entry of chat.transcript) {
    if (entry.author.kind === 'AGENT' && entry.author.id) ids.add(entry.author.id);
    if (entry.subject?.kind === 'AGENT' && entry.subject.id) ids.add(entry.subject.id);
  }
  return ids;
};

function excerptOf(chat: ChatRecord, terms: readonly string[]): string | null {
  for (const entry of chat.transcript) {
    if (entry.kind === 'NOTICE') continue;
    const folded = normalizeText(entry.text);
    if (!terms.some((term) => folded.includes(term))) continue;
    const chars = [...entry.text.replace(/\s+/gu, ' ').trim()];
    return chars.length <= EXCERPT_CHARACTERS
      ? chars.join('')
      : `${chars.slice(0, EXCERPT_CHARACTERS).join('').trimEnd()}…`;
  }
  return null;
}

export class ChatArchive {
  private readonly folded = new Map<string, string>();
  private readonly changed = new Set<string>();

  constructor(
    private readonly chats: () => Iterable<ChatRecord>,
    /** Every name of a department (in each language), for the search. */
    private readonly departmentNames: (id: string) => readonly string[],
    private readonly dayOf: (iso: string) => string,
  ) {}

  /** The chat changed: its text is folded again before the next search. */
  touched(chatId: string): void {
    this.changed.add(chatId);
  }

  /** Chats that match and `mayRead` lets through, newest first: `limit` from `offset`, and how many there are. */
  search(
    query: ArchiveQuery,
    offset: number,
    limit: number,
    mayRead: (chat: ChatRecord) => boolean,
  ): { total: number; hits: ArchiveHit[] } {
    const terms = tokenize(query.text ?? '');
    const matching: ChatRecord[] = [];
    for (const chat of this.chats()) {
      if (mayRead(chat) && this.passes(chat, query) && (terms.length === 0 || this.contains(chat, terms)))
        matching.push(chat);
    }
    matching.sort((a, b) => b.requestedAt.localeCompare(a.requestedAt) || b.id.localeCompare(a.id));
    const page = matching.slice(offset, offset + limit);
    return {
      total: matching.length,
      hits: page.map((chat) => ({ chat, excerpt: terms.length === 0 ? null : excerptOf(chat, terms) })),
    };
  }

  private passes(chat: ChatRecord, query: ArchiveQuery): boolean {
    if (query.departmentId && chat.departmentId !== query.departmentId) return false;
    if (query.agentId && !agentsOf(chat).has(query.agentId)) return false;
    if (query.from || query.to) {
      const day = this.dayOf(chat.requestedAt);
      if ((query.from && day < query.from) || (query.to && day > query.to)) return false;
    }
    if (query.rating != null && chat.rating?.score !== query.rating) return false;
    if (query.ratedGood != null && (chat.rating === null || chat.rating.good !== query.ratedGood)) return false;
    return true;
  }

  private contains(chat: ChatRecord, terms: readonly string[]): boolean {
    let text = this.folded.get(chat.id);
    if (text === undefined || this.changed.has(chat.id)) {
      const agentNames = chat.transcript.flatMap((entry) =>
        entry.author.kind === 'AGENT'
          ? [entry.author.name]
          : entry.subject?.kind === 'AGENT'
            ? [entry.subject.name]
            : [],
      );
      const parts = [
        chat.visitor.name,
        chat.visitor.email ?? '',
        ...this.departmentNames(chat.departmentId),
        chat.agent?.name ?? '',
        ...agentNames,
        ...chat.transcript.map((entry) => entry.text),
      ];
      text = normalizeText(parts.join('\n'));
      this.folded.set(chat.id, text);
      this.changed.delete(chat.id);
    }
    return terms.every((term) => text.includes(term));
  }
}
