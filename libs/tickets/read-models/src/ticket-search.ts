/**
 * Full-text search over tickets with the desk's multilingual normaliser (fa, ja, vi, en): the
 * subject weighs most, then the number and the requester, the tags, then every message, reply
 * and note. Tickets are (re)indexed lazily, just before a search, so a burst of events on one
 * ticket costs one indexing.
 */
import { SearchIndex } from '@deskstream/search';
import type { TicketRecord } from './ticket-record';

/** Text of a ticket's messages indexed at most (the start of a long thread is what people search for). */
const BODY_CHARACTERS = 20_000;

export class TicketSearch {
  private readonly index = new SearchIndex();
  private readonly dirty = new Map<string, TicketRecord>();

  changed(record: TicketRecord): void {
    this.dirty.set(record.id, record);
  }

  private flush(): void {
    for (const record of this.dirty.values()) {
      let body = '';
      for (const entry of record.timeline) {
        if (entry.text === undefined) continue;
        body += `${entry.text}\n`;
        if (body.length > BODY_CHARACTERS) break;
      }
      this.index.add({
        id: record.id,
        title: record.subject,
        errorCodes: [String(record.number), `#${record.number}`],
        symptoms: [record.requester.name, record.requester.email ?? '', record.product ?? ''].filter(Boolean),
        tags: record.tags,
        body: body.slice(0, BODY_CHARACTERS),
      });
    }
    this.dirty.clear();
  }

  /** The ids of the best matches the filter accepts (at most 50), best first. */
  search(query: string, accept: (id: string) => boolean): string[] {
    this.flush();
    return this.index.search(query, { limit: 50, filter: accept }).hits.map((hit) => hit.id);
  }
}
