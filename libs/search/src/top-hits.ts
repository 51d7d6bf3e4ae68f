/** The best `limit` hits of many, without sorting them all: a bounded min-heap on relevance. */
import type { SearchHit } from './search-index';

/** Exact error codes first, then more query terms matched, then the higher score, then the id. */
export const byRelevance = (a: SearchHit, b: SearchHit): number =>
  Number(b.exactErrorCode) - Number(a.exactErrorCode) ||
  b.matchedTerms - a.matchedTerms ||
  b.score - a.score ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class TopHits {
  /** A heap whose root is the worst hit kept. */
  private readonly heap: SearchHit[] = [];

  constructor(private readonly limit: number) {}

  /** Whether a hit like this could still make the list (saves building it). */
  wouldKeep(exactErrorCode: boolean, matchedTerms: number, score: number): boolean {
    if (this.heap.length < this.limit) return true;
    const worst = this.heap[0]!;
    return (
      Number(exactErrorCode) - Number(worst.exactErrorCode) > 0 ||
      (exactErrorCode === worst.exactErrorCode &&
        (matchedTerms > worst.matchedTerms || (matchedTerms === worst.matchedTerms && score >= worst.score)))
    );
  }

  offer(hit: SearchHit): void {
    if (this.limit === 0) return;
    if (this.heap.length < this.limit) {
      this.heap.push(hit);
      this.siftUp(this.heap.length - 1);
    } else if (byRelevance(hit, this.heap[0]!) < 0) {
      this.heap[0] = hit;
      this.siftDown(0);
    }
  }

  /** The hits kept, best first. */
  sorted(): SearchHit[] {
    return [...this.heap].sort(byRelevance);
  }

  private siftUp(index: number): void {
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (byRelevance(this.heap[index]!, this.heap[parent]!) <= 0) return;
      [this.heap[index], this.heap[parent]] = [this.heap[parent]!, this.heap[index]!];
      index = parent;
    }
  }

  private siftDown(index: number): void {
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let worst = index;
      if (left < this.heap.length && byRelevance(this.heap[left]!, this.heap[worst]!) > 0) worst = left;
      if (right < this.heap.length && byRelevance(this.heap[right]!, this.heap[worst]!) > 0) worst = right;
      if (worst === index) return;
      [this.heap[index], this.heap[worst]] = [this.heap[worst]!, this.heap[index]!];
      index = worst;
    }
  }
}
