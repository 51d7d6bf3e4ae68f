import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPortalPage } from '../testing/portal-page';
import {
  CARD,
  EAST,
  CENTRAL,
  PATRON,
  TOKEN,
  loan,
  myRequests,
  notice,
  preferences,
  rememberSession,
  request,
  reservation,
  signedInPatron,
} from './testing/account-fixtures';

// Whole pages mounted with the router on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => localStorage.clear());
afterEach(() => {
  document.body.innerHTML = '';
});

const calls = (fake: { calls: { name: string; variables: Record<string, unknown> }[] }, name: string) =>
  fake.calls.filter((call) => call.name === name);

describe('signing in to the portal', () => {
  it('shows the card rule in Persian digits, and checks it before anything is sent', async () => {
    const { byTest, wrapper, fake } = await openPortalPage('/account/sign-in', signedInPatron, 'fa');
    expect(wrapper.text()).toContain('۸ رقم');
    expect(wrapper.text()).toContain('۰۱۲۳۴۵۶۷');
    expect(wrapper.text()).toContain('۴ تا ۱۰');
    await byTest('account-sign-in-card').setValue('1234567');
    await byTest('account-sign-in-password').setValue('a b');
    await byTest('account-sign-in-form').trigger('submit');
    await flushPromises();
    const problems = byTest('account-sign-in-problems');
    expect(problems.findAll('[data-problem]').map((each) => each.attributes('data-problem'))).toEqual([
      'CARD',
      'PASSWORD',
    ]);
    expect(document.activeElement).toBe(problems.element);
    expect(calls(fake, 'SignInAccount')).toHaveLength(0);
  });

  it('tells a locked patron when to try again, in their digits and clock', async () => {
    const retryAt = new Date(Date.now() + 30 * 60_000);
    retryAt.setSeconds(0, 0);
    const { byTest, fake } = await openPortalPage(
      '/account/sign-in',
      {
        ...signedInPatron,
        SignInAccount: () => ({
          errors: [
            {
              message: 'locked',
              code: 'FORBIDDEN',
              reason: 'ACCOUNT_LOCKED',
              extensions: { retryAt: retryAt.toISOString() },
            },
          ],
        }),
      },
      'fa',
    );
    await byTest('account-sign-in-card').setValue(CARD);
    await byTest('account-sign-in-password').setValue('wrong1');
    await byTest('account-sign-in-form').trigger('submit');
    await flushPromises();
    expect(calls(fake, 'SignInAccount')[0]!.variables).toEqual({ login: CARD, password: 'wrong1' });
    const locked = byTest('account-locked');
    expect(locked.attributes('role')).toBe('alert');
    expect(locked.text()).toContain('۳۰ دقیقه');
    const time = new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-arabext', { timeStyle: 'short' }).format(retryAt);
    expect(byTest('account-locked-until').text()).toContain(time);
    expect(byTest('account-locked-until').text()).not.toMatch(/[0-9]/);
    expect((byTest('account-sign-in-password').element as HTMLInputElement).value).toBe('');
    // The emptied password field is not pointed at as a mistake.
    expect(document.querySelector('[data-test="account-sign-in-problems"]')).toBeNull();
  });

  it('goes on to where the patron was going once signed in, and the header offers "my account"', async () => {
    const { byTest, router, wrapper, fake } = await openPortalPage('/account/settings', {
      ...signedInPatron,
      SignInAccount: () => ({
        data: { signInAccount: { token: TOKEN, expiresAt: '2026-12-08T00:00:00Z', account: PATRON } },
      }),
      MyPreferences: () => ({ data: { myAccount: preferences(), pickUpBranches: [CENTRAL, EAST] } }),
    });
    expect(router.currentRoute.value.fullPath).toBe('/account/sign-in?redirect=/account/settings');
    expect(wrapper.find('[data-test="header-sign-in"]').exists()).toBe(true);
    await byTest('account-sign-in-card').setValue(CARD);
    await byTest('account-sign-in-password').setValue('kamo1234');
    await byTest('account-sign-in-form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/account/settings'));
    await flushPromises();
    expect(wrapper.find('[data-test="header-my-account"]').exists()).toBe(true);
    await vi.waitFor(() => expect(wrapper.find('[data-test="account-who"]').text()).toContain(CARD));
    expect(fake.calls.map((call) => call.name)).toContain('MyPreferences');
  });
});

