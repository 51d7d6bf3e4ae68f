/**
 * One timeline per customer, as a projection: every chat, offline question, ticket, call,
 * knowledge-base question, booking and registration is one entry filed under the contact points
 * (and customer id) it names. A customer's timeline is the union, at query time, of the entries
 * under its contact points and those of duplicates merged into it, so a contact point added later
 * or a merge still finds all the history. Entries are references with a few words and a state.
 */
import type { PhoneCountry } from '@deskstream/customers-domain';
import type { CustomerDirectory } from './customer-directory';
import type { TimelineEntry, TimelineKind } from './records';
import type { TimelineSourceEvent } from './timeline-source-types';
import { timelineUpdate } from './timeline-sources';

interface StoredEntry extends TimelineEntry {
  keys: string[];
  /** `at|id`: newest first is this, descending. */
  sortKey: string;
}

export interface TimelinePageRequest {
  first: number;
  after?: string | null;
  kinds?: readonly TimelineKind[] | null;
}

export interface TimelinePage {
  entries: TimelineEntry[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export const encodeCursor = (entry: Pick<TimelineEntry, 'at' | 'id'>) =>
  Buffer.from(`${entry.at}|${entry.id}`, 'utf8').toString('base64url');

/** The sort key a cursor stands for, or undefined when it is not one this list gave. */
export function decodeCursor(cursor: string): string | undefined {
  if (cursor.length > 400 || !/^[A-Za-z0-9_-]*$/.test(cursor)) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return text.includes('|') ? text : undefined;
}

export class CustomerTimelines {
  private readonly entries = new Map<string, StoredEntry>();
  private readonly byKey = new Map<string, Set<string>>();

  constructor(
    private readonly directory: CustomerDirectory,
    private readonly country: PhoneCountry = null,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  apply(event: TimelineSourceEvent): boolean {
    const update = timelineUpdate(event, this.country);
    if (!update) return false;
    const id = `${update.kind}:${update.refId}`;
    let entry = this.entries.get(id);
    if (!entry) {
      // An update may come before the event that starts its entry (a PBX's hangup before its newCall).
      entry = {
        id,
        kind: update.kind,
        refId: update.refId,
        ticketNumber: null,
        at: update.at ?? update.updatedAt,
        updatedAt: update.updatedAt,
        summary: '',
        state: update.state ?? '',
        via: '',
        keys: [],
        sortKey: '',
      };
      this.entries.set(id, entry);
    }
    if (update.keys) {
      if (update.at) entry.at = update.at;
      entry.sortKey = `${entry.at}|${entry.id}`;
      for (const key of update.keys) {
        if (entry.keys.includes(key)) continue;
        entry.keys.push(key);
        const set = this.byKey.get(key) ?? new Set<string>();
        set.add(id);
        this.byKey.set(key, set);
      }
    }
    if (update.updatedAt > entry.updatedAt) entry.updatedAt = update.updatedAt;
    if (update.summary !== undefined) entry.summary = update.summary;
    // A start event arriving late never overrides a state a later event set.
    if (update.state !== undefined && !(update.keys && entry.state !== '' && entry.updatedAt > update.updatedAt))
      entry.state = update.state;
    if (update.ticketNumber !== undefined) entry.ticketNumber = update.ticketNumber;
    return update.keys === undefined || update.keys.length > 0 || entry.keys.length > 0;
  }

  /** A customer's stored entries with the key that found each, newest first. */
  private found(customerId: string, kinds?: readonly TimelineKind[] | null): [StoredEntry, string][] {
    const found = new Map<string, [StoredEntry, string]>();
    for (const key of this.directory.timelineKeys(customerId)) {
      for (const id of this.byKey.get(key) ?? []) {
        if (found.has(id)) continue;
        const stored = this.entries.get(id)!;
        if (kinds && kinds.length > 0 && !kinds.includes(stored.kind)) continue;
        found.set(id, [stored, key]);
      }
    }
    return [...found.values()].sort(([a], [b]) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0));
  }

  /** All entries of a customer (following its contact points and merged duplicates), newest first. */
  entriesOf(customerId: string, kinds?: readonly TimelineKind[] | null): TimelineEntry[] {
    return this.found(customerId, kinds).map(([stored, key]) => this.view(stored, key));
  }

  /** A page of a customer's timeline, newest first; `after` a cursor from an earlier page. */
  page(customerId: string, request: TimelinePageRequest): TimelinePage {
    const all = this.found(customerId, request.kinds);
    const after = request.after ? decodeCursor(request.after) : undefined;
    const start = after === undefined ? 0 : all.findIndex(([entry]) => entry.sortKey < after);
    const from = start < 0 ? all.length : start;
    const entries = all.slice(from, from + request.first).map(([stored, key]) => this.view(stored, key));
    const last = entries.at(-1);
    return {
      entries,
      endCursor: last ? encodeCursor(last) : null,
      hasNextPage: from + entries.length < all.length,
      totalCount: all.length,
    };
  }

  /** The ids of a customer's tickets in a state other than the given ones (e.g. not closed). */
  ticketIdsOf(customerId: string, excludedStates: readonly string[]): string[] {
    return this.entriesOf(customerId, ['TICKET'])
      .filter((entry) => !excludedStates.includes(entry.state))
      .map((entry) => entry.refId);
  }

  private view(stored: StoredEntry, via: string): TimelineEntry {
    const { keys: _keys, sortKey: _sortKey, ...entry } = stored;
    let summary = entry.summary;
    if (entry.kind === 'REGISTRATION') {
      const registration = this.directory.registrations.get(entry.refId);
      const product = registration ? this.directory.products.get(registration.productKey) : undefined;
      if (product && registration)
        summary = registration.version ? `${product.name} ${registration.version}` : product.name;
    }
    return { ...entry, summary, via: via.slice(2) };
  }
}
