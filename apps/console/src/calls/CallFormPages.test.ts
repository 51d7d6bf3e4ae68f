import type { FakeResolver } from '@deskstream/ui/testing';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { call } from './testing/call-fixtures';
import { mountCalls } from './testing/mount-calls';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

async function open(path: string, answers: Record<string, FakeResolver>, roles: ('AGENT' | 'ADMIN')[] = ['AGENT']) {
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles }) } } }),
    LiveCalls: () => ({ data: { calls: { nodes: [] } } }),
    TicketSettings: () => ({ data: { ticketSettings: { requesterTypes: [], departments: [] } } }),
    ...answers,
  });
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  return { harness, ...(await mountCalls(harness.plugin, harness.pinia, path)) };
}

describe('a call logged by hand', () => {
  it('says what is missing, then logs the call once across a lost answer', async () => {
    let lost = true;
    const { wrapper, harness } = await open('/calls/log', {
      LogCall: () => {
        if (lost) {
          lost = false;
          return { networkError: true };
        }
        return { data: { logCall: call({ id: 'manual-1', source: 'MANUAL', state: 'ENDED', outcome: 'MISSED' }) } };
      },
    });
    await wrapper.get('[data-test="call-log-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.calls-problem').text()).toBe('Write the number.');
    expect(harness.fake.calls.some((each) => each.name === 'LogCall')).toBe(false);

    await wrapper.get('[data-test="call-log-number"]').setValue('+49 30 9018 2000');
    await wrapper.get('[data-test="call-log-outcome"]').setValue('MISSED');
    await wrapper.get('[data-test="call-log-notes"]').setValue('Rang while the desk was closed');
    await wrapper.get('[data-test="call-log-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').attributes('data-reason')).toBe('NETWORK_ERROR');
    await wrapper.get('[data-test="call-log-form"]').trigger('submit');
    await flushPromises();
    const sent = harness.fake.calls.filter((each) => each.name === 'LogCall');
    expect(sent).toHaveLength(2);
    expect(sent[0]!.variables.commandId).toBe(sent[1]!.variables.commandId);
    expect(sent[1]!.variables.input).toMatchObject({
      direction: 'IN',
      number: '+49 30 9018 2000',
      outcome: 'MISSED',
      durationSeconds: 0,
      notes: 'Rang while the desk was closed',
    });
    expect(wrapper.get('[data-test="call-log-logged"] a').attributes('href')).toBe('/console/calls/manual-1');
  });

  it('words the api’s refusal of a number by its reason', async () => {
    const { wrapper } = await open('/calls/log', {
      LogCall: () => ({ errors: [{ message: 'bad', code: 'VALIDATION_ERROR', reason: 'CALL_NUMBER_INVALID' }] }),
    });
    await wrapper.get('[data-test="call-log-number"]').setValue('12');
    await wrapper.get('[data-test="call-log-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe('This is not a phone number: write it with its country code.');
  });
});

describe('the telephony settings', () => {
  const SETTINGS = {
    webhookUrl: 'https://desk.example/api/v1/cti/abcdefghijklmnop',
    token: 'abcdefghijklmnop',
    fromEnvironment: false,
  };

  it('hides the token until shown, and rotates it only once confirmed', async () => {
    const { wrapper, harness } = await open(
      '/calls/settings',
      {
        CtiSettings: () => ({ data: { ctiSettings: SETTINGS } }),
        RotateCtiToken: () => ({
          data: {
            rotateCtiToken: {
              ...SETTINGS,
              token: 'qrstuvwxyz012345',
              webhookUrl: 'https://desk.example/api/v1/cti/qrstuvwxyz012345',
            },
          },
        }),
      },
      ['ADMIN'],
    );
    expect(wrapper.get('[data-test="cti-token"]').text()).not.toContain('abcdefghijklmnop');
    expect(wrapper.get('[data-test="cti-webhook-url"]').text()).toContain('https://desk.example/api/v1/cti/');
    expect(wrapper.get('[data-test="cti-webhook-url"]').text()).not.toContain('abcdefghijklmnop');
    await wrapper.get('[data-test="cti-show"]').trigger('click');
    expect(wrapper.get('[data-test="cti-token"]').text()).toBe('abcdefghijklmnop');

    await wrapper.get('[data-test="cti-rotate"]').trigger('click');
    expect(document.activeElement).toBe(wrapper.get('[data-test="cti-rotate-confirm"]').element);
    await wrapper.get('[data-test="cti-rotate-keep"]').trigger('click');
    expect(harness.fake.calls.some((each) => each.name === 'RotateCtiToken')).toBe(false);
    await wrapper.get('[data-test="cti-rotate"]').trigger('click');
    await wrapper.get('[data-test="cti-rotate-confirm"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-test="cti-token"]').text()).toBe('qrstuvwxyz012345');
    wrapper.get('[data-test="cti-rotated"]');
  });

  it('says a token from CTI_TOKEN is changed on the server, and offers no rotation', async () => {
    const { wrapper } = await open(
      '/calls/settings',
      { CtiSettings: () => ({ data: { ctiSettings: { ...SETTINGS, fromEnvironment: true } } }) },
      ['ADMIN'],
    );
    wrapper.get('[data-test="cti-from-environment"]');
    expect(wrapper.find('[data-test="cti-rotate"]').exists()).toBe(false);
  });
});

describe('follow-up lists', () => {
  it('are made from numbers, one a line, and each number attempted until done', async () => {
    const list = {
      id: 'list-1',
      name: 'Publishers with an open issue',
      description: null,
      createdAt: '2026-12-07T08:00:00.000Z',
      createdBy: { id: 'agent-1', name: 'Sara Ahmadi' },
      doneCount: 0,
      entries: [
        {
          id: 'e1',
          label: 'Verlag Nord',
          reference: null,
          done: false,
          number: { raw: '+49 30 55571600', e164: '+493055571600' },
          attempts: [],
        },
      ],
    };
    const { wrapper, harness } = await open('/calls/lists', {
      CallLists: () => ({ data: { callLists: [] } }),
      CreateCallList: () => ({ data: { createCallList: list } }),
      RecordCallListAttempt: () => ({
        data: {
          recordCallListAttempt: {
            ...list,
            doneCount: 1,
            entries: [
              {
                ...list.entries[0]!,
                done: true,
                attempts: [{ id: 'a1', outcome: 'REACHED', note: null, at: '2026-12-07T09:00:00.000Z', by: null }],
              },
            ],
          },
        },
      }),
    });
    wrapper.get('[data-test="call-lists-empty"]');
    await wrapper.get('[data-test="call-list-name"]').setValue('Publishers with an open issue');
    await wrapper.get('[data-test="call-list-entries"]').setValue('+49 30 55571600, Verlag Nord\n\n+44 20 7946 0958');
    await wrapper.get('[data-test="call-list-create"]').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((each) => each.name === 'CreateCallList')!.variables.input).toEqual({
      name: 'Publishers with an open issue',
      entries: [
        { number: '+49 30 55571600', label: 'Verlag Nord' },
        { number: '+44 20 7946 0958', label: '+44 20 7946 0958' },
      ],
    });
    await wrapper.get('[data-test="call-list-record"]').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((each) => each.name === 'RecordCallListAttempt')!.variables).toMatchObject({
      listId: 'list-1',
      entryId: 'e1',
      outcome: 'REACHED',
      done: true,
    });
    expect(wrapper.get('[data-test="call-list-progress"]').text()).toBe('1 of 1 done');
    expect(wrapper.get('[data-test="call-list-entry"]').attributes('data-done')).toBe('true');
  });
});
