/**
 * The terms an index holds, kept sorted for prefix look-ups (search as you type) and keyed by
 * one-letter deletions for typo-tolerant look-ups. New terms wait in a buffer and are merged in
 * at the next look-up, so loading many documents costs one sort, not one insertion each.
 */
import { withinOneEdit } from './edit-distance';

/** Terms this short are never matched with a typo: too many words are one letter apart. */
export const MIN_FUZZY_LENGTH = 4;
const HAS_DIGIT = /\p{N}/u;

/** Numbers (and codes with digits) must match exactly: 1603 is not 1608. */
export const allowsTypos = (term: string): boolean => term.length >= MIN_FUZZY_LENGTH && !HAS_DIGIT.test(term);

export class Vocabulary {
  private sorted: string[] = [];
  private pending: string[] = [];
  private readonly present = new Set<string>();
  private readonly typos = new TypoKeys();

  get size(): number {
    return this.present.size;
  }

  add(term: string): void {
    if (this.present.has(term)) return;
    this.present.add(term);
    this.pending.push(term);
    if (!hasFuzzyKeys(term)) return;
    if (this.typos.full) this.typos.rebuild([...this.present].filter(hasFuzzyKeys));
    else this.typos.add(term);
  }

  delete(term: string): void {
    if (!this.present.delete(term)) return;
    if (hasFuzzyKeys(term)) this.typos.forget();
    // The sorted list and the typo keys are compacted later; look-ups skip terms no longer present.
  }

  /** Terms starting with `prefix`, in order, at most `limit` of them, the prefix itself included if present. */
  withPrefix(prefix: string, limit: number): string[] {
    this.merge();
    const found: string[] = [];
    for (let index = lowerBound(this.sorted, prefix); index < this.sorted.length && found.length < limit; index++) {
      const term = this.sorted[index]!;
      if (!term.startsWith(prefix)) break;
      if (this.present.has(term)) found.push(term);
    }
    return found;
  }

  /** Terms one edit away from `term` (not the term itself). */
  withinOneEdit(term: string): string[] {
    if (!allowsTypos(term)) return [];
    if (this.typos.stale > this.present.size) this.typos.rebuild([...this.present].filter(hasFuzzyKeys));
    const found = new Set<string>();
    for (let skip = -1; skip < term.length; skip++) {
      this.typos.candidates(hashWithout(term, skip), (candidate) => {
        if (candidate !== term && this.present.has(candidate) && withinOneEdit(candidate, term)) found.add(candidate);
      });
    }
    return [...found];
  }

  private merge(): void {
    if (this.pending.length === 0 && this.sorted.length <= this.present.size * 2) return;
    const fresh = this.pending.sort(compare);
    this.pending = [];
    const merged: string[] = [];
    let a = 0;
    let b = 0;
    while (a < this.sorted.length || b < fresh.length) {
      const next =
        b >= fresh.length || (a < this.sorted.length && compare(this.sorted[a]!, fresh[b]!) <= 0)
          ? this.sorted[a++]!
          : fresh[b++]!;
      if (this.present.has(next) && merged[merged.length - 1] !== next) merged.push(next);
    }
    this.sorted = merged;
  }
}

const hasFuzzyKeys = (term: string): boolean => term.length >= MIN_FUZZY_LENGTH - 1 && !HAS_DIGIT.test(term);

/**
 * The typo look-up: a term of four letters or more is found under its own hash and the hash of
 * each of its one-letter deletions (a three-letter term under its own), so a query meets every
 * term one edit away by looking up its own keys. Keys are 32-bit hashes packed with a term's slot
 * into one sorted Float64Array (8 bytes a key, no string or set per key); a hash collision only
 * adds a candidate that `withinOneEdit` then rejects.
 */
class TypoKeys {
  private keys = new Float64Array(0);
  private pending: number[] = [];
  private terms: string[] = [];
  /** Keys of terms no longer in the vocabulary. */
  stale = 0;

  add(term: string): void {
    const slot = this.terms.length;
    this.terms.push(term);
    if (term.length < MIN_FUZZY_LENGTH) this.pending.push(pack(hashWithout(term, -1), slot));
    else for (let skip = -1; skip < term.length; skip++) this.pending.push(pack(hashWithout(term, skip), slot));
  }

  get full(): boolean {
    return this.terms.length >= SLOTS;
  }

  forget(): void {
    this.stale++;
  }

  rebuild(terms: string[]): void {
    this.keys = new Float64Array(0);
    this.pending = [];
    this.terms = [];
    this.stale = 0;
    for (const term of terms) this.add(term);
  }

  candidates(hash: number, visit: (term: string) => void): void {
    this.merge();
    const keys = this.keys;
    for (
      let index = lowerBound(keys, hash * SLOTS);
      index < keys.length && keys[index]! < (hash + 1) * SLOTS;
      index++
    ) {
      visit(this.terms[keys[index]! % SLOTS]!);
    }
  }

  private merge(): void {
    if (this.pending.length === 0) return;
    const fresh = Float64Array.from(this.pending).sort();
    this.pending = [];
    const old = this.keys;
    const merged = new Float64Array(old.length + fresh.length);
    let a = 0;
    let b = 0;
    for (let at = 0; at < merged.length; at++)
      merged[at] = b >= fresh.length || (a < old.length && old[a]! <= fresh[b]!) ? old[a++]! : fresh[b++]!;
    this.keys = merged;
  }
}

/** Term slots per hash: 2^21 terms, so a hash and a slot fit a double exactly (53 bits). */
const SLOTS = 2 ** 21;
const pack = (hash: number, slot: number): number => hash * SLOTS + slot;

/** FNV-1a over the term's UTF-16 code units, leaving out the one at `skip` (none when -1). */
function hashWithout(term: string, skip: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < term.length; index++) {
    if (index === skip) continue;
    hash = Math.imul(hash ^ term.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function lowerBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
