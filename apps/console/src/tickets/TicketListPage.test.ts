import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { fullTicket, ticketRow } from './testing/ticket-fixtures';
import { mountTickets } from './testing/mount-tickets';

const rows = [
  ticketRow(),
  ticketRow({ id: 'ticket-2', number: 1041, subject: 'Lost card', updatedAt: '2026-03-21T07:00:00.000Z' }),
];

async function openList(path = '/tickets', locale = 'en') {
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
      TicketViews: () => ({
        data: {
          ticketViewCounts: [
            { view: 'MINE', count: 2 },
            { view: 'UNASSIGNED', count: 12 },
          ],
          savedTicketViews: [
            {
              id: 'view-1',
              name: 'کارت‌ها',
              count: 4,
              filter: {
                statuses: [],
                priorities: [],
                channels: [],
                departmentIds: [],
                assigneeId: null,
                unassigned: false,
                tags: ['card'],
                requesterType: null,
                query: null,
              },
            },
          ],
        },
      }),
      Tickets: (variables) => ({
        data: {
          tickets: {
            edges: (variables['after'] ? [ticketRow({ id: 'ticket-3', number: 1001 })] : rows).map((node) => ({
              cursor: node.id,
              node,
            })),
            pageInfo: { endCursor: variables['after'] ? null : 'ticket-2', hasNextPage: !variables['after'] },
            totalCount: 3,
          },
        },
      }),
      Ticket: () => ({ data: { ticket: fullTicket({ id: 'ticket-2', number: 1041, subject: 'Lost card' }) } }),
      TicketAgents: () => ({ data: { ticketAgents: [] } }),
      ChatDepartments: () => ({ data: { departments: [] } }),
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const mounted = await mountTickets(harness.plugin, harness.pinia, path);
  await vi.waitFor(() => expect(mounted.wrapper.findAll('[data-test="ticket-row"]').length).toBeGreaterThan(0));
  return { ...harness, ...mounted };
}

const press = (code: string, shiftKey = false) =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { code, shiftKey, bubbles: true }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the ticket list page', () => {
  it('shows the views with their counts, the saved views, and the tickets of the view in the address', async () => {
    const { wrapper, fake } = await openList('/tickets?view=UNASSIGNED&q=card');
    const views = wrapper.findAll('[data-test="ticket-view"]');
    expect(views.map((view) => view.text())).toContain('Unassigned12');
    expect(wrapper.get('[data-view="UNASSIGNED"]').attributes('aria-current')).toBe('page');
    expect(wrapper.get('[data-test="ticket-saved-view"]').text()).toContain('کارت‌ها');
    expect(fake.calls.find((call) => call.name === 'Tickets')!.variables['filter']).toEqual({
      view: 'UNASSIGNED',
      query: 'card',
    });
    expect(wrapper.get('[data-test="tickets-total"]').text()).toBe('2 of 3');
  });

  it('loads the next page on "load more"', async () => {
    const { wrapper } = await openList();
    await wrapper.get('[data-test="tickets-more"]').trigger('click');
    await flushPromises();
    expect(wrapper.findAll('[data-test="ticket-row"]').map((row) => row.attributes('data-ticket-number'))).toEqual([
      '1042',
      '1041',
      '1001',
    ]);
    expect(wrapper.find('[data-test="tickets-more"]').exists()).toBe(false);
  });

  it('moves with j and k, selects with x and opens with Enter', async () => {
    const { wrapper, router } = await openList();
    press('KeyJ');
    await flushPromises();
    expect(wrapper.findAll('[data-test="ticket-row"]')[1]!.attributes('aria-current')).toBe('true');
    press('KeyX');
    await flushPromises();
    expect(wrapper.get('[data-test="ticket-bulk"]').text()).toContain('One ticket selected');
    press('Enter');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/tickets/1041'));
  });

  it('puts a new choice in the address, so the list can be bookmarked', async () => {
    const { wrapper, router } = await openList();
    await wrapper.get('[data-test="ticket-filter-priority"]').setValue('URGENT');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ priority: 'URGENT' }));
  });

  it('speaks Persian with Persian digits', async () => {
    const { wrapper } = await openList('/tickets', 'fa');
    expect(wrapper.get('[data-view="UNASSIGNED"]').text()).toContain('۱۲');
    expect(wrapper.findAll('[data-test="ticket-row"]')[0]!.text()).toContain('#۱۰۴۲');
  });
});
