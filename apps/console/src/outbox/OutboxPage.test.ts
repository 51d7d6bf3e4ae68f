import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutboxMailFieldsFragment as OutboxMail } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import OutboxPage from './OutboxPage.vue';
import { OUTBOX_REFRESH_MS } from './outbox-store';

afterEach(() => vi.useRealTimers());

const mail = (overrides: Partial<OutboxMail>): OutboxMail => ({
  id: 'mail-1',
  to: 'leila@example.ir',
  subject: 'Re: When does the reference hall open?',
  purpose: { kind: 'offline-question', id: 'question-1' },
  state: 'SENT',
  queuedAt: '2026-03-21T08:30:00.000Z',
  attempts: 1,
  maxAttempts: 6,
  nextAttemptAt: null,
  lastError: null,
  sentAt: '2026-03-21T08:30:02.000Z',
  transport: 'SMTP',
  deliveryDetail: '250 OK queued',
  ...overrides,
});

const mails = [
  mail({}),
  mail({ id: 'mail-2', state: 'RETRYING', attempts: 2, sentAt: null, transport: null, deliveryDetail: null, lastError: '421 Try again later', nextAttemptAt: '2026-03-21T08:35:00.000Z' }),
  mail({ id: 'mail-3', state: 'FAILED', attempts: 6, sentAt: null, transport: null, deliveryDetail: null, lastError: '550 No such user' }),
];

async function mountOutbox(locale = 'en') {
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
      OutboxMails: (variables) => ({ data: { outboxMails: variables['state'] ? mails.filter((each) => each.state === variables['state']) : mails } }),
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const wrapper = mount(OutboxPage, { global: { plugins: [harness.plugin] } });
  await flushPromises();
  return { ...harness, wrapper };
}

describe('OutboxPage', () => {
  it('lists every mail with its state, attempts, transport and the reason it failed', async () => {
    const { wrapper } = await mountOutbox();
    const rows = wrapper.findAll('[data-test="outbox-row"]');
    expect(rows.map((row) => row.attributes('data-state'))).toEqual(['SENT', 'RETRYING', 'FAILED']);
    expect(rows[0]!.text()).toContain('Sent');
    expect(rows[0]!.text()).toContain('Mail server (SMTP)');
    expect(rows[0]!.text()).toContain('Answer to an offline question');
    expect(rows[1]!.get('[data-test="outbox-error"]').text()).toBe('421 Try again later');
    expect(rows[1]!.text()).toContain('2 of 6');
    expect(rows[1]!.text()).toContain('Next try');
    expect(rows[2]!.get('[data-test="outbox-state"]').text()).toBe('Failed');
    expect(rows[2]!.get('[data-test="outbox-error"]').text()).toBe('550 No such user');
  });

  it('filters by state', async () => {
    const { wrapper, fake } = await mountOutbox();
    await wrapper.get('[data-test="outbox-filter"]').setValue('FAILED');
    await flushPromises();
    expect(fake.calls.at(-1)!.variables).toEqual({ state: 'FAILED', limit: 200 });
    expect(wrapper.findAll('[data-test="outbox-row"]').map((row) => row.attributes('data-mail-id'))).toEqual(['mail-3']);
  });

  it('reads the outbox again every few seconds while shown, and stops when the page goes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { wrapper, fake } = await mountOutbox();
    const reads = () => fake.calls.filter((call) => call.name === 'OutboxMails').length;
    expect(reads()).toBe(1);
    await vi.advanceTimersByTimeAsync(OUTBOX_REFRESH_MS);
    expect(reads()).toBe(2);
    wrapper.unmount();
    await vi.advanceTimersByTimeAsync(OUTBOX_REFRESH_MS * 2);
    expect(reads()).toBe(2);
  });

  it('speaks Persian, with Persian digits', async () => {
    const { wrapper } = await mountOutbox('fa');
    const row = wrapper.findAll('[data-test="outbox-row"]')[1]!;
    expect(row.get('[data-test="outbox-state"]').text()).toBe('تلاش دوباره');
    expect(row.text()).toContain('۲ از ۶');
  });
});