describe('my requests', () => {
  it('shows each notice’s delivery, what a bounce means, and the requests by kind', async () => {
    rememberSession();
    const { byTest, wrapper } = await openPortalPage('/account', {
      ...signedInPatron,
      MyRequests: () => ({
        data: {
          myRequests: myRequests({
            notices: [
              notice({ id: 'bounced', delivery: 'BOUNCED', deliveredAt: null }),
              notice({ id: 'queued', kind: 'ticket-reply', delivery: 'QUEUED', deliveredAt: null }),
              notice({ id: 'delivered' }),
            ],
            tickets: [request({ reference: '42', state: 'WAITING_FOR_CUSTOMER' })],
          }),
        },
      }),
    });
    const notices = wrapper.findAll('[data-test="account-notice"]');
    expect(notices.map((each) => each.attributes('data-delivery'))).toEqual(['BOUNCED', 'QUEUED', 'DELIVERED']);
    expect(notices[0]!.get('[data-test="account-notice-delivery"]').text()).toBe('Bounced');
    expect(notices[0]!.get('[data-test="account-notice-meaning"]').text()).toContain('never reached you');
    expect(notices[0]!.find('[data-test="account-notice-change-method"]').exists()).toBe(true);
    expect(notices[1]!.text()).toContain('Answer to your request');
    expect(notices[2]!.find('[data-test="account-notice-change-method"]').exists()).toBe(false);
    const tickets = byTest('account-activity-tickets');
    expect(tickets.text()).toContain('Renewal of my card');
    expect(tickets.text()).toContain('Waiting for you');
    expect(tickets.text()).toContain('No. 42');
    expect(byTest('account-activity-chats').text()).toContain('No chats yet.');
  });
});

describe('a customer who signs in by email', () => {
  it('has no loans tab, and is named by their address', async () => {
    rememberSession();
    const customer = {
      ...PATRON,
      id: 'customer-1',
      kind: 'CUSTOMER' as const,
      name: null,
      cardNumber: null,
      email: 'mina@example.org',
    };
    const { wrapper } = await openPortalPage('/account', {
      ...signedInPatron,
      AccountMe: () => ({ data: { myAccount: customer } }),
      MyRequests: () => ({ data: { myRequests: myRequests() } }),
    });
    expect(wrapper.find('[data-test="account-tab-loans"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="account-tab-settings"]').exists()).toBe(true);
    expect(wrapper.get('[data-test="account-who"]').text()).toContain('mina@example.org');
  });
});

describe('contact method and pick-up place', () => {
  it('offers email only with an address, saves the choice and shows what the api kept', async () => {
    rememberSession();
    let kept = preferences();
    const { byTest, fake, wrapper } = await openPortalPage('/account/settings', {
      ...signedInPatron,
      MyPreferences: () => ({ data: { myAccount: kept, pickUpBranches: [CENTRAL, EAST] } }),
      SetMyAccountPreferences: ({ input }) => {
        const { contact, pickUpBranchId } = input as {
          contact: { kind: string; method: string }[];
          pickUpBranchId: string;
        };
        kept = {
          ...kept,
          preferences: { contact: contact as never, pickUpBranch: pickUpBranchId === 'east' ? EAST : CENTRAL },
        };
        return { data: { setMyAccountPreferences: kept } };
      },
    });
    const ready = byTest('account-contact-RESERVATION_READY');
    expect(ready.findAll('input').map((each) => each.attributes('value'))).toEqual(['EMAIL', 'NONE']);
    await byTest('account-contact-RESERVATION_READY-none').setValue(true);
    await byTest('account-pickup').setValue('east');
    await byTest('account-preferences').trigger('submit');
    await flushPromises();
    expect(calls(fake, 'SetMyAccountPreferences')[0]!.variables).toEqual({
      input: {
        contact: [
          { kind: 'RESERVATION_READY', method: 'NONE' },
          { kind: 'LOAN_DUE', method: 'NONE' },
        ],
        pickUpBranchId: 'east',
      },
      commandId: expect.any(String),
    });
    expect(wrapper.find('[data-test="account-preferences-saved"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="account-contact-RESERVATION_READY-none"]').element).toHaveProperty(
      'checked',
      true,
    );
  });

  it('says why the api refused a choice', async () => {
    rememberSession();
    const { byTest, wrapper } = await openPortalPage('/account/settings', {
      ...signedInPatron,
      MyPreferences: () => ({ data: { myAccount: preferences(), pickUpBranches: [CENTRAL] } }),
      SetMyAccountPreferences: () => ({
        errors: [{ message: 'no', code: 'VALIDATION_ERROR', reason: 'ACCOUNT_EMAIL_REQUIRED' }],
      }),
    });
    await byTest('account-preferences').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').attributes('data-reason')).toBe('ACCOUNT_EMAIL_REQUIRED');
    expect(wrapper.find('[data-test="account-preferences-saved"]').exists()).toBe(false);
  });
});

