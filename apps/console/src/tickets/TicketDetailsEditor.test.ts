import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TicketFieldsFragment as Ticket } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { fullTicket } from './testing/ticket-fixtures';
import { mountTickets } from './testing/mount-tickets';

const letters = { id: 'dep-letters', name: { fa: 'ادبیات', en: 'Letters', ja: '文学部', vi: 'Văn học' } };
const label = (en: string) => ({ fa: en, en, ja: en, vi: en });
const choices = {
  requesterTypes: [
    { key: 'patron', name: label('Patron') },
    { key: 'publisher', name: label('Publisher') },
  ],
  departments: [
    {
      department: letters,
      fields: [
        { key: 'card', label: label('Card number'), kind: 'TEXT' as const, options: [], required: false, public: true },
        {
          key: 'branch',
          label: label('Branch'),
          kind: 'SELECT' as const,
          options: ['North', 'South'],
          required: false,
          public: false,
        },
      ],
    },
  ],
};

async function openTicket() {
  let current: Ticket = fullTicket({ fields: [{ key: 'card', value: '777' }] });
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles: ['SUPERVISOR'] }) } } }),
    Ticket: () => ({ data: { ticket: current } }),
    TicketAgents: () => ({ data: { ticketAgents: [] } }),
    Departments: () => ({ data: { departments: [] } }),
    ChatDepartments: () => ({ data: { departments: [] } }),
    TicketSettings: () => ({ data: { ticketSettings: choices } }),
    EditTicketDetails: (variables) => {
      if (variables['expectedRevision'] !== current.revision)
        return { errors: [{ message: 'changed', code: 'CONFLICT', reason: 'TICKET_REVISION_CONFLICT' }] };
      current = {
        ...current,
        subject: (variables['subject'] as string | undefined) ?? current.subject,
        requesterType: (variables['requesterType'] as string | undefined) ?? current.requesterType,
        revision: current.revision + 1,
      };
      return { data: { editTicketDetails: current } };
    },
    SetTicketFields: () => {
      current = { ...current, revision: current.revision + 1 };
      return { data: { setTicketFields: current } };
    },
  });
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const mounted = await mountTickets(harness.plugin, harness.pinia, '/tickets/1042');
  await vi.waitFor(() => expect(mounted.wrapper.find('[data-test="ticket-details"]').exists()).toBe(true));
  await mounted.wrapper.get('[data-test="ticket-details-toggle"]').trigger('click');
  const changeMeanwhile = () => (current = { ...current, revision: current.revision + 1 });
  return { ...harness, ...mounted, changeMeanwhile };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the ticket’s details', () => {
  it('sends only what changed, with the revision on screen', async () => {
    const { wrapper, fake } = await openTicket();
    await wrapper.get('[data-test="details-subject"]').setValue('Renewal refused: expired card');
    await wrapper.get('[data-test="details-requester-type"]').setValue('publisher');
    await wrapper.get('[data-test="ticket-details-form"]').trigger('submit');
    await flushPromises();
    const call = fake.calls.find((each) => each.name === 'EditTicketDetails')!;
    expect(call.variables).toMatchObject({
      ticketId: 'ticket-1',
      subject: 'Renewal refused: expired card',
      requesterType: 'publisher',
      expectedRevision: 3,
    });
    expect(call.variables).not.toHaveProperty('product');
    expect(wrapper.get('[data-test="ticket-subject"]').text()).toBe('Renewal refused: expired card');
  });

  it('meets a change made meanwhile with the conflict notice; applying sends it again', async () => {
    const { wrapper, fake, changeMeanwhile } = await openTicket();
    changeMeanwhile();
    await wrapper.get('[data-test="details-subject"]').setValue('Expired card');
    await wrapper.get('[data-test="ticket-details-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="ticket-conflict"]').text()).toContain(
      'so your change to the details was not saved',
    );
    await wrapper.get('[data-test="ticket-conflict-apply"]').trigger('click');
    await flushPromises();
    const edits = fake.calls.filter((call) => call.name === 'EditTicketDetails');
    expect(edits.map((call) => call.variables['expectedRevision'])).toEqual([3, 4]);
    expect(wrapper.get('[data-test="ticket-subject"]').text()).toBe('Expired card');
  });

  it('offers the department’s fields even without a value, and sends the changed ones', async () => {
    const { wrapper, fake } = await openTicket();
    await vi.waitFor(() => expect(wrapper.find('[data-test="ticket-details-fields"]').exists()).toBe(true));
    const form = wrapper.get('[data-test="ticket-details-fields"]');
    expect(form.text()).toContain('Branch');
    await form.get('[data-field="branch"]').setValue('North');
    await form.trigger('submit');
    await flushPromises();
    expect(fake.calls.find((call) => call.name === 'SetTicketFields')!.variables).toMatchObject({
      ticketId: 'ticket-1',
      fields: [{ key: 'branch', value: 'North' }],
      expectedRevision: 3,
    });
  });
});
