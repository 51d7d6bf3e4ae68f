/**
 * The documents one term appears in, with the term's weight in each: two parallel arrays, so a
 * search walks them without allocating. Removing swaps the last entry in; order carries no meaning.
 */
export class Posting {
  readonly docs: number[] = [];
  readonly weights: number[] = [];

  get size(): number {
    return this.docs.length;
  }

  add(doc: number, weight: number): void {
    this.docs.push(doc);
    this.weights.push(weight);
  }

  delete(doc: number): void {
    const index = this.docs.indexOf(doc);
    if (index === -1) return;
    const last = this.docs.length - 1;
    this.docs[index] = this.docs[last]!;
    this.weights[index] = this.weights[last]!;
    this.docs.pop();
    this.weights.pop();
  }
}
