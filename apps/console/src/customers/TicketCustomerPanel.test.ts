import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createConsoleHarness } from '../testing/console-harness';
import TicketCustomerPanel from './TicketCustomerPanel.vue';
import { hit, registration } from './testing/customer-fixtures';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountPanel(answer: unknown, locale = 'en') {
  const harness = createConsoleHarness({ TicketCustomer: () => ({ data: answer }) }, { locale });
  const stub = defineComponent(() => () => h('p'));
  const router = createRouter({
    history: createMemoryHistory('/console/'),
    routes: [
      { path: '/', component: stub },
      { path: '/customers/new', name: 'customer-new', component: stub },
      { path: '/customers/:id', name: 'customer', component: stub },
    ],
  });
  const wrapper = mount(TicketCustomerPanel, {
    props: {
      ticketId: 'ticket-1',
      revision: 4,
      requester: { name: 'Leila Karimi', email: 'leila@example.ir', phone: '+989121234567' },
    },
    global: { plugins: [harness.plugin, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { harness, wrapper };
}

describe('the customer on the ticket page', () => {
  it('shows the requester’s customer record and their registrations', async () => {
    const { harness, wrapper } = await mountPanel({
      ticket: { id: 'ticket-1', customer: hit(), registrations: [registration()] },
    });
    expect(harness.fake.calls[0]!.variables).toEqual({ id: 'ticket-1' });
    expect(wrapper.get('[data-test="ticket-customer-link"]').attributes('href')).toBe('/console/customers/cust-1');
    expect(wrapper.get('[data-test="ticket-customer-registration"] bdi').text()).toBe('Noor Reader');
    expect(wrapper.get('[data-test="ticket-customer-registration"] .customers-version').text()).toBe('2.0');
    expect(wrapper.get('[data-test="ticket-customer-registration"]').text()).toContain('NR-1234-5678');
  });

  it('offers to record the requester as a customer with what the ticket knows', async () => {
    const { wrapper } = await mountPanel({ ticket: { id: 'ticket-1', customer: null, registrations: [] } }, 'fa');
    expect(wrapper.get('[data-test="ticket-customer-none"]').text()).toBe(
      'هیچ پرونده‌ی مشتری‌ای با درخواست‌کننده جور نیست.',
    );
    const href = wrapper.get('[data-test="ticket-customer-record"]').attributes('href')!;
    const query = new URL(href, 'http://desk.invalid').searchParams;
    expect(Object.fromEntries(query)).toEqual({
      name: 'Leila Karimi',
      email: 'leila@example.ir',
      phone: '+989121234567',
    });
  });
});
