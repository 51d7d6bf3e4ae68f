import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProductFieldsFragment as Product } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { NOOR } from './testing/customer-fixtures';
import { mountCustomers } from './testing/mount-customers';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the product catalogue (admins)', () => {
  it('lists products with versions and serial formats, defines one and adds a version', async () => {
    let products: Product[] = [NOOR];
    const harness = createConsoleHarness({
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles: ['ADMIN'] }) } } }),
      Products: () => ({ data: { products } }),
      DefineProduct: ({ input }) => {
        const sent = input as { key: string; name: string; deviceSerialFormat: string; activationSerialFormat: string };
        const made = { ...NOOR, ...sent, versions: [], registrationCount: 0 };
        products = [...products, made];
        return { data: { defineProduct: made } };
      },
      AddProductVersion: ({ productKey, version }) => {
        const changed = { ...NOOR, versions: [...NOOR.versions, { version: String(version), releasedOn: null }] };
        products = products.map((each) => (each.key === productKey ? changed : each));
        return { data: { addProductVersion: changed } };
      },
    });
    await useSessionStore(harness.pinia).signIn('admin', 'right');
    const { wrapper } = await mountCustomers(harness.plugin, '/customers/products');
    const noor = () => wrapper.get('[data-test="product"][data-key="noor"]');
    expect(noor().text()).toContain('NR-####-####');
    expect(noor().get('[data-test="product-versions"]').text()).toBe('2.0, 3.1');

    await noor().get('[data-test="product-version-input"]').setValue('4.0');
    await noor().get('form').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'AddProductVersion')!.variables).toMatchObject({
      productKey: 'noor',
      version: '4.0',
    });
    expect(noor().get('[data-test="product-versions"]').text()).toBe('2.0, 3.1, 4.0');

    await wrapper.get('[data-test="product-define-open"]').trigger('click');
    await wrapper.get('[data-test="product-key"]').setValue('jame');
    await wrapper.get('[data-test="product-name"]').setValue('Jame Feqh');
    await wrapper.get('[data-test="product-device-format"]').setValue('JF-######');
    await wrapper.get('[data-test="product-editor"]').trigger('submit');
    expect(wrapper.get('[data-test="product-problem"]').text()).toBe('A key, a name and both formats are needed.');
    await wrapper.get('[data-test="product-activation-format"]').setValue('****-****');
    await wrapper.get('[data-test="product-editor"]').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'DefineProduct')!.variables).toMatchObject({
      input: { key: 'jame', name: 'Jame Feqh', deviceSerialFormat: 'JF-######', activationSerialFormat: '****-****' },
    });
    expect(wrapper.findAll('[data-test="product"]').map((each) => each.attributes('data-key'))).toEqual([
      'noor',
      'jame',
    ]);
    expect(wrapper.find('[data-test="product-editor"]').exists()).toBe(false);
  });
});
