import type { FakeResolver } from '@deskstream/ui/testing';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallbackFieldsFragment as Callback } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { call, callback, SARA } from './testing/call-fixtures';
import { mountCalls } from './testing/mount-calls';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

async function openQueue(start: Callback[], answers: Record<string, FakeResolver> = {}) {
  let current = start;
  const change = (callId: unknown, next: (each: Callback) => Callback) => {
    current = current.map((each) => (each.callId === callId ? next(each) : each));
    return current.find((each) => each.callId === callId)!;
  };
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
    LiveCalls: () => ({ data: { calls: { nodes: [] } } }),
    TicketAgents: () => ({
      data: {
        ticketAgents: [
          { id: 'agent-1', username: 'sara', displayName: 'Sara Ahmadi' },
          { id: 'agent-2', username: 'minh', displayName: 'Minh Nguyen' },
        ],
      },
    }),
    CallbackQueue: () => ({ data: { callbackQueue: current } }),
    AssignCallback: ({ callId, staffId }) => ({
      data: {
        assignCallback: change(callId, (each) => ({
          ...each,
          state: 'ASSIGNED',
          assignee: staffId === SARA.id ? SARA : { id: String(staffId), name: 'Minh Nguyen' },
        })),
      },
    }),
    RecordCallbackAttempt: ({ callId, outcome, note }) => ({
      data: {
        recordCallbackAttempt: change(callId, (each) => ({
          ...each,
          attempts: [
            ...each.attempts,
            {
              id: `a${each.attempts.length}`,
              outcome: outcome as never,
              note: (note as string) ?? null,
              at: '2026-12-07T09:30:00.000Z',
              by: SARA,
            },
          ],
        })),
      },
    }),
    CompleteCallback: ({ callId }) => ({
      data: { completeCallback: change(callId, (each) => ({ ...each, state: 'DONE' })) },
    }),
    ...answers,
  });
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const mounted = await mountCalls(harness.plugin, harness.pinia, '/calls/callbacks');
  return { harness, ...mounted, add: (more: Callback) => (current = [...current, more]) };
}

describe('the callback queue', () => {
  it('lists missed calls oldest first with their caller, and is worked: assigned, attempted, done', async () => {
    const { wrapper, harness } = await openQueue([
      callback({ callId: 'later', queuedAt: '2026-12-07T08:30:00.000Z' }),
      callback(),
    ]);
    const items = () => wrapper.findAll('[data-test="callback"]');
    expect(items().map((each) => each.attributes('data-call-id'))).toEqual(['cti-9', 'later']);
    expect(items()[0]!.get('[data-test="caller-name"]').text()).toBe('Hannah Vogel');
    expect(items()[0]!.get('[data-test="callback-dial"]').attributes('href')).toBe('tel:+49305557160');

    await items()[0]!.get('[data-test="callback-assign-me"]').trigger('click');
    await flushPromises();
    expect(harness.fake.calls.find((each) => each.name === 'AssignCallback')!.variables).toMatchObject({
      callId: 'cti-9',
      staffId: 'agent-1',
    });
    expect(items()[0]!.get('[data-test="callback-assignee"]').text()).toBe('Assigned to Sara Ahmadi');

    await items()[0]!.get('[data-test="callback-attempt-outcome"]').setValue('NO_ANSWER');
    await items()[0]!.get('[data-test="callback-attempt-note"]').setValue('  Rang out  ');
    await items()[0]!.get('[data-test="callback-attempt-form"]').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((each) => each.name === 'RecordCallbackAttempt')!.variables).toMatchObject({
      outcome: 'NO_ANSWER',
      note: 'Rang out',
    });
    expect(items()[0]!.get('[data-test="callback-attempt"]').text()).toContain('No answer');

    await items()[0]!.get('[data-test="callback-done"]').trigger('click');
    await flushPromises();
    expect(items().map((each) => each.attributes('data-call-id'))).toEqual(['later']);
  });

  it('reads again when a call changes, so a call missed now joins the queue', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { wrapper, harness, add } = await openQueue([]);
      wrapper.get('[data-test="callbacks-empty"]');
      add(callback());
      harness.fake.push('CallsChanged', { callsChanged: call({ id: 'cti-9', state: 'ENDED', outcome: 'MISSED' }) });
      await vi.advanceTimersByTimeAsync(1_000);
      await flushPromises();
      expect(wrapper.findAll('[data-test="callback"]')).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is handed to a colleague of my departments', async () => {
    const { wrapper, harness } = await openQueue([callback()]);
    const choices = wrapper.findAll('[data-test="callback-assignee-choice"] option').map((each) => each.text());
    expect(choices).toEqual(['Choose a colleague', 'Minh Nguyen']);
    await wrapper.get('[data-test="callback-assignee-choice"]').setValue('agent-2');
    await wrapper.get('[data-test="callback-assign-form"]').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((each) => each.name === 'AssignCallback')!.variables).toMatchObject({
      staffId: 'agent-2',
    });
    expect(wrapper.get('[data-test="callback-assignee"]').text()).toBe('Assigned to Minh Nguyen');
    expect(wrapper.find('[data-test="callback-assign-form"]').exists()).toBe(false);
  });

  it('says why an attempt was refused and keeps the callback', async () => {
    const { wrapper } = await openQueue([callback()], {
      RecordCallbackAttempt: () => ({
        errors: [{ message: 'closed', code: 'CONFLICT', reason: 'CALL_CALLBACK_CLOSED' }],
      }),
    });
    await wrapper.get('[data-test="callback-attempt-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe('This callback is done or no longer owed.');
    wrapper.get('[data-test="callback"]');
  });
});
