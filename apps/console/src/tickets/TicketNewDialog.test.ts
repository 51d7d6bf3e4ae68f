import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { fullTicket } from './testing/ticket-fixtures';
import { mountTickets } from './testing/mount-tickets';

const letters = { id: 'dep-letters', name: { fa: 'ادبیات', en: 'Letters', ja: '文学部', vi: 'Văn học' } };
const choices = {
  requesterTypes: [
    { key: 'patron', name: { fa: 'عضو', en: 'Patron', ja: '利用者', vi: 'Bạn đọc' } },
    { key: 'publisher', name: { fa: 'ناشر', en: 'Publisher', ja: '出版社', vi: 'Nhà xuất bản' } },
  ],
  departments: [
    {
      department: letters,
      fields: [
        {
          key: 'card',
          label: { fa: 'شمارهٔ کارت', en: 'Card number', ja: 'カード番号', vi: 'Số thẻ' },
          kind: 'TEXT' as const,
          options: [],
          required: true,
          public: true,
        },
      ],
    },
  ],
};

async function openList(openTicket: (variables: Record<string, unknown>) => unknown, locale = 'en') {
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
      TicketViews: () => ({ data: { ticketViewCounts: [], savedTicketViews: [] } }),
      Tickets: () => ({
        data: { tickets: { edges: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 } },
      }),
      TicketSettings: () => ({ errors: [{ message: 'not for agents', code: 'FORBIDDEN' }] }),
      NewTicketChoices: () => ({ data: { publicTicketForm: choices } }),
      OpenTicket: openTicket as never,
      Ticket: () => ({ data: { ticket: fullTicket({ number: 1043 }) } }),
      TicketAgents: () => ({ data: { ticketAgents: [] } }),
      Departments: () => ({ data: { departments: [] } }),
      ChatDepartments: () => ({ data: { departments: [] } }),
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const mounted = await mountTickets(harness.plugin, harness.pinia, '/tickets');
  return { ...harness, ...mounted };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a new ticket from the list', () => {
  it('opens with the c key and says what is missing before it sends anything', async () => {
    const openTicket = vi.fn();
    const { wrapper, fake } = await openList(openTicket);
    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyC', key: 'c' }));
    await flushPromises();
    const form = wrapper.get('[data-test="ticket-new"]');
    await form.get('[data-test="new-contact"]').setValue('EMAIL');
    await form.get('form').trigger('submit');
    await flushPromises();
    expect(form.text()).toContain('Write the requester’s name.');
    expect(form.text()).toContain('Write a subject.');
    expect(form.text()).toContain('Choose the requester type.');
    expect(form.text()).toContain('Replies go by email: write the address.');
    expect(form.text()).toContain('This field is required.');
    expect(openTicket).not.toHaveBeenCalled();
    expect(fake.calls.some((call) => call.name === 'OpenTicket')).toBe(false);
  });

  it('sends the call as openTicket, keeps its command id when retried, and goes to the new ticket', async () => {
    let attempts = 0;
    const openTicket = vi.fn(() =>
      ++attempts === 1
        ? { errors: [{ message: 'bad type', code: 'BAD_USER_INPUT', reason: 'TICKET_REQUESTER_TYPE_INVALID' }] }
        : { data: { openTicket: { id: 'ticket-9', number: 1043 } } },
    );
    const { wrapper, fake, router } = await openList(openTicket);
    await wrapper.get('[data-test="ticket-new-open"]').trigger('click');
    await flushPromises();
    const form = wrapper.get('[data-test="ticket-new"]');
    await form.get('[data-test="new-channel"]').setValue('LETTER');
    await form.get('[data-test="new-name"]').setValue('  Leila Karimi ');
    await form.get('[data-test="new-phone"]').setValue('+98 21 5555 0101');
    await form.get('[data-test="new-requester-type"]').setValue('publisher');
    await form.get('[data-test="new-priority"]').setValue('HIGH');
    await form.get('[data-test="new-subject"]').setValue('Catalogue of 1402');
    await form.get('[data-test="new-text"]').setValue('The letter asks for the new catalogue.');
    await form.get('[data-test="new-tags"]').setValue('catalogue، print');
    await form.get('[data-field="card"]').setValue('12345');
    await form.get('[data-test="new-assign-me"]').setValue(true);
    await form.get('form').trigger('submit');
    await flushPromises();
    expect(form.get('[data-test="new-failure"]').text()).toBe('That requester type is not configured.');
    await form.get('form').trigger('submit');
    await flushPromises();
    const calls = fake.calls.filter((call) => call.name === 'OpenTicket');
    expect(calls).toHaveLength(2);
    expect(calls[0]!.variables).toEqual({
      commandId: calls[1]!.variables['commandId'],
      input: {
        channel: 'LETTER',
        requester: {
          name: 'Leila Karimi',
          email: null,
          phone: '+98 21 5555 0101',
          language: 'en',
          contactMethod: 'PHONE',
        },
        requesterType: 'publisher',
        departmentId: 'dep-letters',
        subject: 'Catalogue of 1402',
        text: 'The letter asks for the new catalogue.',
        priority: 'HIGH',
        product: null,
        version: null,
        tags: ['catalogue', 'print'],
        fields: [{ key: 'card', value: '12345' }],
        attachments: [],
        assigneeId: 'agent-1',
      },
    });
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/tickets/1043'));
  });

  it('uploads the letter’s scan first and sends its hash with the ticket', async () => {
    const hash = 'ab'.repeat(32);
    const stored = [{ hash, filename: 'letter.pdf', contentType: 'application/pdf', size: 10 }];
    const send = vi.fn(async () => new Response(JSON.stringify(stored), { status: 200 }));
    vi.stubGlobal('fetch', send);
    try {
      const { wrapper, fake } = await openList(() => ({ data: { openTicket: { id: 'ticket-9', number: 1043 } } }));
      await wrapper.get('[data-test="ticket-new-open"]').trigger('click');
      await flushPromises();
      const form = wrapper.get('[data-test="ticket-new"]');
      const input = form.get('[data-test="new-files"]');
      const scan = new File([new Uint8Array(10)], 'letter.pdf', { type: 'application/pdf' });
      Object.defineProperty(input.element, 'files', { value: [scan] });
      await input.trigger('change');
      await flushPromises();
      expect(form.text()).toContain('1 file attached');
      await form.get('[data-test="new-name"]').setValue('Leila Karimi');
      await form.get('[data-test="new-contact"]').setValue('NONE');
      await form.get('[data-test="new-requester-type"]').setValue('patron');
      await form.get('[data-test="new-subject"]').setValue('A letter');
      await form.get('[data-field="card"]').setValue('1');
      await form.get('form').trigger('submit');
      await flushPromises();
      expect(send).toHaveBeenCalledOnce();
      expect(fake.calls.find((call) => call.name === 'OpenTicket')!.variables['input']).toMatchObject({
        attachments: [hash],
        assigneeId: null,
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('speaks Persian', async () => {
    const { wrapper } = await openList(vi.fn(), 'fa');
    expect(wrapper.get('[data-test="ticket-new-open"]').text()).toBe('درخواست تازه (c)');
  });
});
