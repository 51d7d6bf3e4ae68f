import type { FakeResolver } from '@deskstream/ui/testing';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustomerFieldsFragment as Customer } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { customer, entry, hit, NOOR, registration, searchAnswer, timelineAnswer } from './testing/customer-fixtures';
import { mountCustomers } from './testing/mount-customers';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const TIMELINE = [
  entry(),
  entry({
    id: 'BOOKING:b-1',
    kind: 'BOOKING',
    refId: 'b-1',
    ticketNumber: null,
    summary: 'Genealogy',
    state: 'BOOKED',
  }),
  entry({ id: 'CHAT:c-1', kind: 'CHAT', refId: 'c-1', ticketNumber: null, summary: 'Opening hours', state: 'ENDED' }),
  entry({ id: 'CALL:k-1', kind: 'CALL', refId: 'k-1', ticketNumber: null, summary: 'Inbound call', state: 'MISSED' }),
];

async function openCustomer(locale = 'en', answers: Record<string, FakeResolver> = {}, start: Customer = customer()) {
  let current = start;
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
      Customer: ({ id }) => ({ data: { customer: id === current.id ? current : customer({ id: String(id) }) } }),
      CustomerTimeline: ({ id, kinds }) => {
        const only = Array.isArray(kinds) ? (kinds as string[]) : null;
        return timelineAnswer(String(id), only ? TIMELINE.filter((each) => only.includes(each.kind)) : TIMELINE, null);
      },
      Products: () => ({ data: { products: [NOOR] } }),
      NewTicketChoices: () => ({ data: { publicTicketForm: { requesterTypes: [], departments: [] } } }),
      TicketSettings: () => ({ errors: [{ message: 'no', code: 'FORBIDDEN' }] }),
      RegisterProduct: ({ input }) => {
        const sent = input as { deviceSerial: string; activationSerial: string; version: string | null };
        const made = registration({ id: 'reg-2', ...sent });
        current = { ...current, revision: current.revision + 1, registrations: [made, ...current.registrations] };
        return { data: { registerProduct: made } };
      },
      CustomerSearch: () => searchAnswer([hit({ id: 'cust-2', name: 'Maryam T.' }), hit()]),
      MergeCustomers: () => {
        current = { ...current, revision: current.revision + 1, mergedFrom: [{ ...current, id: 'cust-2' }] };
        return { data: { mergeCustomers: current } };
      },
      CustomerExport: () => ({
        data: { customerExport: { fileName: 'customer-cust-1.json', json: '{"id":"cust-1"}' } },
      }),
      ...answers,
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const { wrapper, router } = await mountCustomers(harness.plugin, `/customers/${start.id}`);
  await flushPromises();
  return { harness, wrapper, router };
}

