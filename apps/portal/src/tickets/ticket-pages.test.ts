import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { openPortalPage } from '../testing/portal-page';
import { FORM, publicEntry, publicTicket } from './testing/ticket-fixtures';

const TOKEN = 'k3Jx2sQ8fT1uV9wY0zA4bC6dE7gH5iJ2lM3nO8pR1sT';

afterEach(() => {
  document.body.innerHTML = '';
});

// Mounting the whole portal takes seconds on a busy machine.
describe('the ticket pages', { timeout: 30_000 }, () => {
  it('the form, in Persian: the department’s fields, what is missing, then the receipt with the number in Persian digits', async () => {
    const page = await openPortalPage(
      '/tickets/new?department=support',
      {
        PublicTicketForm: () => ({ data: { publicTicketForm: FORM } }),
        SubmitTicket: () => ({ data: { submitTicket: { number: 1043, token: TOKEN, status: 'NEW' } } }),
      },
      'fa',
    );
    expect(document.documentElement.dir).toBe('rtl');
    expect(page.byTest('ticket-form-fields').text()).toContain('شماره سریال');
    await page.byTest('ticket-form').trigger('submit');
    await flushPromises();
    expect(
      page
        .byTest('ticket-form-problems')
        .findAll('li')
        .map((item) => item.attributes('data-missing')),
    ).toEqual(['requesterType', 'subject', 'text', 'field:serial', 'name', 'email']);
    await page.byTest('ticket-form-requester-type').setValue('publisher');
    await page.byTest('ticket-form-subject').setValue('خطای ۱۶۰۳');
    await page.byTest('ticket-form-text').setValue('نصب با خطا متوقف می‌شود.');
    await page.byTest('ticket-form-field-serial').setValue('AB-12');
    await page.byTest('ticket-form-name').setValue('سارا احمدی');
    await page.byTest('ticket-form-email').setValue('sara@example.ir');
    await page.byTest('ticket-form').trigger('submit');
    await flushPromises();
    expect(page.byTest('ticket-receipt-number').text()).toBe('شماره درخواست شما ۱۰۴۳ است');
    expect((page.byTest('ticket-receipt-link').element as HTMLInputElement).value).toContain(`/tickets/t/${TOKEN}`);
    expect(page.byTest('ticket-receipt-mailed').text()).toContain('sara@example.ir');
    page.wrapper.unmount();
  });

  it('the secret link page: state, messages and replies with their files; a closed ticket offers a new request instead', async () => {
    const ticket = publicTicket({
      status: 'CLOSED',
      canReply: false,
      entries: [
        publicEntry({ id: 'first' }),
        publicEntry({
          kind: 'REPLY',
          author: 'Nima',
          text: 'Here is the fix.',
          attachments: [
            { hash: 'f'.repeat(64), filename: 'fix.zip', contentType: 'application/zip', size: 2048, url: '/api/x' },
          ],
        }),
        publicEntry({ kind: 'STATUS_CHANGED', status: 'CLOSED', text: null }),
      ],
    });
    const page = await openPortalPage(`/tickets/t/${TOKEN}`, {
      PublicTicket: () => ({ data: { publicTicket: ticket } }),
    });
    // A subject or name in another direction is isolated (U+2068 … U+2069), so it keeps its place in the sentence.
    expect(page.byTest('ticket-link-heading').text()).toBe('Request 42: \u2068Error 1603\u2069');
    expect(page.byTest('ticket-link-status').text()).toBe('Closed');
    expect(page.wrapper.findAll('[data-test="ticket-entry"]').map((entry) => entry.attributes('data-kind'))).toEqual([
      'MESSAGE',
      'REPLY',
      'STATUS_CHANGED',
    ]);
    expect(page.byTest('ticket-attachment-download').text()).toBe('Download \u2068fix.zip\u2069 (2 KB)');
    expect(page.wrapper.find('[data-test="ticket-reply-closed"]').exists()).toBe(true);
    expect(page.wrapper.find('[data-test="ticket-reply-form"]').exists()).toBe(false);
    page.wrapper.unmount();
  });

  it('follows the ticket live once it is shown, also after a failed first load and "try again"', async () => {
    let reads = 0;
    const page = await openPortalPage(`/tickets/t/${TOKEN}`, {
      PublicTicket: () => (reads++ === 0 ? { networkError: true } : { data: { publicTicket: publicTicket() } }),
    });
    expect(page.fake.openSubscriptions('PublicTicketChanged')).toBe(0);
    await page.byTest('ticket-link-failed').get('button').trigger('click');
    await flushPromises();
    expect(page.byTest('ticket-link-status').text()).toBe('Received');
    expect(page.fake.openSubscriptions('PublicTicketChanged')).toBe(1);
    page.fake.push('PublicTicketChanged', {
      publicTicketChanged: publicTicket({
        status: 'OPEN',
        updatedAt: '2026-12-07T09:30:00.000Z',
        entries: [publicEntry({ id: 'first' }), publicEntry({ kind: 'STATUS_CHANGED', status: 'OPEN', text: null })],
      }),
    });
    await flushPromises();
    expect(page.byTest('ticket-link-status').text()).toBe('Being worked on');
    page.wrapper.unmount();
    expect(page.fake.openSubscriptions('PublicTicketChanged')).toBe(0);
  });

  it('an unknown link says so and offers the form', async () => {
    const page = await openPortalPage(`/tickets/t/${TOKEN}`, {
      PublicTicket: () => ({ data: { publicTicket: null } }),
    });
    expect(page.byTest('ticket-link-not-found').text()).toContain('does not lead to a request');
    page.wrapper.unmount();
  });
});
