/**
 * What one query term matched, kept for the next query that has the term: visitors' queries
 * share their words and, while typing, their beginnings, so most terms were matched a moment ago.
 * One entry is each document's best score for the term (exact, prefix and one-typo matches
 * together), in the order the documents were first scored, in typed arrays (12 bytes a document). The index empties the cache whenever
 * it changes; the least recently used entries go first once `capacity` documents are held.
 */

export interface TermMatches {
  readonly docs: ArrayLike<number>;
  readonly scores: ArrayLike<number>;
}

export class TermMatchCache {
  private readonly entries = new Map<string, TermMatches>();
  private held = 0;

  /** `capacity`: document entries held in all, over every term. */
  constructor(private readonly capacity: number) {}

  /** Documents held, over every term. */
  get size(): number {
    return this.held;
  }

  get(key: string): TermMatches | undefined {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, matches: TermMatches): void {
    if (matches.docs.length > this.capacity) return;
    const replaced = this.entries.get(key);
    if (replaced !== undefined) this.held -= replaced.docs.length;
    this.entries.delete(key);
    this.entries.set(key, matches);
    this.held += matches.docs.length;
    for (const [oldest, evicted] of this.entries) {
      if (this.held <= this.capacity) break;
      this.entries.delete(oldest);
      this.held -= evicted.docs.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.held = 0;
  }
}
