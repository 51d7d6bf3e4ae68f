import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountOperations, settings } from './testing/operations-fixtures';

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => {
  document.body.innerHTML = '';
});

type Input = { shifts: { key: string; start: string; end: string }[]; expectedVersion: number; commandId: string };

describe('the operations settings', () => {
  it('lets an admin end the morning shift at noon: sent with the version it was made on, answered with the next', async () => {
    let current = settings();
    const { wrapper, fake } = await mountOperations(
      '/operations/settings',
      {
        OperationsSettings: () => ({ data: { operationsSettings: current } }),
        DefineOperationsShifts: ({ input }) => {
          const { shifts } = input as Input;
          current = settings({
            version: 1,
            shifts: current.shifts.map((shift, index) => ({ ...shift, end: shifts[index]!.end })),
            rebuild: {
              state: 'CURRENT',
              version: 1,
              finishedAt: '2026-03-02T10:00:00Z',
              durationMs: 120,
              eventsReplayed: 4_800,
            },
          });
          return { data: { defineShifts: current } };
        },
      },
      { roles: ['ADMIN'] },
    );
    expect(wrapper.get('[data-test="operations-settings-version"]').text()).toContain('the defaults hold');
    const morning = wrapper.get('[data-test="operations-shift"][data-key="morning"]');
    await morning.get('[data-test="operations-shift-end"]').setValue('12');
    await wrapper.get('[data-test="operations-shifts-form"]').trigger('submit');
    await flushPromises();
    const sent = fake.calls.find((call) => call.name === 'DefineOperationsShifts')!.variables.input as Input;
    expect(sent.expectedVersion).toBe(0);
    expect(sent.shifts.map(({ key, start, end }) => ({ key, start, end }))).toEqual([
      { key: 'morning', start: '08:00', end: '12:00' },
      { key: 'evening', start: '16:00', end: '24:00' },
    ]);
    wrapper.get('[data-test="operations-shifts-saved"]');
    expect(wrapper.get('[data-test="operations-settings-version"]').attributes('data-version')).toBe('1');
    expect(wrapper.get('[data-test="operations-settings-version"]').text()).toContain('4,800 events');
  });

  it('says what is wrong before sending (shifts covering the same hour), and words the api’s refusal', async () => {
    const { wrapper, fake } = await mountOperations(
      '/operations/settings',
      {
        OperationsSettings: () => ({ data: { operationsSettings: settings() } }),
        ChangeOperationsDefinitions: () => ({
          errors: [{ message: 'changed', extensions: { code: 'CONFLICT', reason: 'OPERATIONS_SETTINGS_CHANGED' } }],
        }),
      },
      { roles: ['ADMIN'] },
    );
    const evening = wrapper.get('[data-test="operations-shift"][data-key="evening"]');
    await evening.get('[data-test="operations-shift-start"]').setValue('15');
    await wrapper.get('[data-test="operations-shifts-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="operations-shifts-problem"]').attributes('data-problem')).toBe('overlap');
    expect(fake.calls.some((call) => call.name === 'DefineOperationsShifts')).toBe(false);

    await wrapper.get('[data-test="operations-service-level"]').setValue('30');
    await wrapper.get('[data-test="operations-definitions-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="operations-definitions-refused"]').text()).toContain(
      'Someone changed the settings',
    );
  });

  it('sends a change again with the same command id after a lost answer, and a new one after an answer', async () => {
    let lose = true;
    const { wrapper, fake } = await mountOperations(
      '/operations/settings',
      {
        OperationsSettings: () => ({ data: { operationsSettings: settings() } }),
        ChangeOperationsDefinitions: () => {
          if (lose) return { networkError: true };
          return { data: { changeOperationsDefinitions: settings({ version: 1, answeredMinTalkSeconds: 10 }) } };
        },
      },
      { roles: ['ADMIN'] },
    );
    await wrapper.get('[data-test="operations-min-talk"]').setValue('10');
    await wrapper.get('[data-test="operations-definitions-form"]').trigger('submit');
    await flushPromises();
    lose = false;
    await wrapper.get('[data-test="operations-definitions-form"]').trigger('submit');
    await flushPromises();
    await wrapper.get('[data-test="operations-definitions-form"]').trigger('submit');
    await flushPromises();
    const ids = fake.calls
      .filter((call) => call.name === 'ChangeOperationsDefinitions')
      .map((call) => (call.variables.input as { commandId: string; answeredMinTalkSeconds: number }).commandId);
    expect(ids).toHaveLength(3);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[1]);
  });

  it('shows supervisors the settings without a way to change them', async () => {
    const { wrapper } = await mountOperations('/operations/settings', {
      OperationsSettings: () => ({
        data: { operationsSettings: settings({ requesterTypes: [{ key: 'buyer', group: 'customer' }] }) },
      }),
    });
    wrapper.get('[data-test="operations-settings-read-only"]');
    expect(wrapper.find('[data-test="operations-shifts-save"]').exists()).toBe(false);
    expect(wrapper.get('[data-test="operations-shifts-form"] fieldset').attributes('disabled')).toBeDefined();
    const groups = wrapper.findAll('[data-test="operations-requester-type"]');
    expect(groups.map((row) => row.attributes('data-key'))).toEqual(['publisher', 'buyer']);
    expect((groups[1]!.get('input').element as HTMLInputElement).value).toBe('customer');
  });
});
