import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { fullTicket, timelineEntry } from './testing/ticket-fixtures';
import { mountTickets } from './testing/mount-tickets';

const timeline = [
  timelineEntry(),
  timelineEntry({
    id: 'entry-2',
    kind: 'REPLY',
    at: '2026-03-21T08:20:00.000Z',
    actor: { kind: 'STAFF', id: 'agent-1', name: 'Sara Ahmadi' },
    text: 'Your card is renewed.',
    via: null,
    delivery: { state: 'BOUNCED', to: 'leila@example.ir', mailId: 'mail-1', detail: '550 No such user' },
  }),
  timelineEntry({
    id: 'entry-3',
    kind: 'NOTE',
    at: '2026-03-21T08:25:00.000Z',
    actor: { kind: 'STAFF', id: 'agent-2', name: 'Reza Tehrani' },
    text: '@sara please check the card',
    via: null,
    mentions: [{ id: 'agent-1', name: 'Sara Ahmadi' }],
  }),
  timelineEntry({
    id: 'entry-4',
    kind: 'STATUS_CHANGED',
    at: '2026-03-21T08:26:00.000Z',
    actor: { kind: 'SYSTEM', id: null, name: 'Desk' },
    text: null,
    via: null,
    status: 'OPEN',
    previousStatus: 'SOLVED',
    fromTicket: { id: 'ticket-0', number: 1001, subject: 'Card', status: 'CLOSED' },
  }),
];

async function openTicket(locale = 'en', overrides: Parameters<typeof fullTicket>[0] = {}) {
  let current = fullTicket({
    timeline,
    requester: { ...fullTicket().requester, emailUndeliverable: true },
    sla: [
      {
        metric: 'FIRST_RESPONSE',
        state: 'RUNNING',
        dueAt: new Date(Date.now() + 90 * 60_000).toISOString(),
        settledAt: null,
        businessMinutesLeft: 90,
      },
    ],
    ...overrides,
  });
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
      Ticket: () => ({ data: { ticket: current } }),
      TicketAgents: () => ({
        data: { ticketAgents: [{ id: 'agent-2', username: 'reza', displayName: 'Reza Tehrani' }] },
      }),
      Departments: () => ({ data: { departments: [] } }),
      ChatDepartments: () => ({ data: { departments: [] } }),
      ReplyToTicket: (variables) => {
        if (variables['expectedRevision'] !== current.revision)
          return { errors: [{ message: 'changed', code: 'CONFLICT', reason: 'TICKET_REVISION_CONFLICT' }] };
        current = { ...current, status: variables['status'] as 'SOLVED', revision: current.revision + 1 };
        return { data: { replyToTicket: current } };
      },
      AddTicketNote: () => ({ data: { addTicketNote: current } }),
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const mounted = await mountTickets(harness.plugin, harness.pinia, '/tickets/1042');
  await vi.waitFor(() => expect(mounted.wrapper.find('[data-test="ticket-timeline"]').exists()).toBe(true));
  const changeMeanwhile = () => (current = { ...current, revision: current.revision + 1 });
  return { ...harness, ...mounted, changeMeanwhile };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the ticket page', () => {
  it('shows one timeline: the message, the reply with how its mail went, the note with its mentions, a merged ticket’s entries marked', async () => {
    const { wrapper } = await openTicket();
    const entries = wrapper.findAll('[data-test="ticket-entry"]');
    expect(entries.map((entry) => entry.attributes('data-kind'))).toEqual([
      'MESSAGE',
      'REPLY',
      'NOTE',
      'STATUS_CHANGED',
    ]);
    expect(entries[1]!.get('[data-test="ticket-entry-delivery"]').text()).toContain('Bounced');
    expect(entries[1]!.text()).toContain('550 No such user');
    expect(entries[2]!.text()).toContain('Mentions Sara Ahmadi');
    expect(entries[3]!.text()).toContain('Status: Solved → Open');
    expect(entries[3]!.get('[data-test="ticket-entry-merged"]').text()).toBe('From #1001');
  });

  it('marks an undeliverable address and counts the SLA target down', async () => {
    const { wrapper } = await openTicket();
    expect(wrapper.get('[data-test="ticket-undeliverable"]').text()).toBe('Undeliverable');
    expect(wrapper.get('[data-test="ticket-sla"] [data-test="ticket-due"]').text()).toMatch(
      /^due in 1 hr 29 min|^due in 1 hr 30 min/,
    );
  });

  it('sends a reply with Ctrl+Enter and the status chosen after it, with the revision on screen', async () => {
    const { wrapper, fake } = await openTicket();
    await wrapper.get('[data-test="ticket-composer-text"]').setValue('Your card works again.');
    await wrapper.get('[data-test="ticket-reply-status"]').setValue('SOLVED');
    await wrapper.get('[data-test="ticket-composer-text"]').trigger('keydown', { key: 'Enter', ctrlKey: true });
    await flushPromises();
    expect(fake.calls.find((call) => call.name === 'ReplyToTicket')!.variables).toMatchObject({
      ticketId: 'ticket-1',
      text: 'Your card works again.',
      status: 'SOLVED',
      expectedRevision: 3,
      attachments: [],
    });
    expect(wrapper.get('[data-test="ticket-page-status"]').text()).toBe('Solved');
    expect((wrapper.get('[data-test="ticket-composer-text"]').element as HTMLTextAreaElement).value).toBe('');
  });

  it('offers "reload" or "apply anyway" when the ticket changed meanwhile; applying sends the same reply again', async () => {
    const { wrapper, fake, changeMeanwhile } = await openTicket();
    changeMeanwhile();
    await wrapper.get('[data-test="ticket-composer-text"]').setValue('Renewed.');
    await wrapper.get('[data-test="ticket-send"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="ticket-conflict"]').text()).toContain(
      'changed meanwhile, so your reply was not saved',
    );
    await wrapper.get('[data-test="ticket-conflict-apply"]').trigger('click');
    await flushPromises();
    const replies = fake.calls.filter((call) => call.name === 'ReplyToTicket');
    expect(replies.map((call) => call.variables['expectedRevision'])).toEqual([3, 4]);
    expect(replies[0]!.variables['commandId']).toBe(replies[1]!.variables['commandId']);
    expect(wrapper.find('[data-test="ticket-conflict"]').exists()).toBe(false);
  });

  it('offers colleagues to @mention in a note, by username', async () => {
    const { wrapper, fake } = await openTicket();
    await wrapper.get('[data-test="ticket-mode-note"]').setValue(true);
    const field = wrapper.get('[data-test="ticket-composer-text"]');
    await field.setValue('Please look @re');
    expect(wrapper.findAll('[data-test="ticket-mention"]').map((each) => each.text())).toEqual(['Reza Tehrani @reza']);
    await field.trigger('keydown', { key: 'Enter' });
    expect((field.element as HTMLTextAreaElement).value).toBe('Please look @reza ');
    await wrapper.get('[data-test="ticket-send"]').trigger('submit');
    await flushPromises();
    expect(fake.calls.at(-1)).toMatchObject({ name: 'AddTicketNote', variables: { text: 'Please look @reza ' } });
  });

  it('speaks Persian with Persian digits', async () => {
    const { wrapper } = await openTicket('fa');
    expect(wrapper.get('h1').text()).toContain('#۱۰۴۲');
    expect(wrapper.get('[data-test="ticket-entry-merged"]').text()).toBe('از #۱۰۰۱');
  });
});
