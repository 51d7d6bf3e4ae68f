import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { SecurityLogEntryFieldsFragment as Entry } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import SecurityLogPage from './SecurityLogPage.vue';
import { useSecurityLogStore } from './security-log-store';

const entry = (index: number, overrides: Partial<Entry> = {}): Entry => ({
  id: `e${index}`,
  at: '2026-12-07T09:00:00.000Z',
  day: '2026-12-07',
  kind: 'SIGN_IN_FAILED',
  subject: 'STAFF',
  person: 'sara',
  address: '10.0.3.7',
  userAgent: 'Firefox',
  method: null,
  step: 'PASSWORD',
  until: null,
  by: null,
  roles: null,
  ...overrides,
});
const LOG = Array.from({ length: 120 }, (_, index) =>
  index === 0
    ? entry(0, { kind: 'ROLES_CHANGED', person: 'pouya', step: null, by: 'admin', roles: ['SUPERVISOR'] })
    : entry(index),
);

async function mountLog() {
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles: ['ADMIN'] }) } } }),
    SecurityLog: ({ filter, offset, first }) => {
      const kinds = (filter as { kinds: string[] | null } | null)?.kinds;
      const matching = LOG.filter((each) => !kinds || kinds.includes(each.kind));
      const from = Number(offset);
      return { data: { securityLog: { total: matching.length, entries: matching.slice(from, from + Number(first)) } } };
    },
  });
  await useSessionStore(harness.pinia).signIn('admin', 'right');
  const wrapper = mount(SecurityLogPage, { global: { plugins: [harness.plugin] } });
  await flushPromises();
  return { wrapper, harness };
}

describe('SecurityLogPage', () => {
  it('shows the newest entries a page at a time, with who did what', async () => {
    const { wrapper } = await mountLog();
    const rows = wrapper.findAll('[data-test="security-log-entry"]');
    expect(rows).toHaveLength(50);
    expect(rows[0]!.text()).toContain('Roles changed');
    expect(rows[0]!.text()).toContain('By admin');
    expect(rows[0]!.text()).toContain('Now: Supervisor');
    expect(rows[1]!.text()).toContain('Wrong password');
    expect(wrapper.get('[data-test="security-log-range"]').text()).toBe('Entries 1–50 of 120');
    await wrapper.findAll('nav button')[1]!.trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-test="security-log-range"]').text()).toBe('Entries 51–100 of 120');
  });

  it('filters by kind and person through the api', async () => {
    const { wrapper, harness } = await mountLog();
    await wrapper.get('[data-test="security-log-kind"]').setValue('ROLES_CHANGED');
    await wrapper.get('[data-test="security-log-person"]').setValue(' pouya ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.at(-1)?.variables).toMatchObject({
      filter: { person: 'pouya', kinds: ['ROLES_CHANGED'], fromDay: null, toDay: null, address: null },
      offset: 0,
    });
    expect(wrapper.findAll('[data-test="security-log-entry"]')).toHaveLength(1);
  });

  it('gathers every matching entry for the export, page after page', async () => {
    const { harness } = await mountLog();
    const all = await useSecurityLogStore(harness.pinia).everyEntry();
    expect(Array.isArray(all) && all.length).toBe(120);
  });
});