describe('the customer page', () => {
  it('shows details and contact points, and the timeline newest first, each linking to its own page', async () => {
    const { wrapper } = await openCustomer();
    expect(wrapper.get('[data-test="customer-name"]').text()).toBe('Maryam Tehrani');
    const contacts = wrapper.findAll('[data-test="customer-contact"]');
    expect(contacts.map((each) => each.text())).toEqual([
      expect.stringContaining('maryam@example.org'),
      expect.stringContaining('+98 912 123 4567'),
    ]);
    const entries = wrapper.findAll('[data-test="customer-timeline-entry"]');
    expect(entries.map((each) => each.attributes('data-kind'))).toEqual(['TICKET', 'BOOKING', 'CHAT', 'CALL']);
    const links = entries.map((each) => (each.find('a').exists() ? each.get('a').attributes('href') : null));
    expect(links[0]).toBe('/console/tickets/42');
    expect(links[1]).toBe('/console/bookings');
    expect(links[2]).toBe('/console/chats/archive/c-1');
    // No calls page on this router: the call is named without a link.
    expect(links[3]).toBeNull();
    expect(entries[0]!.text()).toContain('#42 Reader will not start');
    expect(entries[0]!.get('[data-test="customer-timeline-state"]').text()).toBe('Open');
  });

  it('filters the timeline by kind, asking the api for that kind only', async () => {
    const { harness, wrapper } = await openCustomer();
    await wrapper.get('[data-test="customer-timeline-filter"]').setValue('BOOKING');
    await flushPromises();
    const asked = harness.fake.calls.filter((call) => call.name === 'CustomerTimeline').at(-1)!;
    expect(asked.variables).toMatchObject({ id: 'cust-1', kinds: ['BOOKING'] });
    expect(
      wrapper.findAll('[data-test="customer-timeline-entry"]').map((each) => each.attributes('data-kind')),
    ).toEqual(['BOOKING']);
  });

  it('pages the timeline with the cursor and keeps what it has', async () => {
    const { harness, wrapper } = await openCustomer('en', {
      CustomerTimeline: ({ after }) =>
        after === 'page-2'
          ? timelineAnswer('cust-1', [entry({ id: 'TICKET:t-0', refId: 't-0', ticketNumber: 7, summary: 'Older' })])
          : timelineAnswer('cust-1', [entry()], 'page-2'),
    });
    await wrapper.get('[data-test="customer-timeline-more"]').trigger('click');
    await flushPromises();
    expect(harness.fake.calls.filter((call) => call.name === 'CustomerTimeline').at(-1)!.variables).toMatchObject({
      after: 'page-2',
    });
    expect(wrapper.findAll('[data-test="customer-timeline-entry"]')).toHaveLength(2);
    expect(wrapper.find('[data-test="customer-timeline-more"]').exists()).toBe(false);
  });

  it('says inline when a serial does not fit the product’s format, and registers one that does', async () => {
    const { harness, wrapper } = await openCustomer();
    await wrapper.get('[data-test="customer-register-open"]').trigger('click');
    await flushPromises();
    await wrapper.get('[data-test="register-device"]').setValue('NR-12-34');
    expect(wrapper.get('[data-test="register-device-error"]').text()).toBe(
      'Does not match this product’s format (NR-0000-0000).',
    );
    await wrapper.get('[data-test="register-product-form"]').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.some((call) => call.name === 'RegisterProduct')).toBe(false);
    expect(wrapper.get('[data-test="register-activation-error"]').text()).toBe('Required.');

    await wrapper.get('[data-test="register-version"]').setValue('3.1');
    await wrapper.get('[data-test="register-device"]').setValue('nr-۱۲۳۴-۹۹۹۹');
    await wrapper.get('[data-test="register-activation"]').setValue('WXYZ-9A9A');
    expect(wrapper.get('[data-test="register-device-error"]').text()).toBe('');
    await wrapper.get('[data-test="register-product-form"]').trigger('submit');
    await flushPromises();
    const sent = harness.fake.calls.filter((call) => call.name === 'RegisterProduct');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables).toMatchObject({
      input: { customerId: 'cust-1', productKey: 'noor', version: '3.1', activationSerial: 'WXYZ-9A9A' },
    });
    expect(wrapper.find('[data-test="register-product-form"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-test="customer-registration"]')).toHaveLength(2);
    // The timeline is read again: a registration shows there too.
    expect(harness.fake.calls.filter((call) => call.name === 'CustomerTimeline').length).toBeGreaterThan(1);
  });

  it('shows the api’s refusal of a serial beside its field, keeping what was typed', async () => {
    const { wrapper } = await openCustomer('en', {
      RegisterProduct: () => ({
        errors: [{ message: 'taken', code: 'CONFLICT', reason: 'CUSTOMER_SERIAL_REGISTERED' }],
      }),
    });
    await wrapper.get('[data-test="customer-register-open"]').trigger('click');
    await flushPromises();
    await wrapper.get('[data-test="register-device"]').setValue('NR-1234-9999');
    await wrapper.get('[data-test="register-activation"]').setValue('WXYZ-9A9A');
    await wrapper.get('[data-test="register-product-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="register-activation-error"]').text()).toBe(
      'This activation serial is already registered; withdraw that registration first.',
    );
    expect((wrapper.get('[data-test="register-activation"]').element as HTMLInputElement).value).toBe('WXYZ-9A9A');
  });

  it('merges a picked duplicate into this customer once confirmed', async () => {
    const { harness, wrapper } = await openCustomer();
    await wrapper.get('[data-test="customer-merge"]').trigger('click');
    await wrapper.get('[data-test="customer-merge-search"]').setValue('Maryam');
    await wrapper.get('[data-test="customer-merge-dialog"] form').trigger('submit');
    await flushPromises();
    const hits = wrapper.findAll('[data-test="customer-merge-hit"]');
    expect(hits.map((each) => each.attributes('data-customer-id'))).toEqual(['cust-2']);
    await hits[0]!.get('[data-test="customer-merge-pick"]').trigger('click');
    expect(wrapper.get('[data-test="customer-merge-confirm"]').text()).toBe('Merge Maryam T. into Maryam Tehrani');
    await wrapper.get('[data-test="customer-merge-confirm"]').trigger('click');
    await flushPromises();
    const merged = harness.fake.calls.filter((call) => call.name === 'MergeCustomers');
    expect(merged).toHaveLength(1);
    expect(merged[0]!.variables).toMatchObject({ survivorId: 'cust-1', duplicateId: 'cust-2' });
    expect(wrapper.find('[data-test="customer-merge-dialog"]').exists()).toBe(false);
    expect(wrapper.get('[data-test="customer-merged-from"] a').attributes('href')).toBe('/console/customers/cust-2');
  });

  it('on a merged duplicate, points to the survivor and offers no changes', async () => {
    const survivor = { id: 'cust-9', kind: 'PERSON' as const, organisationType: null, name: 'Maryam Tehrani' };
    const { wrapper } = await openCustomer('en', {}, customer({ id: 'cust-2', mergedInto: survivor }));
    expect(wrapper.get('[data-test="customer-merged-into"]').text()).toContain('merged into Maryam Tehrani');
    expect(wrapper.get('[data-test="customer-survivor-link"]').attributes('href')).toBe('/console/customers/cust-9');
    expect(wrapper.find('[data-test="customer-merge"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="customer-contact-add"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="customer-register-open"]').exists()).toBe(false);
  });

  it('exports the customer as one JSON file the browser downloads', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const { wrapper } = await openCustomer();
    await wrapper.get('[data-test="customer-export"]').trigger('click');
    await flushPromises();
    expect(clicked).toEqual(['customer-cust-1.json']);
    expect(created).toHaveLength(1);
    expect(await created[0]!.text()).toBe('{"id":"cust-1"}');
    expect(created[0]!.type).toBe('application/json');
  });

  it('adds a phone number in any format and removes a contact point once confirmed', async () => {
    let current = customer();
    const { harness, wrapper } = await openCustomer('en', {
      AddContactPoint: ({ value }) => {
        current = {
          ...current,
          revision: current.revision + 1,
          contactPoints: [...current.contactPoints, { kind: 'PHONE', value: '+982188776655', display: String(value) }],
        };
        return { data: { addContactPoint: current } };
      },
      RemoveContactPoint: ({ value }) => {
        current = {
          ...current,
          revision: current.revision + 1,
          contactPoints: current.contactPoints.filter((point) => point.value !== value),
        };
        return { data: { removeContactPoint: current } };
      },
    });
    await wrapper.get('[data-test="customer-contact-kind-phone"]').setValue(true);
    await wrapper.get('[data-test="customer-contact-value"]').setValue('hello');
    await wrapper.get('.customer-contact__add').trigger('submit');
    expect(wrapper.get('[data-test="customer-contact-problem"]').text()).toBe(
      'This is not a phone number we can reach.',
    );
    await wrapper.get('[data-test="customer-contact-value"]').setValue('(021) 8877-6655');
    await wrapper.get('.customer-contact__add').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'AddContactPoint')!.variables).toMatchObject({
      kind: 'PHONE',
      value: '(021) 8877-6655',
    });
    expect(wrapper.findAll('[data-test="customer-contact"]')).toHaveLength(3);

    await wrapper
      .get('[data-test="customer-contact"][data-kind="EMAIL"] [data-test="customer-contact-remove"]')
      .trigger('click');
    await wrapper.get('[data-test="customer-contact-remove-confirm"]').trigger('click');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'RemoveContactPoint')!.variables).toMatchObject({
      kind: 'EMAIL',
      value: 'maryam@example.org',
    });
    expect(wrapper.findAll('[data-test="customer-contact"]')).toHaveLength(2);
  });

  it('changes the details with the revision the agent saw', async () => {
    const { harness, wrapper } = await openCustomer('en', {
      ChangeCustomer: ({ input }) => ({
        data: { changeCustomer: customer({ ...(input as object), revision: 4 } as Partial<Customer>) },
      }),
    });
    await wrapper.get('[data-test="customer-details-edit"]').trigger('click');
    await wrapper.get('[data-test="customer-edit-name"]').setValue('Maryam Tehrani-Rad');
    await wrapper.get('[data-test="customer-edit-contact"]').setValue('EMAIL');
    await wrapper.get('[data-test="customer-details-form"]').trigger('submit');
    await flushPromises();
    expect(harness.fake.calls.find((call) => call.name === 'ChangeCustomer')!.variables).toMatchObject({
      id: 'cust-1',
      expectedRevision: 3,
      input: { name: 'Maryam Tehrani-Rad', preferredContact: 'EMAIL', kind: 'PERSON', organisationId: null },
    });
    expect(wrapper.get('[data-test="customer-name"]').text()).toBe('Maryam Tehrani-Rad');
  });

  it('in Persian, writes phone numbers, counts and dates in Persian digits', async () => {
    const { wrapper } = await openCustomer('fa');
    const phone = wrapper.get('[data-test="customer-contact"][data-kind="PHONE"] [data-test="customer-contact-text"]');
    expect(phone.text()).toBe('+۹۸ \u200E۹۱۲ \u200E۱۲۳ \u200E۴۵۶۷');
    expect(phone.attributes('dir')).toBe('ltr');
    expect(wrapper.get('[data-test="customer-timeline-count"]').text()).toBe('۴ مورد');
    const first = wrapper.get('[data-test="customer-timeline-entry"]');
    expect(first.text()).toContain('#۴۲');
    expect(first.get('time').text()).not.toMatch(/[0-9]/);
    expect(first.text()).toContain('تیکت');
  });
});
