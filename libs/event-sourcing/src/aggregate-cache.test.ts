import { describe, expect, it } from 'vitest';
import { AggregateCache, eventIdFingerprint, type CachedAggregate } from './aggregate-cache';
import { eventIdFor } from './event-ids';

const deciderA = { name: 'a' };
const deciderB = { name: 'b' };
const entry = (revision: bigint, decider: object = deciderA): CachedAggregate<{ n: bigint }> => ({
  decider,
  state: { n: revision },
  revision,
  lastPosition: { commit: revision, prepare: revision },
  eventIds: new Set([Number(revision)]),
});
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('AggregateCache', () => {
  it('keeps at most its size, forgetting the least recently used first', () => {
    const cache = new AggregateCache({ streams: 2 });
    cache.remember('chat-1', entry(1n));
    cache.remember('chat-2', entry(2n));
    expect(cache.get('chat-1', deciderA)?.revision).toBe(1n); // chat-1 is now the most recent
    cache.remember('chat-3', entry(3n));
    expect(['chat-1', 'chat-2', 'chat-3'].map((s) => cache.has(s))).toEqual([true, false, true]);
    cache.remember('chat-1', entry(4n)); // replacing keeps one entry, and makes it the most recent
    cache.remember('chat-4', entry(5n));
    expect(['chat-1', 'chat-3', 'chat-4'].map((s) => cache.has(s))).toEqual([true, false, true]);
    expect(cache.get('chat-1', deciderA)?.revision).toBe(4n);
    expect(cache.stats()).toEqual({ streams: 2, capacity: 2, hits: 0, misses: 0, evictions: 2 });
  });

  it('gives a stream only to the decider that folded it', () => {
    const cache = new AggregateCache();
    cache.remember('chat-1', entry(1n, deciderA));
    expect(cache.get('chat-1', deciderB)).toBeUndefined();
    expect(cache.get('chat-1', deciderA)?.state).toEqual({ n: 1n });
  });

  it('forgets on demand, and remembers nothing with a size of 0', () => {
    const cache = new AggregateCache();
    cache.remember('chat-1', entry(1n));
    cache.forget('chat-1');
    expect(cache.get('chat-1', deciderA)).toBeUndefined();
    const none = new AggregateCache({ streams: 0 });
    none.remember('chat-1', entry(1n));
    expect(none.stats()).toMatchObject({ streams: 0, capacity: 0, evictions: 0 });
  });

  it('holds 10,000 streams by default and refuses a size that is not a whole number from 0', () => {
    expect(new AggregateCache().capacity).toBe(10_000);
    for (const streams of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => new AggregateCache({ streams })).toThrow(/whole number of streams/);
  });

  it('counts commands decided from memory and those that read', () => {
    const cache = new AggregateCache();
    cache.count(true);
    cache.count(false);
    cache.count(true);
    expect(cache.stats()).toMatchObject({ hits: 2, misses: 1 });
  });

  describe('exclusive', () => {
    it('runs the work of one stream one at a time, in the order it came', async () => {
      const cache = new AggregateCache();
      const log: string[] = [];
      let running = 0;
      let most = 0;
      const work = (name: string, ticks: number) => async () => {
        running++;
        most = Math.max(most, running);
        log.push(`start ${name}`);
        for (let i = 0; i < ticks; i++) await tick();
        log.push(`end ${name}`);
        running--;
        return name;
      };
      const results = await Promise.all([
        cache.exclusive('chat-1', work('a', 3)),
        cache.exclusive('chat-1', work('b', 1)),
        cache.exclusive('chat-1', work('c', 2)),
      ]);
      expect(results).toEqual(['a', 'b', 'c']);
      expect(most).toBe(1);
      expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
      expect(cache.busyStreams).toBe(0);
    });

    it('runs the work of different streams side by side', async () => {
      const cache = new AggregateCache();
      let release!: () => void;
      const blocked = cache.exclusive('chat-1', () => new Promise<void>((resolve) => (release = resolve)));
      const other = await cache.exclusive('chat-2', async () => 'not blocked');
      expect(other).toBe('not blocked');
      expect(cache.busyStreams).toBe(1);
      release();
      await blocked;
      expect(cache.busyStreams).toBe(0);
    });

    it('goes on with the next work after one fails', async () => {
      const cache = new AggregateCache();
      const failing = cache.exclusive('chat-1', async () => {
        await tick();
        throw new Error('store unavailable');
      });
      const next = cache.exclusive('chat-1', async () => 'ran');
      await expect(failing).rejects.toThrow('store unavailable');
      await expect(next).resolves.toBe('ran');
      expect(cache.busyStreams).toBe(0);
    });
  });
});

describe('eventIdFingerprint', () => {
  it('gives the same small whole number for the same id, and rarely the same for two ids', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => eventIdFor(`command-${i}`, i % 3));
    const prints = ids.map(eventIdFingerprint);
    expect(ids.map(eventIdFingerprint)).toEqual(prints);
    for (const print of prints) expect(Number.isInteger(print) && print >= 0 && print < 2 ** 30).toBe(true);
    // 10,000 ids in 2^30 values: about 0.05 collisions expected.
    expect(10_000 - new Set(prints).size).toBeLessThan(3);
  });
});