describe('reservations and loans', () => {
  it('cancels a waiting reservation once confirmed, changes another’s pick-up place, and renews a loan', async () => {
    rememberSession();
    let reservations = [
      reservation({ id: 'genji' }),
      reservation({
        id: 'ready',
        title: 'Snow Country',
        status: 'READY',
        canChange: false,
        holdUntil: '2026-12-14T09:00:00Z',
      }),
    ];
    let loans = [
      loan({ id: 'kokoro' }),
      loan({ id: 'dvd', itemKind: 'AUDIOVISUAL', canRenew: false, renewRefusal: 'ACCOUNT_LOAN_AUDIOVISUAL' }),
    ];
    const { wrapper, fake } = await openPortalPage('/account/loans', {
      ...signedInPatron,
      MyLoans: () => ({ data: { myAccount: { id: PATRON.id, reservations, loans }, pickUpBranches: [CENTRAL, EAST] } }),
      CancelMyReservation: ({ reservationId }) => {
        reservations = reservations.map((each) =>
          each.id === reservationId ? { ...each, status: 'CANCELLED', canChange: false } : each,
        );
        return { data: { cancelMyReservation: reservations.find((each) => each.id === reservationId) } };
      },
      ChangeMyReservation: ({ reservationId }) => {
        reservations = reservations.map((each) => (each.id === reservationId ? { ...each, pickUpBranch: EAST } : each));
        return { data: { changeMyReservation: reservations.find((each) => each.id === reservationId) } };
      },
      RenewMyLoan: ({ loanId }) => {
        loans = loans.map((each) =>
          each.id === loanId
            ? {
                ...each,
                renewed: true,
                canRenew: false,
                renewRefusal: 'ACCOUNT_LOAN_ALREADY_RENEWED',
                dueAt: '2026-12-21T10:00:00Z',
              }
            : each,
        );
        return { data: { renewMyLoan: loans.find((each) => each.id === loanId) } };
      },
    });
    const item = (id: string) => wrapper.get(`[data-reservation-id="${id}"]`);
    expect(item('ready').find('[data-test="account-reservation-cancel"]').exists()).toBe(false);
    expect(item('ready').get('[data-test="account-reservation-secured"]').text()).toContain('Central Library');

    await item('genji').get('[data-test="account-reservation-change"]').trigger('click');
    await item('genji').get('[data-test="account-reservation-place-select"]').setValue('east');
    await item('genji').get('form').trigger('submit');
    await flushPromises();
    expect(calls(fake, 'ChangeMyReservation')[0]!.variables).toEqual({
      reservationId: 'genji',
      pickUpBranchId: 'east',
      commandId: expect.any(String),
    });
    expect(item('genji').get('[data-test="account-reservation-place"]').text()).toContain('East Branch');

    await item('genji').get('[data-test="account-reservation-cancel"]').trigger('click');
    expect(calls(fake, 'CancelMyReservation')).toHaveLength(0);
    await item('genji').get('[data-test="account-reservation-cancel-confirm"]').trigger('click');
    await flushPromises();
    expect(calls(fake, 'CancelMyReservation')[0]!.variables).toEqual({
      reservationId: 'genji',
      commandId: expect.any(String),
    });
    expect(item('genji').attributes('data-status')).toBe('CANCELLED');

    const kokoro = () => wrapper.get('[data-loan-id="kokoro"]');
    await kokoro().get('[data-test="account-loan-renew"]').trigger('click');
    await flushPromises();
    expect(calls(fake, 'RenewMyLoan')[0]!.variables).toEqual({ loanId: 'kokoro', commandId: expect.any(String) });
    expect(kokoro().get('[data-test="account-loan-renewed"]').text()).toContain('Dec 21, 2026');
    expect(kokoro().find('[data-test="account-loan-renew"]').exists()).toBe(false);
    expect(wrapper.get('[data-loan-id="dvd"] [data-test="account-loan-not-renewable"]').text()).toBe(
      'Audio-visual items cannot be renewed.',
    );
  });
});

