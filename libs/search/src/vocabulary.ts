/**
 * The terms an index holds, kept sorted for prefix look-ups (search as you type) and keyed by
 * one-letter deletions for typo-tolerant look-ups. New terms wait in a buffer and are merged in
 * at the next look-up, so loading many documents costs one sort, not one insertion each.
 */
import { oneLetterDeletions, withinOneEdit } from './edit-distance';

/** Terms this short are never matched with a typo: too many words are one letter apart. */
export const MIN_FUZZY_LENGTH = 4;
const HAS_DIGIT = /\p{N}/u;

/** Numbers (and codes with digits) must match exactly: 1603 is not 1608. */
export const allowsTypos = (term: string): boolean => term.length >= MIN_FUZZY_LENGTH && !HAS_DIGIT.test(term);

export class Vocabulary {
  private sorted: string[] = [];
  private pending: string[] = [];
  private readonly present = new Set<string>();
  /** A term, or a term with one letter dropped → the terms it stands for. */
  private readonly neighbours = new Map<string, Set<string>>();

  get size(): number {
    return this.present.size;
  }

  add(term: string): void {
    if (this.present.has(term)) return;
    this.present.add(term);
    this.pending.push(term);
    for (const key of this.fuzzyKeys(term)) {
      let terms = this.neighbours.get(key);
      if (!terms) this.neighbours.set(key, (terms = new Set()));
      terms.add(term);
    }
  }

  delete(term: string): void {
    if (!this.present.delete(term)) return;
    for (const key of this.fuzzyKeys(term)) {
      const terms = this.neighbours.get(key);
      terms?.delete(term);
      if (terms?.size === 0) this.neighbours.delete(key);
    }
    // The sorted list is compacted at the next merge; look-ups skip terms no longer present.
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
    const found = new Set<string>();
    for (const key of [term, ...oneLetterDeletions(term)]) {
      for (const candidate of this.neighbours.get(key) ?? []) {
        if (candidate !== term && withinOneEdit(candidate, term)) found.add(candidate);
      }
    }
    return [...found];
  }

  private fuzzyKeys(term: string): string[] {
    if (term.length < MIN_FUZZY_LENGTH - 1 || HAS_DIGIT.test(term)) return [];
    return term.length >= MIN_FUZZY_LENGTH ? [term, ...oneLetterDeletions(term)] : [term];
  }

  private merge(): void {
    if (this.pending.length === 0 && this.sorted.length <= this.present.size * 2) return;
    const fresh = this.pending.sort(compare);
    this.pending = [];
    const merged: string[] = [];
    let a = 0;
    let b = 0;
    while (a < this.sorted.length || b < fresh.length) {
      const next = b >= fresh.length || (a < this.sorted.length && compare(this.sorted[a]!, fresh[b]!) <= 0) ? this.sorted[a++]! : fresh[b++]!;
      if (this.present.has(next) && merged[merged.length - 1] !== next) merged.push(next);
    }
    this.sorted = merged;
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
