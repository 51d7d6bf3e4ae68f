import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { OutboxMailFieldsFragment as OutboxMail } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import OutboxPage from './OutboxPage.vue';

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
  mail({
    id: 'mail-2',
    state: 'RETRYING',
    attempts: 2,
    sentAt: null,
    transport: null,
    deliveryDetail: null,
    lastError: '421 Try again later',
    nextAttemptAt: '2026-03-21T08:35:00.000Z',
  }),
  mail({
    id: 'mail-3',
    state: 'FAILED',
    attempts: 6,
    sentAt: null,
    transport: null,
    deliveryDetail: null,
    lastError: '550 No such user',
  }),
];

async function mountOutbox(locale = 'en') {
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
      OutboxMails: (variables) => ({
        data: { outboxMails: variables['state'] ? mails.filter((each) => each.state === variables['state']) : mails },
      }),
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
    expect(wrapper.findAll('[data-test="outbox-row"]').map((row) => row.attributes('data-mail-id'))).toEqual([
      'mail-3',
    ]);
  });

  it('shows each mail as the api pushes it, without reading the outbox again, and stops when the page goes', async () => {
    const { wrapper, fake } = await mountOutbox();
    const reads = () => fake.calls.filter((call) => call.name === 'OutboxMails').length;
    expect(reads()).toBe(1);
    expect(fake.openSubscriptions('OutboxMailChanged')).toBe(1);
    fake.push('OutboxMailChanged', {
      outboxMailChanged: mail({ id: 'mail-4', state: 'QUEUED', queuedAt: '2026-03-21T09:00:00.000Z', sentAt: null }),
    });
    fake.push('OutboxMailChanged', { outboxMailChanged: mail({ id: 'mail-2', state: 'SENT', attempts: 3 }) });
    await flushPromises();
    const rows = wrapper.findAll('[data-test="outbox-row"]');
    expect(rows.map((row) => [row.attributes('data-mail-id'), row.attributes('data-state')])).toEqual([
      ['mail-4', 'QUEUED'],
      ['mail-1', 'SENT'],
      ['mail-2', 'SENT'],
      ['mail-3', 'FAILED'],
    ]);
    expect(reads()).toBe(1);
    wrapper.unmount();
    expect(fake.openSubscriptions('OutboxMailChanged')).toBe(0);
  });

  it('keeps a pushed mail out of a list filtered to another state', async () => {
    const { wrapper, fake } = await mountOutbox();
    await wrapper.get('[data-test="outbox-filter"]').setValue('FAILED');
    await flushPromises();
    fake.push('OutboxMailChanged', { outboxMailChanged: mail({ id: 'mail-3', state: 'SENT' }) });
    await flushPromises();
    expect(wrapper.findAll('[data-test="outbox-row"]')).toHaveLength(0);
  });

  it('speaks Persian, with Persian digits', async () => {
    const { wrapper } = await mountOutbox('fa');
    const row = wrapper.findAll('[data-test="outbox-row"]')[1]!;
    expect(row.get('[data-test="outbox-state"]').text()).toBe('تلاش دوباره');
    expect(row.text()).toContain('۲ از ۶');
  });
});
