/**
 * Every term's postings (the documents it appears in, with its weight in each) in two shared typed
 * arrays, one block per term, instead of two arrays per term: a term is a number, interned once,
 * and a posting entry is 8 bytes (a document number and a 32-bit weight), with no object per term
 * or per entry. A block that fills up moves to the end at twice its size; the space left behind
 * is reclaimed by compacting once it is half of what is used. Removing swaps the block's last
 * entry in, so order carries no meaning. Term numbers are not reused.
 */
export class PostingStore {
  private readonly numbers = new Map<string, number>();
  private readonly terms: string[] = [];
  private starts = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private capacities = new Int32Array(1024);
  /** Documents having the term as a word (not only as neighbours joined). */
  private wordCounts = new Int32Array(1024);
  private docs = new Int32Array(1 << 16);
  private weights = new Float32Array(1 << 16);
  private used = 0;
  private abandoned = 0;

  /** The term's number, or -1 when no document has it. */
  termNumber(term: string): number {
    return this.numbers.get(term) ?? -1;
  }

  term(number: number): string {
    return this.terms[number]!;
  }

  /** How many documents the term (by number) appears in. */
  size(number: number): number {
    return number < 0 ? 0 : this.lengths[number]!;
  }

  /** The term's number, interning it the first time. */
  intern(term: string): number {
    let number = this.numbers.get(term);
    if (number === undefined) {
      number = this.terms.length;
      this.terms.push(term);
      this.numbers.set(term, number);
      if (number >= this.starts.length) {
        const size = this.starts.length * 2;
        this.starts = grown(this.starts, size);
        this.lengths = grown(this.lengths, size);
        this.capacities = grown(this.capacities, size);
        this.wordCounts = grown(this.wordCounts, size);
      }
    }
    return number;
  }

  /** Counts one document more (`change` 1) or less (-1) having the term as a word; the count after. */
  countWord(number: number, change: number): number {
    return (this.wordCounts[number]! += change);
  }

  add(number: number, doc: number, weight: number): void {
    const length = this.lengths[number]!;
    if (length === this.capacities[number]) this.move(number, Math.max(2, length * 2));
    const at = this.starts[number]! + length;
    this.docs[at] = doc;
    this.weights[at] = weight;
    this.lengths[number] = length + 1;
  }

  /** Takes the document out of the term's postings; true when no document has the term any more. */
  delete(number: number, doc: number): boolean {
    const start = this.starts[number]!;
    const last = start + this.lengths[number]! - 1;
    for (let at = start; at <= last; at++) {
      if (this.docs[at] !== doc) continue;
      this.docs[at] = this.docs[last]!;
      this.weights[at] = this.weights[last]!;
      this.lengths[number]!--;
      break;
    }
    if (this.lengths[number] !== 0) return false;
    this.numbers.delete(this.terms[number]!);
    this.terms[number] = '';
    this.abandoned += this.capacities[number]!;
    this.capacities[number] = 0;
    return true;
  }

  /** The arrays a term's block lives in, for loops that must not allocate: entries `start` to `end`. */
  block(number: number): { docs: Int32Array; weights: Float32Array; start: number; end: number } {
    const start = this.starts[number]!;
    return { docs: this.docs, weights: this.weights, start, end: start + this.lengths[number]! };
  }

  private move(number: number, capacity: number): void {
    if (this.used + capacity > this.docs.length) {
      if (this.abandoned * 2 > this.used) this.compact();
      if (this.used + capacity > this.docs.length) {
        const size = Math.max(this.used + capacity, Math.ceil(this.docs.length * 1.5));
        this.docs = grown(this.docs, size);
        this.weights = grown(this.weights, size);
      }
    }
    const start = this.starts[number]!;
    const length = this.lengths[number]!;
    this.docs.copyWithin(this.used, start, start + length);
    this.weights.copyWithin(this.used, start, start + length);
    this.abandoned += this.capacities[number]!;
    this.starts[number] = this.used;
    this.capacities[number] = capacity;
    this.used += capacity;
  }

  /** Packs every live block, with room for what it holds and a quarter more. */
  private compact(): void {
    const docs = new Int32Array(this.docs.length);
    const weights = new Float32Array(this.docs.length);
    let used = 0;
    for (let number = 0; number < this.terms.length; number++) {
      const length = this.lengths[number]!;
      if (length === 0) continue;
      const start = this.starts[number]!;
      docs.set(this.docs.subarray(start, start + length), used);
      weights.set(this.weights.subarray(start, start + length), used);
      this.starts[number] = used;
      this.capacities[number] = length + (length >> 2);
      used += this.capacities[number]!;
    }
    this.docs = docs;
    this.weights = weights;
    this.used = used;
    this.abandoned = 0;
  }
}

function grown<T extends Int32Array | Float32Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(size);
  bigger.set(array);
  return bigger;
}
