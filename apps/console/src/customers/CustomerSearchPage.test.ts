import { deferred } from '@deskstream/ui/testing';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { hit, searchAnswer } from './testing/customer-fixtures';
import { mountCustomers } from './testing/mount-customers';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

async function openSearch(path: string, resolvers: Parameters<typeof createConsoleHarness>[0] = {}, locale = 'en') {
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
      CustomerSearch: ({ query }) =>
        searchAnswer(String(query).includes('912') ? [hit(), hit({ id: 'cust-2', name: 'Ali Rezaei' })] : []),
      ...resolvers,
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const mounted = await mountCustomers(harness.plugin, path);
  return { harness, ...mounted };
}

describe('searching customers', () => {
  it('searches what is typed (a phone number in any format), keeping the query in the address', async () => {
    const { harness, wrapper, router } = await openSearch('/customers');
    expect(wrapper.text()).toContain('Type a name, a phone number');
    await wrapper.get('[data-test="customers-search-input"]').setValue(' 0912-123 4567 ');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: '0912-123 4567' });
    expect(harness.fake.calls.find((call) => call.name === 'CustomerSearch')!.variables).toMatchObject({
      query: '0912-123 4567',
    });
    const hits = wrapper.findAll('[data-test="customer-hit"]');
    expect(hits.map((each) => each.attributes('data-customer-id'))).toEqual(['cust-1', 'cust-2']);
    expect(hits[0]!.get('a').attributes('href')).toBe('/console/customers/cust-1');
    expect(wrapper.get('[data-test="customers-count"]').text()).toBe('2 customers');
  });

  it('says when nothing matches, and offers to record the customer with what was searched', async () => {
    const { wrapper } = await openSearch('/customers?q=nobody%40example.org');
    expect(wrapper.get('[data-test="customers-count"]').text()).toBe('No customer matches “nobody@example.org”.');
    expect(wrapper.get('[data-test="customers-record-new"]').attributes('href')).toBe(
      '/console/customers/new?q=nobody@example.org',
    );
  });

  it('never lets a slow answer to an earlier query replace a later one', async () => {
    const slow = deferred<ReturnType<typeof searchAnswer>>();
    const { wrapper, router } = await openSearch('/customers', {
      CustomerSearch: ({ query }) => (query === 'first' ? slow.promise : searchAnswer([hit({ id: 'later' })])),
    });
    await router.push({ name: 'customers', query: { q: 'first' } });
    await router.push({ name: 'customers', query: { q: 'second' } });
    await flushPromises();
    slow.resolve(searchAnswer([hit({ id: 'earlier' })]));
    await flushPromises();
    expect(wrapper.findAll('[data-test="customer-hit"]').map((each) => each.attributes('data-customer-id'))).toEqual([
      'later',
    ]);
  });

  it('moves through the hits with j and k and opens one with o', async () => {
    const { wrapper, router } = await openSearch('/customers?q=0912');
    const press = (code: string) => document.dispatchEvent(new KeyboardEvent('keydown', { code, bubbles: true }));
    press('KeyJ');
    await flushPromises();
    expect(wrapper.findAll('[data-test="customer-hit"]')[1]!.classes()).toContain('is-current');
    press('KeyK');
    press('KeyO');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/customers/cust-1');
  });

  it('says what a hit was found by when it was not the name, and pages with the cursor', async () => {
    const { harness, wrapper } = await openSearch('/customers?q=ND-4012', {
      CustomerSearch: ({ after }) =>
        after === 'next'
          ? searchAnswer([hit({ id: 'cust-3', name: 'Third' })], false, 'SERIAL')
          : searchAnswer([hit()], true, 'SERIAL'),
    });
    expect(wrapper.get('[data-test="customer-hit-match"]').text()).toBe('Found by serial');
    await wrapper.get('[data-test="customers-more"]').trigger('click');
    await flushPromises();
    expect(harness.fake.calls.at(-1)!.variables).toMatchObject({ query: 'ND-4012', after: 'next' });
    expect(wrapper.findAll('[data-test="customer-hit"]').map((each) => each.attributes('data-customer-id'))).toEqual([
      'cust-1',
      'cust-3',
    ]);
    expect(wrapper.find('[data-test="customers-more"]').exists()).toBe(false);
  });

  it('writes counts in Persian digits', async () => {
    const { wrapper } = await openSearch('/customers?q=0912', {}, 'fa');
    expect(wrapper.get('[data-test="customers-count"]').text()).toBe('۲ مشتری');
  });
});
