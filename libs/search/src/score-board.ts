/**
 * Scratch space for one search, reused by the next: per document, the best score for the query
 * term being matched and the running total and count of terms matched, in typed arrays indexed by
 * the index's document numbers, with lists of the documents touched so resetting costs only what
 * was used.
 */
import type { TermMatches } from './term-matches';
export class ScoreBoard {
  private termBest = new Float64Array(1024);
  private totals = new Float64Array(1024);
  private matchedTerms = new Uint16Array(1024);
  private termTouched = new Int32Array(1024);
  private termCount = 0;
  private touched = new Int32Array(1024);
  private touchedCount = 0;

  /** Makes room for document numbers below `capacity`. */
  ensure(capacity: number): void {
    if (capacity <= this.totals.length) return;
    const size = Math.max(capacity, this.totals.length * 2);
    this.termBest = new Float64Array(size);
    this.totals = new Float64Array(size);
    this.matchedTerms = new Uint16Array(size);
    this.termTouched = new Int32Array(size);
    this.touched = new Int32Array(size);
  }

  /** Offers a score for the current term; the best offer per document counts. */
  offer(doc: number, score: number): void {
    const best = this.termBest[doc]!;
    if (best === 0) this.termTouched[this.termCount++] = doc;
    if (score > best) this.termBest[doc] = score;
  }

  /** Offers every document of a term's matches (as `currentTerm` gave them) at once. */
  offerAll(matches: TermMatches): void {
    const { docs, scores } = matches;
    if (this.termCount === 0) {
      // A fresh term: every offer is the first for its document.
      this.termTouched.set(docs);
      for (let index = 0; index < docs.length; index++) this.termBest[docs[index]!] = scores[index]!;
      this.termCount = docs.length;
      return;
    }
    for (let index = 0; index < docs.length; index++) this.offer(docs[index]!, scores[index]!);
  }

  /** The current term's offers so far: each document's best score, in the order first offered. */
  currentTerm(): TermMatches {
    const docs = this.termTouched.slice(0, this.termCount);
    const scores = new Float64Array(this.termCount);
    for (let index = 0; index < this.termCount; index++) {
      scores[index] = this.termBest[docs[index]!]!;
    }
    return { docs, scores };
  }

  /** Adds the current term's scores to the totals and gets ready for the next term. */
  endTerm(): void {
    for (let index = 0; index < this.termCount; index++) {
      const doc = this.termTouched[index]!;
      if (this.matchedTerms[doc] === 0) this.touched[this.touchedCount++] = doc;
      this.totals[doc]! += this.termBest[doc]!;
      this.matchedTerms[doc]!++;
      this.termBest[doc] = 0;
    }
    this.termCount = 0;
  }

  get documentCount(): number {
    return this.touchedCount;
  }

  document(index: number): number {
    return this.touched[index]!;
  }

  total(doc: number): number {
    return this.totals[doc]!;
  }

  matched(doc: number): number {
    return this.matchedTerms[doc]!;
  }

  /** Clears what this search used. */
  reset(): void {
    for (let index = 0; index < this.touchedCount; index++) {
      const doc = this.touched[index]!;
      this.totals[doc] = 0;
      this.matchedTerms[doc] = 0;
    }
    this.touchedCount = 0;
  }
}