describe('a renewal whose answer was lost', () => {
  it('is sent again with the same command id, so it is written once', async () => {
    rememberSession();
    let answers = 0;
    const { wrapper, fake } = await openPortalPage('/account/loans', {
      ...signedInPatron,
      MyLoans: () => ({
        data: { myAccount: { id: PATRON.id, reservations: [], loans: [loan({ id: 'kokoro' })] }, pickUpBranches: [] },
      }),
      RenewMyLoan: () =>
        answers++ === 0
          ? { networkError: true }
          : { data: { renewMyLoan: loan({ id: 'kokoro', renewed: true, canRenew: false }) } },
    });
    await wrapper.get('[data-test="account-loan-renew"]').trigger('click');
    await flushPromises();
    wrapper.get('[data-loan-id="kokoro"] [role="alert"]');
    await wrapper.get('[data-test="account-loan-renew"]').trigger('click');
    await flushPromises();
    const [first, second] = calls(fake, 'RenewMyLoan').map((call) => call.variables);
    expect(second).toEqual(first);
  });
});

describe('a forgotten password', () => {
  it('says at once that a used link cannot be used again, and leads to a new one', async () => {
    const { byTest, wrapper } = await openPortalPage(`/account/reset#${'u'.repeat(43)}`, {
      ResetLinkStatus: () => ({ data: { resetLinkStatus: 'USED' } }),
    });
    expect(byTest('account-reset-spent').attributes('data-reason')).toBe('ACCOUNT_RESET_LINK_USED');
    expect(wrapper.find('[data-test="account-reset-form"]').exists()).toBe(false);
  });

  it('asks for a link by card number and answers the same whatever the card', async () => {
    const { byTest, fake, wrapper } = await openPortalPage('/account/forgot', {
      RequestAccountPasswordReset: () => ({ data: { requestAccountPasswordReset: true } }),
    });
    await byTest('account-forgot-login').setValue('not a card');
    await byTest('account-forgot-form').trigger('submit');
    expect(wrapper.find('[data-test="account-forgot-unreadable"]').exists()).toBe(true);
    await byTest('account-forgot-login').setValue(' ０１２３４５６７ ');
    await byTest('account-forgot-form').trigger('submit');
    await flushPromises();
    expect(calls(fake, 'RequestAccountPasswordReset')[0]!.variables).toEqual({ login: CARD });
    expect(wrapper.find('[data-test="account-forgot-sent"]').exists()).toBe(true);
  });

  it('refuses a birth date before sending, and says when the link was used already', async () => {
    const { byTest, fake, wrapper } = await openPortalPage(`/account/reset#${'t'.repeat(43)}`, {
      ResetLinkStatus: () => ({ data: { resetLinkStatus: 'VALID' } }),
      ResetAccountPassword: () => ({
        errors: [{ message: 'used', code: 'CONFLICT', reason: 'ACCOUNT_RESET_LINK_USED' }],
      }),
    });
    await byTest('account-reset-password').setValue('19870729');
    await byTest('account-reset-repeat').setValue('19870729');
    await byTest('account-reset-form').trigger('submit');
    expect(byTest('account-reset-problems').text()).toContain('birth date');
    expect(calls(fake, 'ResetAccountPassword')).toHaveLength(0);
    await byTest('account-reset-password').setValue('kamo1234');
    await byTest('account-reset-repeat').setValue('kamo1234');
    await byTest('account-reset-form').trigger('submit');
    await flushPromises();
    expect(calls(fake, 'ResetAccountPassword')[0]!.variables).toEqual({
      token: 't'.repeat(43),
      password: 'kamo1234',
      commandId: expect.any(String),
    });
    expect(byTest('account-reset-failed').attributes('data-reason')).toBe('ACCOUNT_RESET_LINK_USED');
    expect(wrapper.get('[data-test="account-reset-failed"] a').attributes('href')).toBe('/account/forgot');
  });
});
