import { describe, expect, it } from 'vitest';
import { DEAD_LETTERS } from './dead-letters';
import { ProjectionDispatcher } from './dispatcher';
import type { Projection, ReadModelChange } from './projection';
import { storedEvent } from './test-support/stored-events';
import { openTicketsProjection, ticketUpcasters } from './test-support/tickets';
import { noUpcasters } from './upcasting';

function setUp(projections: Projection[], from?: { commit: bigint; prepare: bigint }) {
  const changes: ReadModelChange[] = [];
  const dispatcher = new ProjectionDispatcher(
    projections,
    { upcasters: ticketUpcasters, notify: (c) => changes.push(c), now: () => Date.UTC(2025, 2, 1) },
    from,
  );
  return { dispatcher, changes };
}

const opened = (ticketId: string, at: number) =>
  storedEvent({
    type: 'TicketOpened',
    data: { ticketId, subject: `About ${ticketId}`, openedAt: 'x' },
    at,
    metadata: { schema: 2 },
  });

describe('the projection dispatcher', () => {
  it('applies events in order to the projections that handle their type, and notifies changes', () => {
    const open = openTicketsProjection();
    const seen: string[] = [];
    const audit: Projection = { name: 'audit', handles: ['TicketClosed'], apply: (e) => void seen.push(e.type) };
    const { dispatcher, changes } = setUp([open.projection, audit]);
    dispatcher.dispatch(opened('t1', 10));
    dispatcher.dispatch(storedEvent({ type: 'ChatRequested', data: {}, at: 20 }));
    dispatcher.dispatch(storedEvent({ type: 'TicketClosed', data: { ticketId: 't1', closedAt: 'y' }, at: 30 }));
    expect([...open.tickets.keys()]).toEqual([]);
    expect(seen).toEqual(['TicketClosed']);
    expect(changes.map((c) => `${c.projection}:${c.event.type}`)).toEqual([
      'openTickets:TicketOpened',
      'openTickets:TicketClosed',
      'audit:TicketClosed',
    ]);
    expect(dispatcher.position).toEqual({ commit: 30n, prepare: 30n });
  });

  it('does not notify when apply says the read model did not change', () => {
    const open = openTicketsProjection();
    const { dispatcher, changes } = setUp([open.projection]);
    dispatcher.dispatch(
      storedEvent({ type: 'TicketNoteAdded', data: { ticketId: 'unknown', number: 1, text: 'x', at: 'y' }, at: 5 }),
    );
    expect(changes).toEqual([]);
  });

  it('never applies an event at or before the last position again', () => {
    const open = openTicketsProjection();
    const { dispatcher } = setUp([open.projection], { commit: 20n, prepare: 20n });
    expect(dispatcher.dispatch(opened('t1', 10))).toBe('already-applied');
    expect(dispatcher.dispatch(opened('t2', 20))).toBe('already-applied');
    const t3 = opened('t3', 30);
    expect(dispatcher.dispatch(t3)).toBe('applied');
    expect(dispatcher.dispatch(t3)).toBe('already-applied');
    expect([...open.tickets.keys()]).toEqual(['t3']);
    expect(open.applied.get(t3.event!.id)).toBe(1);
  });

  it('dead-letters an event a projection throws on, and goes on with it and the others', () => {
    const open = openTicketsProjection();
    const fragile: Projection = {
      name: 'fragile',
      handles: ['TicketOpened'],
      apply(event) {
        if ((event.data as { ticketId: string }).ticketId === 't2')
          throw new TypeError('subject.trim is not a function');
      },
    };
    const { dispatcher, changes } = setUp([fragile, open.projection]);
    const bad = opened('t2', 20);
    dispatcher.dispatch(opened('t1', 10));
    dispatcher.dispatch(bad);
    dispatcher.dispatch(opened('t3', 30));
    expect([...open.tickets.keys()]).toEqual(['t1', 't2', 't3']);
    expect(dispatcher.deadLetters.list()).toEqual([
      {
        projection: 'fragile',
        eventId: bad.event!.id,
        eventType: 'TicketOpened',
        streamName: 'ticket-1',
        position: { commit: 20n, prepare: 20n },
        error: 'TypeError: subject.trim is not a function',
        recordedAt: '2025-03-01T00:00:00.000Z',
      },
    ]);
    expect(changes.filter((c) => c.projection === DEAD_LETTERS).map((c) => c.event.id)).toEqual([bad.event!.id]);
    expect(changes.filter((c) => c.projection === 'fragile')).toHaveLength(2);
    expect(dispatcher.position).toEqual({ commit: 30n, prepare: 30n });
  });

  it('dead-letters an event whose upcaster throws for every projection that handles it', () => {
    const open = openTicketsProjection();
    const changes: ReadModelChange[] = [];
    const throwing = {
      schemaOf: () => 1,
      upcast: () => {
        throw new Error('no title');
      },
    };
    const dispatcher = new ProjectionDispatcher([open.projection], {
      upcasters: throwing,
      notify: (c) => changes.push(c),
      now: () => 0,
    });
    dispatcher.dispatch(opened('t1', 10));
    expect(dispatcher.deadLetters.list().map((d) => [d.projection, d.error])).toEqual([
      ['openTickets', 'Error: no title'],
    ]);
    expect(changes.map((c) => c.projection)).toEqual([DEAD_LETTERS]);
  });

  it('upcasts before applying', () => {
    const open = openTicketsProjection();
    const { dispatcher } = setUp([open.projection]);
    dispatcher.dispatch(
      storedEvent({
        type: 'TicketOpened',
        data: { ticketId: 't1', title: 'Old shape' },
        at: 10,
        metadata: { schema: 1 },
      }),
    );
    expect(open.tickets.get('t1')).toEqual({ subject: 'Old shape', notes: 0 });
  });

  it('refuses two projections with one name', () => {
    const a = openTicketsProjection('same').projection;
    expect(
      () => new ProjectionDispatcher([a, a], { upcasters: noUpcasters, notify: () => undefined, now: Date.now }),
    ).toThrow(/Two projections are named same/);
    expect(
      () =>
        new ProjectionDispatcher([openTicketsProjection(DEAD_LETTERS).projection], {
          upcasters: noUpcasters,
          notify: () => undefined,
          now: Date.now,
        }),
    ).toThrow();
  });
});
