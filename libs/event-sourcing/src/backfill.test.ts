import { describe, expect, it } from 'vitest';
import { eventTypesPattern, planStart } from './backfill';
import type { Projection } from './projection';

const projection = (name: string): Projection => ({ name, handles: [name], apply: () => undefined });
const at = (n: number) => ({ commit: BigInt(n), prepare: BigInt(n) });

describe('where each projection starts after the snapshots were restored', () => {
  it('goes on from the newest snapshot; the others catch up first, one read per start, oldest first', () => {
    const [newest, behind, none, alsoNewest] = ['newest', 'behind', 'none', 'alsoNewest'].map(projection);
    const plan = planStart(
      [newest!, behind!, none!, alsoNewest!],
      new Map([
        ['newest', { position: at(100), eventId: 'e100' }],
        ['alsoNewest', { position: at(100), eventId: 'e100' }],
        ['behind', { position: at(40), eventId: 'e40' }],
      ]),
      undefined,
    );
    expect(plan.from).toEqual({ position: at(100), eventId: 'e100' });
    expect(plan.lagging.map((p) => p.name)).toEqual(['behind', 'none']);
    expect(plan.passes.map((pass) => [pass.from, pass.projections.map((p) => p.name)])).toEqual([
      [undefined, ['none']],
      [at(40), ['behind']],
    ]);
  });

  it('with nothing restored, everybody starts together from the checkpoint (or the beginning)', () => {
    const plan = planStart([projection('a'), projection('b')], new Map(), at(7));
    expect(plan).toMatchObject({ from: { position: at(7), eventId: undefined }, lagging: [], passes: [] });
    expect(planStart([projection('a')], new Map(), undefined)).toMatchObject({ from: undefined, lagging: [] });
  });

  it('filters on exactly the event types given', () => {
    const pattern = new RegExp(eventTypesPattern(['TicketOpened', 'Ticket.Odd', 'TicketOpened']));
    expect(pattern.test('TicketOpened')).toBe(true);
    expect(pattern.test('TicketOpenedLater')).toBe(false);
    expect(pattern.test('TicketXOdd')).toBe(false);
  });
});
