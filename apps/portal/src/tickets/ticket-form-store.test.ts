import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { useTicketFormStore } from './ticket-form-store';
import { FORM, fileOf, heldUploads, ticketHarness } from './testing/ticket-fixtures';

const callsOf = (fake: { calls: { name: string; variables: Record<string, unknown> }[] }, name: string) =>
  fake.calls.filter((call) => call.name === name);

function formStore(resolvers: Parameters<typeof ticketHarness>[0], uploads = heldUploads()) {
  const harness = ticketHarness(
    { PublicTicketForm: () => ({ data: { publicTicketForm: FORM } }), ...resolvers },
    uploads.uploader,
  );
  return { ...harness, uploads, store: useTicketFormStore(harness.pinia) };
}

function fillIn(store: ReturnType<typeof useTicketFormStore>) {
  Object.assign(store.draft, {
    departmentId: 'support',
    requesterType: 'customer',
    subject: ' Error 1603 ',
    text: 'The installer stops.',
    name: 'Sara Ahmadi',
    email: 'sara@example.ir',
    contactMethod: 'EMAIL',
    fields: { serial: 'AB-12', os: 'Windows' },
  });
}

describe('useTicketFormStore: the contact form', () => {
  it('loads what the form offers and preselects the department the address names', async () => {
    const { store } = formStore({});
    await store.load('sales');
    expect(store.formState).toBe('ready');
    expect(store.draft.departmentId).toBe('sales');
    expect(store.fields).toEqual([]);
    store.draft.departmentId = 'support';
    expect(store.fields.map((field) => field.key)).toEqual(['serial', 'os']);
    expect(store.limits.maxAttachments).toBe(2);
  });

  it('says what is missing, the department’s required fields and the contact the method needs, and sends nothing', async () => {
    const { store, fake } = formStore({});
    await store.load();
    store.draft.departmentId = 'support';
    store.draft.contactMethod = 'PHONE';
    await store.submit();
    expect(store.missing).toEqual(['requesterType', 'subject', 'text', 'field:serial', 'name', 'phone']);
    expect(callsOf(fake, 'SubmitTicket')).toHaveLength(0);
  });

  it('sends once per submission: a retry after a lost answer keeps its command id and link token', async () => {
    let calls = 0;
    const { store, fake } = formStore({
      SubmitTicket: () =>
        calls++ === 0 ? { networkError: true } : { data: { submitTicket: { number: 1043, token: '', status: 'NEW' } } },
    });
    await store.load();
    fillIn(store);
    await store.submit();
    expect(store.error?.code).toBe('NETWORK_ERROR');
    expect(store.receipt).toBeNull();
    await store.submit();

    const [first, second] = callsOf(fake, 'SubmitTicket').map((call) => call.variables);
    expect(second).toEqual(first);
    const input = first!['input'] as Record<string, unknown>;
    expect(input).toMatchObject({
      departmentId: 'support',
      requesterType: 'customer',
      subject: 'Error 1603',
      product: null,
      requester: { name: 'Sara Ahmadi', email: 'sara@example.ir', phone: null, language: 'en', contactMethod: 'EMAIL' },
      fields: [
        { key: 'serial', value: 'AB-12' },
        { key: 'os', value: 'Windows' },
      ],
      attachments: [],
    });
    expect(input['linkToken']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The desk answered the number only (a repeat): the link is the one the form chose.
    expect(store.receipt).toEqual({ number: 1043, token: input['linkToken'], mailedTo: 'sara@example.ir' });
  });

  it('starts a new submission after a refusal, and words the refusal by its reason', async () => {
    const { store, fake } = formStore({
      SubmitTicket: () => ({
        errors: [{ message: 'Too many', code: 'RATE_LIMITED', reason: 'TICKET_RATE_LIMITED' }],
      }),
    });
    await store.load();
    fillIn(store);
    await store.submit();
    await store.submit();
    expect(store.error).toEqual({ code: 'RATE_LIMITED', reason: 'TICKET_RATE_LIMITED' });
    const [first, second] = callsOf(fake, 'SubmitTicket');
    expect(second!.variables['commandId']).not.toBe(first!.variables['commandId']);
  });

  it('waits for the files: sends their hashes once uploaded, and keeps the contact for another request', async () => {
    const uploads = heldUploads();
    const { store, fake } = formStore(
      {
        SubmitTicket: () => ({
          data: { submitTicket: { number: 7, token: 'server-made-token-0000000', status: 'NEW' } },
        }),
      },
      uploads,
    );
    await store.load();
    fillIn(store);
    store.draft.contactMethod = 'NONE';
    store.uploads.add([fileOf('log.txt', 10), fileOf('big.iso', 5000)]);
    expect(store.uploads.leftOut?.tooLarge).toEqual(['big.iso']);
    await store.submit();
    expect(store.missing).toEqual(['uploads']);
    uploads.stored(0, 'a'.repeat(64));
    await flushPromises();
    await store.submit();
    expect((callsOf(fake, 'SubmitTicket')[0]!.variables['input'] as { attachments: string[] }).attachments).toEqual([
      'a'.repeat(64),
    ]);
    expect(store.receipt).toEqual({ number: 7, token: 'server-made-token-0000000', mailedTo: null });
    store.another();
    expect(store.receipt).toBeNull();
    expect(store.draft).toMatchObject({ name: 'Sara Ahmadi', departmentId: 'support', subject: '', text: '' });
    expect(store.uploads.items).toEqual([]);
  });
});
