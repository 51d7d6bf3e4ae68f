import type { FakeResolver } from '@deskstream/ui/testing';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallFieldsFragment as Call } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { call, SARA } from './testing/call-fixtures';
import { mountCalls } from './testing/mount-calls';

// Mounting whole pages is slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

const CHOICES = {
  requesterTypes: [
    { key: 'customer', name: { fa: 'مشتری', en: 'Customer', ja: '顧客', vi: 'Khách hàng' } },
    { key: 'publisher', name: { fa: 'ناشر', en: 'Publisher', ja: '出版社', vi: 'Nhà xuất bản' } },
  ],
  departments: [
    {
      department: { id: 'dep-letters', name: { fa: 'ادبیات', en: 'Letters', ja: '文学部', vi: 'Văn học' } },
      fields: [],
    },
  ],
};

async function openCall(start: Call, answers: Record<string, FakeResolver> = {}, locale = 'en') {
  let current = start;
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
      LiveCalls: () => ({ data: { calls: { nodes: current.state === 'ENDED' ? [] : [current] } } }),
      Call: () => ({ data: { call: current } }),
      TicketSettings: () => ({ data: { ticketSettings: CHOICES } }),
      TakeCall: () => {
        current = { ...current, takenBy: SARA };
        return { data: { takeCall: current } };
      },
      NoteCall: ({ text }) => {
        current = {
          ...current,
          notes: [
            ...current.notes,
            { id: `n${current.notes.length}`, text: String(text), at: '2026-12-07T09:02:00.000Z', author: SARA },
          ],
        };
        return { data: { noteCall: current } };
      },
      WrapUpCall: ({ input }) => {
        const wrap = input as { topic: string; outcome: Call['outcome'] };
        current = {
          ...current,
          wrapUp: {
            topic: wrap.topic,
            outcome: wrap.outcome!,
            requesterType: 'publisher',
            at: '2026-12-07T09:10:00.000Z',
            by: SARA,
          },
          tickets: [
            {
              ticketId: 'ticket-42',
              mode: 'OPENED',
              at: '2026-12-07T09:10:00.000Z',
              ticket: { id: 'ticket-42', number: 42, subject: 'Reader will not start', status: 'OPEN' },
            },
          ],
        };
        return { data: { wrapUpCall: current } };
      },
      ...answers,
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const mounted = await mountCalls(harness.plugin, harness.pinia, `/calls/${start.id}`);
  return {
    harness,
    ...mounted,
    push: (next: Call) => {
      current = next;
      harness.fake.push('CallsChanged', { callsChanged: next });
    },
  };
}

const press = (code: string, init: KeyboardEventInit = {}) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { code, bubbles: true, ...init }));

