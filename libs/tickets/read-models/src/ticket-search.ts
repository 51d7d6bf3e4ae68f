/**
 * Full-text search over tickets with the desk's multilingual normaliser (fa, ja, vi, en): the
 * subject weighs most, then the number and the requester, the tags, then every message, reply
 * and note. A changed ticket is (re)indexed once, later: by the api's background indexer in small
 * batches, or just before a search at the latest, so a burst of events on one ticket costs one
 * indexing and a replay never indexes a ticket more than once.
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

  /** Tickets changed and not yet (re)indexed. */
  get pending(): number {
    return this.dirty.size;
  }

  /** Indexes at most `limit` of the changed tickets, in the order they first changed; answers how many wait still. */
  indexPending(limit: number): number {
    let indexed = 0;
    for (const [id, record] of this.dirty) {
      if (indexed === limit) break;
      this.dirty.delete(id);
      this.indexOne(record);
      indexed += 1;
    }
    return this.dirty.size;
  }

  private indexOne(record: TicketRecord): void {
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

  /** The ids of the best matches the filter accepts (at most 50), best first. */
  search(query: string, accept: (id: string) => boolean): string[] {
    this.indexPending(Number.POSITIVE_INFINITY);
    return this.index.search(query, { limit: 50, filter: accept }).hits.map((hit) => hit.id);
  }
}
