import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { ticketRow } from './testing/ticket-fixtures';
import { useTicketListStore } from './ticket-list-store';

const page = (rows: ReturnType<typeof ticketRow>[], endCursor: string | null, total: number) => ({
  data: {
    tickets: {
      edges: rows.map((node) => ({ cursor: `c-${node.id}`, node })),
      pageInfo: { endCursor, hasNextPage: endCursor !== null },
      totalCount: total,
    },
  },
});

async function listStore(resolvers: Parameters<typeof createConsoleHarness>[0] = {}) {
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
    TicketViews: () => ({
      data: {
        ticketViewCounts: [
          { view: 'MINE', count: 3 },
          { view: 'UNASSIGNED', count: 7 },
        ],
        savedTicketViews: [],
      },
    }),
    Tickets: (variables) =>
      variables['after']
        ? page([ticketRow({ id: 'ticket-3', number: 1040, updatedAt: '2026-03-21T06:00:00.000Z' })], null, 3)
        : page(
            [ticketRow(), ticketRow({ id: 'ticket-2', number: 1041, updatedAt: '2026-03-21T07:00:00.000Z' })],
            'c-ticket-2',
            3,
          ),
    ...resolvers,
  });
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const store = harness.app.runWithContext(() => useTicketListStore(harness.pinia));
  return { ...harness, store };
}

describe('the ticket list store', () => {
  it('reads the chosen view with its filters, then the next page by cursor', async () => {
    const { store, fake } = await listStore();
    await store.choose({ view: 'UNASSIGNED', priorities: ['URGENT'], query: ' کارت ' });
    expect(fake.calls.at(-1)).toEqual({
      name: 'Tickets',
      variables: {
        filter: { view: 'UNASSIGNED', priorities: ['URGENT'], query: 'کارت' },
        sort: 'UPDATED_DESC',
        first: 50,
      },
    });
    expect(store.rows.map((row) => row.number)).toEqual([1042, 1041]);
    expect(store.hasNextPage).toBe(true);
    await store.loadMore();
    expect(fake.calls.at(-1)!.variables['after']).toBe('c-ticket-2');
    expect(store.rows.map((row) => row.number)).toEqual([1042, 1041, 1040]);
    expect(store.hasNextPage).toBe(false);
  });

  it('places pushed tickets live and counts the views again', async () => {
    const { store, fake } = await listStore();
    const stop = store.follow();
    await flushPromises();
    expect(store.countOf('MINE')).toBe(3);
    fake.push('TicketsChanged', {
      ticketsChanged: {
        kind: 'OPENED',
        ticket: ticketRow({ id: 'ticket-9', number: 1050, updatedAt: '2026-03-21T09:00:00.000Z' }),
      },
    });
    fake.push('TicketsChanged', {
      ticketsChanged: { kind: 'UPDATED', ticket: ticketRow({ id: 'ticket-2', number: 1041, assignee: null }) },
    });
    await flushPromises();
    expect(store.rows.map((row) => row.number)).toEqual([1050, 1042]);
    stop();
    expect(fake.openSubscriptions('TicketsChanged')).toBe(0);
  });

  it('changes the selected tickets at once and keeps those that failed selected, with why', async () => {
    const { store, fake } = await listStore({
      BulkUpdateTickets: (variables) => ({
        data: {
          bulkUpdateTickets: {
            updated: [ticketRow({ status: 'CLOSED' })],
            failed: [{ ticketId: 'ticket-2', reason: 'TICKET_NOT_FOUND', message: 'gone' }],
          },
        },
        variables,
      }),
    });
    await store.choose({});
    store.toggleAll();
    expect([...store.selected]).toEqual(['ticket-1', 'ticket-2']);
    const answer = await store.bulk({ status: 'CLOSED' });
    expect(fake.calls.at(-1)!.variables).toMatchObject({
      ticketIds: ['ticket-1', 'ticket-2'],
      change: { status: 'CLOSED' },
    });
    expect(answer).toEqual({ failed: [{ ticketId: 'ticket-2', reason: 'TICKET_NOT_FOUND', message: 'gone' }] });
    expect([...store.selected]).toEqual(['ticket-2']);
    expect(store.rows.map((row) => row.id)).toEqual(['ticket-2']);
  });

  it('saves the list as a view with its filter', async () => {
    const { store, fake } = await listStore({
      SaveTicketView: (variables) => ({
        data: {
          saveTicketView: {
            id: 'view-1',
            name: 'Urgent cards',
            count: 2,
            filter: {
              statuses: [],
              priorities: ['URGENT'],
              channels: [],
              departmentIds: [],
              assigneeId: null,
              unassigned: false,
              tags: ['card'],
              requesterType: null,
              query: null,
            },
          },
        },
        variables,
      }),
    });
    await store.choose({ priorities: ['URGENT'], tags: ['card'] });
    expect(await store.saveView(' Urgent cards ')).toBeNull();
    expect(fake.calls.at(-1)!.variables['view']).toEqual({
      name: 'Urgent cards',
      statuses: [],
      priorities: ['URGENT'],
      tags: ['card'],
      query: null,
      unassigned: false,
    });
    expect(store.savedViews.map((view) => view.name)).toEqual(['Urgent cards']);
  });
});
