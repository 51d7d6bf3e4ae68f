import type { FakeResolver } from '@deskstream/ui/testing';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Role } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import PatronAccountPage from './PatronAccountPage.vue';
import PatronsPage from './PatronsPage.vue';
import { CARD, foundPatron, patronAccount } from './testing/patron-fixtures';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const calls = (fake: { calls: { name: string; variables: Record<string, unknown> }[] }, name: string) =>
  fake.calls.filter((call) => call.name === name);

async function openPage(path: string, answers: Record<string, FakeResolver>, roles: Role[] = ['AGENT'], locale = 'en') {
  const harness = createConsoleHarness(
    { SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles }) } } }), ...answers },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/patrons', name: 'patrons', component: PatronsPage },
      { path: '/patrons/:id', name: 'patron-account', component: PatronAccountPage },
    ],
  });
  await router.push(path);
  const wrapper = mount(
    { template: '<RouterView />' },
    { global: { plugins: [harness.plugin, router] }, attachTo: document.body },
  );
  await flushPromises();
  return { ...harness, router, wrapper };
}

describe('finding a patron at the desk', () => {
  it('finds by card number, keeps the search in the address and opens the account', async () => {
    const { wrapper, router, fake } = await openPage('/patrons', {
      FindAccounts: ({ query }) => ({
        data: { findAccounts: query === CARD ? [foundPatron({ lockedUntil: '2026-12-07T10:30:00Z' })] : [] },
      }),
      PatronAccount: () => ({ data: { account: patronAccount() } }),
    });
    const input = wrapper.get('[data-test="patrons-search-input"]');
    expect(document.activeElement).toBe(input.element);
    await input.setValue(` ${CARD} `);
    await wrapper.get('[data-test="patrons-search"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: CARD });
    expect(calls(fake, 'FindAccounts')[0]!.variables).toEqual({ query: CARD });
    const result = wrapper.get('[data-test="patrons-result"]');
    expect(result.text()).toContain('Hana Sato');
    expect(result.text()).toContain('Locked');
    await result.get('a').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/patrons/patron-1');
  });

  it('says when nothing matches', async () => {
    const { wrapper } = await openPage('/patrons?q=nobody', { FindAccounts: () => ({ data: { findAccounts: [] } }) });
    expect(wrapper.get('[data-test="patrons-none"]').text()).toContain('nobody');
  });
});

describe('one account at the desk', () => {
  it('shows the lockout with its unlock time in Persian digits, and unlocks early', async () => {
    const lockedUntil = new Date(Date.now() + 20 * 60_000).toISOString();
    let account = patronAccount({ lockedUntil, failedSignInsInRow: 5 });
    const { wrapper, fake } = await openPage(
      '/patrons/patron-1',
      {
        PatronAccount: () => ({ data: { account } }),
        UnlockAccount: () => {
          account = { ...account, lockedUntil: null, failedSignInsInRow: 0 };
          return { data: { unlockAccount: account } };
        },
      },
      ['AGENT'],
      'fa',
    );
    const lockout = wrapper.get('[data-test="patron-lockout"]');
    expect(lockout.attributes('data-locked')).toBe('true');
    const text = wrapper.get('[data-test="patron-locked-until"]').text();
    expect(text).toContain('۵');
    expect(text).not.toMatch(/[0-9]/);
    expect(wrapper.get('[data-test="patron-card"]').text()).toBe('۰۱۲۳۴۵۶۷');
    await wrapper.get('[data-test="patron-unlock"]').trigger('click');
    await flushPromises();
    expect(calls(fake, 'UnlockAccount')[0]!.variables).toEqual({
      accountId: 'patron-1',
      commandId: expect.any(String),
    });
    expect(wrapper.get('[data-test="patron-lockout"]').attributes('data-locked')).toBe('false');
  });

  it('reads the account again when the lockout ends by itself', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    try {
      let account = patronAccount({ lockedUntil: new Date(Date.now() + 60_000).toISOString(), failedSignInsInRow: 5 });
      const { wrapper, fake } = await openPage('/patrons/patron-1', { PatronAccount: () => ({ data: { account } }) });
      expect(wrapper.get('[data-test="patron-lockout"]').attributes('data-locked')).toBe('true');
      account = { ...account, lockedUntil: null, failedSignInsInRow: 0 };
      vi.advanceTimersByTime(62_000);
      await vi.waitFor(() => expect(calls(fake, 'PatronAccount')).toHaveLength(2));
      await flushPromises();
      expect(wrapper.get('[data-test="patron-lockout"]').attributes('data-locked')).toBe('false');
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists every notice with whether it went out and why a bounce bounced', async () => {
    const { wrapper } = await openPage('/patrons/patron-1', {
      PatronAccount: () => ({ data: { account: patronAccount() } }),
    });
    const rows = wrapper.findAll('[data-test="patron-notice"]');
    expect(rows.map((row) => row.attributes('data-delivery'))).toEqual(['BOUNCED', 'DELIVERED']);
    expect(rows[0]!.text()).toContain('Bounced');
    expect(rows[0]!.get('[data-test="patron-notice-problem"]').text()).toContain('550 5.7.1');
    expect(rows[1]!.text()).toContain('Reply to a request');
  });

  it('re-registers a password with the domain’s rule, once even when the answer is lost', async () => {
    let answers = 0;
    const { wrapper, fake } = await openPage('/patrons/patron-1', {
      PatronAccount: () => ({ data: { account: patronAccount() } }),
      SetAccountPasswordAtDesk: () =>
        answers++ === 0 ? { networkError: true } : { data: { setAccountPasswordAtDesk: patronAccount() } },
    });
    const input = wrapper.get('[data-test="patron-password-input"]');
    await input.setValue('19870729');
    await wrapper.get('[data-test="patron-password"]').trigger('submit');
    expect(wrapper.get('[data-test="patron-password-problem"]').attributes('data-reason')).toBe(
      'ACCOUNT_PASSWORD_BIRTH_DATE',
    );
    expect(calls(fake, 'SetAccountPasswordAtDesk')).toHaveLength(0);
    await input.setValue('kamo1234');
    await wrapper.get('[data-test="patron-password"]').trigger('submit');
    await flushPromises();
    await wrapper.get('[data-test="patron-password"]').trigger('submit');
    await flushPromises();
    const [first, second] = calls(fake, 'SetAccountPasswordAtDesk').map((call) => call.variables);
    expect(first).toMatchObject({ accountId: 'patron-1', password: 'kamo1234' });
    expect(second).toEqual(first);
    wrapper.get('[data-test="patron-password-done"]');
    expect((input.element as HTMLInputElement).value).toBe('');
  });

  it('offers export and erasure to supervisors only, and erases only once the word is typed', async () => {
    const agent = await openPage('/patrons/patron-1', {
      PatronAccount: () => ({ data: { account: patronAccount() } }),
    });
    expect(agent.wrapper.find('[data-test="patron-data"]').exists()).toBe(false);
    agent.wrapper.unmount();

    let account = patronAccount();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { wrapper, fake } = await openPage(
      '/patrons/patron-1',
      {
        PatronAccount: () => ({ data: { account } }),
        AccountDataExport: () => ({ data: { accountDataExport: '{"name":"Hana Sato"}' } }),
        ErasePerson: () => {
          account = { ...account, erased: true, name: null, cardNumber: null, email: null, phone: null };
          return { data: { erasePerson: account } };
        },
      },
      ['SUPERVISOR'],
    );
    await wrapper.get('[data-test="patron-export"]').trigger('click');
    await flushPromises();
    expect(created).toHaveBeenCalledTimes(1);
    expect(calls(fake, 'AccountDataExport')[0]!.variables).toEqual({ id: 'patron-1' });

    await wrapper.get('[data-test="patron-erase"]').trigger('click');
    const confirm = wrapper.get('[data-test="patron-erase-confirm"]');
    expect(confirm.attributes('role')).toBe('alertdialog');
    expect(document.activeElement).toBe(wrapper.get('[data-test="patron-erase-word"]').element);
    expect(wrapper.get('[data-test="patron-erase-submit"]').attributes('disabled')).toBeDefined();
    await wrapper.get('[data-test="patron-erase-word"]').setValue('ERASE');
    await confirm.trigger('submit');
    await flushPromises();
    expect(calls(fake, 'ErasePerson')).toHaveLength(1);
    wrapper.get('[data-test="patron-erased"]');
    expect(wrapper.get('h1').text()).toBe('Erased person');
  });
});
