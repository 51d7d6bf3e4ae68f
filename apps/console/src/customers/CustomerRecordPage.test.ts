import type { FakeResolver } from '@deskstream/ui/testing';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { customer, searchAnswer, timelineAnswer } from './testing/customer-fixtures';
import { mountCustomers } from './testing/mount-customers';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

async function openForm(path: string, record: FakeResolver) {
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
    TicketSettings: () => ({
      data: {
        ticketSettings: {
          requesterTypes: [{ key: 'publisher', name: { fa: 'ناشر', en: 'Publisher', ja: '出版社', vi: 'NXB' } }],
        },
      },
    }),
    CustomerSearch: () => searchAnswer([]),
    RecordCustomer: record,
    Customer: ({ id }) => ({ data: { customer: customer({ id: String(id) }) } }),
    CustomerTimeline: ({ id }) => timelineAnswer(String(id), []),
  });
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const mounted = await mountCustomers(harness.plugin, path);
  return { harness, ...mounted };
}

describe('recording a customer', () => {
  it('is filled from ?phone= (an unknown caller) and opens the new customer once recorded', async () => {
    const { harness, wrapper, router } = await openForm(
      '/customers/new?phone=%2B98%20912%20123%204567',
      ({ input }) => ({
        data: { recordCustomer: customer({ id: 'cust-new', name: (input as { name: string }).name }) },
      }),
    );
    expect((wrapper.get('[data-test="customer-form-phones"]').element as HTMLTextAreaElement).value).toBe(
      '+98 912 123 4567',
    );
    expect((wrapper.get('[data-test="customer-form-contact"]').element as HTMLSelectElement).value).toBe('PHONE');
    expect(document.activeElement).toBe(wrapper.get('[data-test="customer-form-name"]').element);
    await wrapper.get('[data-test="customer-form"]').trigger('submit');
    expect(wrapper.get('[data-test="customer-form-problems"]').text()).toContain('A name is needed.');
    expect(harness.fake.calls.some((call) => call.name === 'RecordCustomer')).toBe(false);

    await wrapper.get('[data-test="customer-form-name"]').setValue('Maryam Tehrani');
    await wrapper.get('[data-test="customer-form"]').trigger('submit');
    await flushPromises();
    const sent = harness.fake.calls.filter((call) => call.name === 'RecordCustomer');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables).toMatchObject({
      input: {
        kind: 'PERSON',
        organisationType: null,
        name: 'Maryam Tehrani',
        emails: [],
        phones: ['+98 912 123 4567'],
        preferredContact: 'PHONE',
      },
    });
    expect(router.currentRoute.value.fullPath).toBe('/customers/cust-new');
  });

  it('keeps one command id across a retry after a lost answer, and words a refusal by its reason', async () => {
    let attempts = 0;
    const { harness, wrapper } = await openForm('/customers/new?q=Ketab%20House', () => {
      attempts += 1;
      return attempts === 1
        ? { networkError: true }
        : { errors: [{ message: 'taken', code: 'CONFLICT', reason: 'CUSTOMER_CONTACT_POINT_TAKEN' }] };
    });
    expect((wrapper.get('[data-test="customer-form-name"]').element as HTMLInputElement).value).toBe('Ketab House');
    await wrapper.get('[data-test="customer-form-organisation-kind"]').setValue(true);
    await wrapper.get('[data-test="customer-form-org-type"]').setValue('BOOKSELLER');
    await wrapper.get('[data-test="customer-form-emails"]').setValue('sales@ketab.example');
    await wrapper.get('[data-test="customer-form"]').trigger('submit');
    await flushPromises();
    await wrapper.get('[data-test="customer-form"]').trigger('submit');
    await flushPromises();
    const sent = harness.fake.calls.filter((call) => call.name === 'RecordCustomer');
    expect(sent).toHaveLength(2);
    expect(sent[0]!.variables.commandId).toBe(sent[1]!.variables.commandId);
    expect(sent[1]!.variables).toMatchObject({
      input: {
        kind: 'ORGANISATION',
        organisationType: 'BOOKSELLER',
        organisationId: null,
        emails: ['sales@ketab.example'],
      },
    });
    expect(wrapper.get('[data-test="customer-form-error"]').text()).toBe(
      'Another customer already has this contact point; merge the two instead.',
    );
  });
});
