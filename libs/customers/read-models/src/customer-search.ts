/**
 * Finding customers: by phone number in any format, email address or serial (exact, through the
 * directory), else by name in any of the desk's languages through the shared multilingual index.
 * A changed customer is (re)indexed lazily, just before the next name search, so a replay of
 * 100,000 records never indexes one twice.
 */
import { SearchIndex } from '@deskstream/search';
import { normaliseEmail, normalisePhone, normaliseSerial, type PhoneCountry } from '@deskstream/customers-domain';
import type { CustomerDirectory } from './customer-directory';
import type { CustomerRecord } from './records';

export type CustomerMatch = 'NAME' | 'PHONE' | 'EMAIL' | 'SERIAL';

export interface CustomerHit {
  customer: CustomerRecord;
  matchedBy: CustomerMatch;
}

export class CustomerSearch {
  private readonly index = new SearchIndex();
  private readonly dirty = new Map<string, CustomerRecord>();
  /** Customers not merged away by name (lower-cased, then id); null until the first list of all. */
  private byName: { key: string; record: CustomerRecord }[] | null = null;
  private readonly keyOf = new Map<string, string>();
  /** Changed since the list was last brought up to date. */
  private readonly unplaced = new Set<CustomerRecord>();

  constructor(
    private readonly directory: CustomerDirectory,
    private readonly country: PhoneCountry = null,
  ) {
    directory.onCustomerChanged((record) => {
      this.dirty.set(record.id, record);
      this.unplaced.add(record);
    });
  }

  private indexPending(): void {
    for (const [id, record] of this.dirty) {
      this.dirty.delete(id);
      if (record.mergedInto !== null) {
        this.index.remove(id);
        continue;
      }
      this.index.add({
        id,
        title: record.name,
        symptoms: record.emails,
        tags: [record.organisationType ?? '', record.requesterType ?? ''].filter(Boolean),
      });
    }
  }

  /**
   * Customers (not merged away) matching the query, exact contact points and serials first, then
   * the best name matches (at most 50); every customer by name when the query is blank.
   */
  search(query: string, accept: (record: CustomerRecord) => boolean = () => true): CustomerHit[] {
    const trimmed = query.trim();
    if (trimmed === '')
      return this.all()
        .filter(accept)
        .map((customer) => ({ customer, matchedBy: 'NAME' }));
    const hits: CustomerHit[] = [];
    const seen = new Set<string>();
    const add = (customer: CustomerRecord | undefined, matchedBy: CustomerMatch) => {
      if (!customer || seen.has(customer.id) || customer.mergedInto !== null || !accept(customer)) return;
      seen.add(customer.id);
      hits.push({ customer, matchedBy });
    };
    if (trimmed.includes('@')) {
      const email = normaliseEmail(trimmed);
      if (email) add(this.directory.byEmail(email), 'EMAIL');
    }
    const phone = /\d|[\u06f0-\u06f9\u0660-\u0669]/.test(trimmed) ? normalisePhone(trimmed, this.country) : undefined;
    if (phone) add(this.directory.byPhone(phone), 'PHONE');
    for (const registration of this.directory.registrationsBySerial(normaliseSerial(trimmed)))
      add(this.directory.resolve(registration.customerId), 'SERIAL');
    // A number, an address or a serial that found its customer, or a query without letters, is not looked for among names.
    if (hits.length > 0 || !/\p{L}/u.test(trimmed)) return hits;
    this.indexPending();
    const names = this.index.search(trimmed, {
      limit: 50,
      filter: (id) => {
        const record = this.directory.customers.get(id);
        return record !== undefined && record.mergedInto === null && accept(record);
      },
    });
    for (const hit of names.hits) add(this.directory.customers.get(hit.id), 'NAME');
    return hits;
  }

  /**
   * Every customer not merged away, by name: sorted once (after a replay, or many changes), then
   * kept in order by moving each changed customer to its place.
   */
  private all(): CustomerRecord[] {
    const keyOf = (record: CustomerRecord) => `${record.name.toLocaleLowerCase()}\u0000${record.id}`;
    if (!this.byName || this.unplaced.size > 1_000) {
      this.byName = [];
      this.keyOf.clear();
      for (const record of this.directory.customers.values()) {
        if (record.mergedInto !== null) continue;
        const key = keyOf(record);
        this.byName.push({ key, record });
        this.keyOf.set(record.id, key);
      }
      this.byName.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    } else {
      for (const record of this.unplaced) {
        const old = this.keyOf.get(record.id);
        if (old !== undefined) {
          const at = this.lowerBound(old);
          if (this.byName[at]?.key === old) this.byName.splice(at, 1);
          this.keyOf.delete(record.id);
        }
        if (record.mergedInto !== null) continue;
        const key = keyOf(record);
        this.byName.splice(this.lowerBound(key), 0, { key, record });
        this.keyOf.set(record.id, key);
      }
    }
    this.unplaced.clear();
    return this.byName.map((entry) => entry.record);
  }

  private lowerBound(key: string): number {
    const list = this.byName!;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (list[middle]!.key < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
