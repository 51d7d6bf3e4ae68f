import { describe, expect, it } from 'vitest';
import { PostingStore } from './posting-store';

const entries = (store: PostingStore, number: number) => {
  const { docs, weights, start, end } = store.block(number);
  const found: [number, number][] = [];
  for (let at = start; at < end; at++) found.push([docs[at]!, weights[at]!]);
  return found.sort((a, b) => a[0] - b[0]);
};

describe('PostingStore', () => {
  it('keeps each term’s documents and weights apart while blocks grow and move', () => {
    const store = new PostingStore();
    const terms = Array.from({ length: 3_000 }, (_, index) => store.intern(`term${index}`));
    for (let doc = 0; doc < 40; doc++)
      for (const number of terms) if (number % (doc + 1) === 0) store.add(number, doc, doc + 0.5);
    expect(store.size(terms[0]!)).toBe(40);
    expect(entries(store, terms[6]!)).toEqual([0, 1, 2, 5].map((doc) => [doc, doc + 0.5]));
    expect(store.termNumber('term6')).toBe(terms[6]);
    expect(store.term(terms[6]!)).toBe('term6');
  });

  it('removes documents, forgets a term nobody has, and never reuses its number', () => {
    const store = new PostingStore();
    const number = store.intern('setup');
    store.add(number, 1, 2);
    store.add(number, 2, 3);
    expect(store.delete(number, 1)).toBe(false);
    expect(entries(store, number)).toEqual([[2, 3]]);
    expect(store.delete(number, 2)).toBe(true);
    expect(store.termNumber('setup')).toBe(-1);
    expect(store.size(store.termNumber('setup'))).toBe(0);
    expect(store.intern('setup')).not.toBe(number);
  });

  it('compacts the space left behind without losing entries', () => {
    const store = new PostingStore();
    const numbers = Array.from({ length: 5_000 }, (_, index) => store.intern(`t${index}`));
    for (let round = 0; round < 30; round++) {
      for (const number of numbers) store.add(number, round, round);
      for (const number of numbers) if (round % 3 === 2) store.delete(number, round - 1);
    }
    for (const number of [numbers[0]!, numbers[4_999]!]) expect(store.size(number)).toBe(20);
    expect(entries(store, numbers[17]!).map(([doc]) => doc)).toEqual(
      Array.from({ length: 30 }, (_, round) => round).filter((round) => round % 3 !== 1),
    );
  });
});
