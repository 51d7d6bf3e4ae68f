import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Position } from '@deskstream/event-sourcing';
import { formatPositionHeader, parsePositionHeader, readYourWrites } from './read-your-writes';

/** A runner whose read models reach a position only when the test says so. */
function fakeRunner() {
  let reached: Position = { commit: 0n, prepare: 0n };
  const waiting: { position: Position; resolve: () => void }[] = [];
  const isReached = (position: Position) =>
    reached.commit > position.commit || (reached.commit === position.commit && reached.prepare >= position.prepare);
  return {
    runner: {
      waitFor(position: Position | undefined) {
        if (!position || isReached(position)) return Promise.resolve();
        return new Promise<void>((resolve) => waiting.push({ position, resolve }));
      },
    },
    reach(position: Position) {
      reached = position;
      for (const each of waiting.splice(0)) if (isReached(each.position)) each.resolve();
    },
    get reached() {
      return reached;
    },
  };
}

describe('read-your-writes', () => {
  it('answers a request naming a position only once the read models reached it, and says what a write reached', async () => {
    const store = fakeRunner();
    const app = Fastify();
    readYourWrites(app, store.runner as never, 60_000);
    app.get('/read', async () => ({ reached: String(store.reached.commit) }));
    app.post('/write', async () => {
      // A command waits for its own events, as every context's CommandRunner does.
      const written = { commit: 7n, prepare: 7n };
      store.reach(written);
      await store.runner.waitFor(written);
      return { ok: true };
    });

    const waiting = app.inject({ method: 'GET', url: '/read', headers: { 'deskstream-after': '5-5' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    store.reach({ commit: 5n, prepare: 5n });
    expect((await waiting).json()).toEqual({ reached: '5' });

    const written = await app.inject({ method: 'POST', url: '/write' });
    expect(written.headers['deskstream-position']).toBe('7-7');
    const plain = await app.inject({ method: 'GET', url: '/read', headers: { 'deskstream-after': 'not-a-position' } });
    expect(plain.json()).toEqual({ reached: '7' });
    expect(plain.headers['deskstream-position']).toBeUndefined();
    await app.close();
  });

  it('reads and writes positions as commit-prepare', () => {
    expect(parsePositionHeader('12-11')).toEqual({ commit: 12n, prepare: 11n });
    expect(parsePositionHeader(['1-1'])).toBeUndefined();
    expect(parsePositionHeader('12')).toBeUndefined();
    expect(formatPositionHeader({ commit: 3n, prepare: 2n })).toBe('3-2');
  });
});
