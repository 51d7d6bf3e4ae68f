/** A set of agents by index as bits: adding up an hour's agents into a day's or a period's is a few word operations. */
const EMPTY = new Uint32Array(0);

export class AgentSet {
  private words: Uint32Array = EMPTY;

  add(index: number): void {
    const word = index >>> 5;
    if (word >= this.words.length) this.grow(word + 1);
    this.words[word]! |= 1 << (index & 31);
  }

  addAll(other: AgentSet): void {
    const words = other.words;
    if (words.length > this.words.length) this.grow(words.length);
    for (let word = 0; word < words.length; word++) this.words[word]! |= words[word]!;
  }

  get size(): number {
    let count = 0;
    for (let word of this.words) for (; word !== 0; count++) word &= word - 1;
    return count;
  }

  get empty(): boolean {
    return this.words.every((word) => word === 0);
  }

  private grow(length: number): void {
    const words = new Uint32Array(Math.max(length, this.words.length * 2));
    words.set(this.words);
    this.words = words;
  }
}