describe('the live call panel', () => {
  it('shows the identified caller with their open tickets and registrations, and takes the call with t', async () => {
    const { wrapper, harness } = await openCall(call());
    expect(wrapper.get('[data-test="caller-name"]').text()).toBe('Negah Publishing');
    expect(wrapper.get('[data-test="caller-customer-link"]').attributes('href')).toBe('/console/customers/demo-negah');
    expect(wrapper.get('[data-test="caller-open-ticket"]').text()).toContain('#7 · Reader will not start');
    expect(wrapper.get('[data-test="caller-registration"]').text()).toContain('Noor Reader');
    wrapper.get('[data-test="call-wrap-up-waits"]');
    press('KeyT');
    await flushPromises();
    expect(harness.fake.calls.filter((each) => each.name === 'TakeCall')).toHaveLength(1);
    expect(wrapper.get('[data-test="call-taken-by"]').text()).toBe('Sara Ahmadi');
    expect(wrapper.find('[data-test="call-take"]').exists()).toBe(false);
  });

  it('offers to record an unknown caller with the number filled in', async () => {
    const { wrapper } = await openCall(
      call({ caller: null, counterpart: { raw: '030 5557160', e164: '+49305557160' } }),
    );
    expect(wrapper.get('[data-test="caller-name"]').text()).toBe('Unknown caller');
    expect(wrapper.get('[data-test="caller-record"]').attributes('href')).toBe(
      '/console/customers/new?phone=%2B49305557160',
    );
  });

  it('keeps notes during the call (Ctrl+Enter saves) and follows the call live to its end', async () => {
    const { wrapper, harness, push } = await openCall(call({ takenBy: SARA, state: 'ANSWERED' }));
    const input = wrapper.get('[data-test="call-note-input"]');
    await input.setValue('Wants the 2.2 update');
    await input.trigger('keydown', { code: 'Enter', ctrlKey: true });
    await flushPromises();
    expect(harness.fake.calls.find((each) => each.name === 'NoteCall')!.variables).toMatchObject({
      callId: 'cti-1',
      text: 'Wants the 2.2 update',
    });
    expect(wrapper.get('[data-test="call-note"]').text()).toContain('Wants the 2.2 update');
    expect((input.element as HTMLTextAreaElement).value).toBe('');

    const noted = call({
      takenBy: SARA,
      state: 'ANSWERED',
      notes: [{ id: 'n0', text: 'Wants the 2.2 update', at: '2026-12-07T09:02:00.000Z', author: SARA }],
    });
    push({ ...noted, state: 'ENDED', outcome: 'ANSWERED', durationSeconds: 247 });
    await flushPromises();
    expect(wrapper.get('[data-test="call-page"]').attributes('data-call-state')).toBe('ENDED');
    wrapper.get('[data-test="call-wrap-up"]');
    // A late push of the call before it ended does not bring it back.
    harness.fake.push('CallsChanged', { callsChanged: noted });
    await flushPromises();
    expect(wrapper.get('[data-test="call-page"]').attributes('data-call-state')).toBe('ENDED');
    expect(wrapper.findAll('[data-test="call-note"]')).toHaveLength(1);
  });

  it('wraps up into a new ticket, saying first what is missing, then links the ticket', async () => {
    const { wrapper, harness } = await openCall(
      call({ takenBy: SARA, state: 'ENDED', outcome: 'ANSWERED', durationSeconds: 60 }),
    );
    await wrapper.get('form[novalidate]').trigger('submit');
    await flushPromises();
    expect(wrapper.findAll('.calls-problem').map((each) => each.text())).toEqual([
      'Write the call’s topic.',
      'Choose a requester type.',
      'Write the ticket’s subject.',
    ]);
    expect(harness.fake.calls.some((each) => each.name === 'WrapUpCall')).toBe(false);

    await wrapper.get('[data-test="call-wrap-topic"]').setValue('Reader update');
    await wrapper.get('[data-test="call-wrap-requester-type"]').setValue('publisher');
    await wrapper.get('[data-test="call-wrap-subject"]').setValue('Reader will not start');
    await wrapper.get('form[novalidate]').trigger('submit');
    await flushPromises();
    const sent = harness.fake.calls.filter((each) => each.name === 'WrapUpCall');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables.input).toEqual({
      callId: 'cti-1',
      topic: 'Reader update',
      outcome: 'ANSWERED',
      requesterType: 'publisher',
      ticket: { open: { subject: 'Reader will not start', departmentId: 'dep-letters' } },
    });
    expect(wrapper.get('[data-test="call-ticket-link"]').attributes('href')).toBe('/console/tickets/42');
  });

  it('attaches to a ticket given by number, and says so when there is none', async () => {
    let found: number | null = null;
    const { wrapper, harness } = await openCall(call({ state: 'ENDED', outcome: 'MISSED' }), {
      TicketSettings: () => ({ data: { ticketSettings: { ...CHOICES, requesterTypes: [] } } }),
      CallTicketByNumber: ({ number }) => {
        found = Number(number);
        return {
          data: { ticket: found === 12 ? { id: 'ticket-12', number: 12, subject: 'Invoice', status: 'OPEN' } : null },
        };
      },
    });
    await wrapper.get('[data-test="call-wrap-topic"]').setValue('Invoice');
    await wrapper.get('[data-test="call-wrap-ticket-attach"]').setValue(true);
    await wrapper.get('[data-test="call-wrap-attach-number"]').setValue('#99');
    await wrapper.get('form[novalidate]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe('There is no ticket #99.');
    expect(harness.fake.calls.some((each) => each.name === 'WrapUpCall')).toBe(false);

    await wrapper.get('[data-test="call-wrap-attach-number"]').setValue('۱۲');
    await wrapper.get('form[novalidate]').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((each) => each.name === 'WrapUpCall')!.variables.input).toEqual({
      callId: 'cti-1',
      topic: 'Invoice',
      outcome: 'MISSED',
      requesterType: null,
      ticket: { attachToTicketId: 'ticket-12' },
    });
  });

  it('words a refusal by its reason', async () => {
    const { wrapper } = await openCall(call(), {
      TakeCall: () => ({ errors: [{ message: 'taken', code: 'CONFLICT', reason: 'CALL_ALREADY_TAKEN' }] }),
    });
    await wrapper.get('[data-test="call-take"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[role="alert"][data-reason="CALL_ALREADY_TAKEN"]').text()).toBe(
      'Another agent has taken this call.',
    );
  });

  it('reads in Persian with Persian digits', async () => {
    const { wrapper } = await openCall(
      call({ takenBy: SARA, state: 'ENDED', outcome: 'ANSWERED', durationSeconds: 247 }),
      {},
      'fa',
    );
    expect(wrapper.get('h1').text()).toBe('ورودی · پاسخ داده شد');
    expect(wrapper.text()).toContain('۴:۰۷');
    expect(wrapper.get('[data-test="caller-open-ticket"]').text()).toContain('#۷');
    expect(wrapper.text()).not.toMatch(/calls\./);
  });
});
