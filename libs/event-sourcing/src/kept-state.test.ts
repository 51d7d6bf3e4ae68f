import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { keptState, keptValue } from './kept-state';

function book() {
  const byId = new Map<string, { id: string; tags: string[] }>();
  const open = new Set<string>();
  const byTag = new Map<string, Set<{ id: string }>>();
  let next = 1;
  const state = keptState({
    byId,
    open,
    index: keptState({ byTag }),
    next: keptValue(
      () => next,
      (value) => (next = value),
    ),
  });
  return { byId, open, byTag, state, next: () => next };
}

describe('kept state', () => {
  it('round-trips through the v8 serialiser, refilling the same collections, shared records still shared', () => {
    const a = book();
    const record = { id: 't1', tags: ['vip'] };
    a.byId.set('t1', record);
    a.open.add('t1');
    a.byTag.set('vip', new Set([record]));
    a.state.restore(a.state.snapshot()); // in place, nothing lost
    const b = book();
    const byIdBefore = b.byId;
    b.state.restore(deserialize(serialize(a.state.snapshot())));
    expect(b.byId).toBe(byIdBefore);
    expect([...b.byId.entries()]).toEqual([['t1', record]]);
    expect([...b.open]).toEqual(['t1']);
    expect([...b.byTag.get('vip')!][0]).toBe(b.byId.get('t1'));
    expect(b.next()).toBe(1);
  });

  it('refuses a state of another shape and changes nothing', () => {
    const a = book();
    a.byId.set('t1', { id: 't1', tags: [] });
    expect(() => a.state.restore({ byId: new Map(), open: [], index: { byTag: new Map() }, next: 2 })).toThrow(
      /state.open is not a Set/,
    );
    expect(() => a.state.restore({ byId: new Map(), open: new Set(), index: {}, next: 2 })).toThrow(
      /state.index.byTag is not a Map/,
    );
    expect(() => a.state.restore({ byId: new Map(), open: new Set(), index: { byTag: new Map() }, next: '2' })).toThrow(
      /state.next is not what the read model keeps there/,
    );
    expect(() => a.state.restore(null)).toThrow(/not an object/);
    expect(a.byId.size).toBe(1);
  });
});
