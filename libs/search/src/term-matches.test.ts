import { describe, expect, it } from 'vitest';
import { TermMatchCache, type TermMatches } from './term-matches';

const matches = (...docs: number[]): TermMatches => ({ docs, scores: docs.map((doc) => doc / 10) });

describe('TermMatchCache', () => {
  it('gives back what was kept for a term', () => {
    const cache = new TermMatchCache(100);
    const kept = matches(1, 2, 3);
    cache.set('install', kept);
    expect(cache.get('install')).toBe(kept);
    expect(cache.get('installer')).toBeUndefined();
    expect(cache.size).toBe(3);
  });

  it('lets the least recently used terms go once it holds more documents than its capacity', () => {
    const cache = new TermMatchCache(5);
    cache.set('a', matches(1, 2));
    cache.set('b', matches(3, 4));
    cache.get('a');
    cache.set('c', matches(5, 6));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.size).toBe(4);
  });

  it('never keeps a term that alone exceeds the capacity, and empties on clear', () => {
    const cache = new TermMatchCache(2);
    cache.set('common', matches(1, 2, 3));
    expect(cache.get('common')).toBeUndefined();
    cache.set('rare', matches(1));
    cache.set('rare', matches(1, 2));
    expect(cache.size).toBe(2);
    cache.clear();
    expect(cache.get('rare')).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
