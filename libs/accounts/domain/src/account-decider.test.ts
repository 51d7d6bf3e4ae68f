import { describe, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import type { AccountEvent } from './accounts-events';
import { accountDecider } from './account-decider';

const given = deciderSpec(accountDecider);
const staff = { kind: 'staff' as const, id: 's1' };
const lockoutClock = { kind: 'system' as const, id: 'lockout' };

const registered: AccountEvent = {
  type: 'AccountRegistered',
  data: {
    accountId: 'a1',
    kind: 'PATRON',
    cardNumberHash: 'card#',
    emailHash: null,
    nameHash: null,
    personal: { name: null, cardNumber: 'sealed-card', email: null, phone: 'sealed-phone' },
    preferences: { contact: { RESERVATION_READY: 'PHONE', LOAN_DUE: 'NONE' }, pickUpBranchId: null },
    at: '2026-12-01T09:00:00.000Z',
    by: staff,
  },
};
const fail = (failuresInRow: number, at: string): AccountEvent => ({
  type: 'AccountSignInFailed',
  data: { accountId: 'a1', failuresInRow, at },
});
const recordFailure = (at: string) => ({
  type: 'RecordSignInFailure' as const,
  data: { accountId: 'a1', maxFailures: 3, at },
});
const startSession = (at: string) => ({
  type: 'StartSession' as const,
  data: { accountId: 'a1', sessionId: 'x1', tokenHash: 'h', at, expiresAt: '2026-12-02T00:00:00.000Z' },
});
const lockedOut: AccountEvent = {
  type: 'AccountLockedOut',
  data: { accountId: 'a1', failures: 3, at: '2026-12-01T10:02:00.000Z', until: '2026-12-01T10:32:00.000Z' },
};

describe('lockout on the command clock', () => {
  it('counts failures and locks at the limit for 30 minutes', () => {
    given([registered, fail(1, '2026-12-01T10:00:00.000Z'), fail(2, '2026-12-01T10:01:00.000Z')])
      .when(recordFailure('2026-12-01T10:02:00.000Z'))
      .then([fail(3, '2026-12-01T10:02:00.000Z'), lockedOut]);
  });

  it('refuses a right password while locked, and a wrong one without counting it', () => {
    const history = [registered, fail(1, 'x'), fail(2, 'x'), fail(3, '2026-12-01T10:02:00.000Z'), lockedOut];
    given(history).when(startSession('2026-12-01T10:31:59.000Z')).then('ACCOUNT_LOCKED');
    given(history).when(recordFailure('2026-12-01T10:20:00.000Z')).then('ACCOUNT_LOCKED');
  });

  it('unlocks by itself once 30 minutes have passed: the next attempt writes the unlock first', () => {
    const history = [registered, fail(3, '2026-12-01T10:02:00.000Z'), lockedOut];
    const unlocked: AccountEvent = {
      type: 'AccountUnlocked',
      data: { accountId: 'a1', reason: 'TIME_PASSED', at: '2026-12-01T10:32:00.000Z', by: lockoutClock },
    };
    given(history)
      .when(startSession('2026-12-01T10:32:00.000Z'))
      .then([unlocked, { type: 'AccountSessionStarted', data: startSession('2026-12-01T10:32:00.000Z').data }]);
    // A wrong password after the lockout starts counting again from one.
    given(history)
      .when(recordFailure('2026-12-01T10:32:00.000Z'))
      .then([unlocked, fail(1, '2026-12-01T10:32:00.000Z')]);
    given(history)
      .when({ type: 'UnlockWhenDue', data: { accountId: 'a1', at: '2026-12-01T10:31:00.000Z' } })
      .then([]);
    given(history)
      .when({ type: 'UnlockWhenDue', data: { accountId: 'a1', at: '2026-12-01T10:32:00.000Z' } })
      .then([unlocked]);
  });

  it('staff may unlock early; a desk password ends the lockout and every session', () => {
    const history = [
      registered,
      {
        type: 'AccountSessionStarted',
        data: { accountId: 'a1', sessionId: 'old', tokenHash: 'h', at: 'x', expiresAt: 'y' },
      },
      lockedOut,
    ] satisfies AccountEvent[];
    given(history)
      .when({ type: 'UnlockByStaff', data: { accountId: 'a1', at: '2026-12-01T10:10:00.000Z', by: staff } })
      .then([
        {
          type: 'AccountUnlocked',
          data: { accountId: 'a1', reason: 'STAFF', at: '2026-12-01T10:10:00.000Z', by: staff },
        },
      ]);
    given(history)
      .when({
        type: 'SetPassword',
        data: {
          accountId: 'a1',
          passwordHash: 'p',
          how: 'DESK',
          resetId: null,
          keepSessionId: null,
          at: '2026-12-01T10:10:00.000Z',
          by: staff,
        },
      })
      .then([
        {
          type: 'AccountPasswordSet',
          data: {
            accountId: 'a1',
            passwordHash: 'p',
            how: 'DESK',
            resetId: null,
            at: '2026-12-01T10:10:00.000Z',
            by: staff,
          },
        },
        {
          type: 'AccountUnlocked',
          data: { accountId: 'a1', reason: 'PASSWORD_SET', at: '2026-12-01T10:10:00.000Z', by: staff },
        },
        {
          type: 'AccountSessionEnded',
          data: { accountId: 'a1', sessionId: 'old', reason: 'PASSWORD_CHANGED', at: '2026-12-01T10:10:00.000Z' },
        },
      ]);
  });
});

describe('reset links', () => {
  const requested: AccountEvent = {
    type: 'AccountPasswordResetRequested',
    data: {
      accountId: 'a1',
      resetId: 'r1',
      tokenHash: 't',
      mailId: 'm1',
      at: '2026-12-01T10:00:00.000Z',
      expiresAt: '2026-12-01T11:00:00.000Z',
    },
  };
  const byLink = (resetId: string, at: string) => ({
    type: 'SetPassword' as const,
    data: {
      accountId: 'a1',
      passwordHash: 'p',
      how: 'RESET_LINK' as const,
      resetId,
      keepSessionId: null,
      at,
      by: { kind: 'account' as const, id: 'a1' },
    },
  });

  it('works once, within its hour', () => {
    const used: AccountEvent = {
      type: 'AccountPasswordSet',
      data: {
        accountId: 'a1',
        passwordHash: 'p',
        how: 'RESET_LINK',
        resetId: 'r1',
        at: '2026-12-01T10:30:00.000Z',
        by: { kind: 'account', id: 'a1' },
      },
    };
    given([registered, requested]).when(byLink('r1', '2026-12-01T10:30:00.000Z')).then([used]);
    given([registered, requested, used]).when(byLink('r1', '2026-12-01T10:31:00.000Z')).then('ACCOUNT_RESET_LINK_USED');
    given([registered, requested]).when(byLink('r1', '2026-12-01T11:00:00.000Z')).then('ACCOUNT_RESET_LINK_EXPIRED');
    given([registered, requested]).when(byLink('nope', '2026-12-01T10:30:00.000Z')).then('ACCOUNT_RESET_LINK_INVALID');
  });
});

describe('preferences and erasure', () => {
  it('refuses notices by email without an email on the account', () => {
    given([registered])
      .when({
        type: 'SetPreferences',
        data: {
          accountId: 'a1',
          preferences: { contact: { RESERVATION_READY: 'EMAIL', LOAN_DUE: 'NONE' }, pickUpBranchId: null },
          at: 'x',
          by: staff,
        },
      })
      .then('ACCOUNT_EMAIL_REQUIRED');
  });

  it('erases once, ends sessions, and refuses anything after but a repeat', () => {
    const session: AccountEvent = {
      type: 'AccountSessionStarted',
      data: { accountId: 'a1', sessionId: 's', tokenHash: 'h', at: 'x', expiresAt: 'y' },
    };
    const erase = { type: 'ErasePerson' as const, data: { accountId: 'a1', at: 'z', by: staff } };
    given([registered, session])
      .when(erase)
      .then([
        { type: 'AccountSessionEnded', data: { accountId: 'a1', sessionId: 's', reason: 'ERASED', at: 'z' } },
        { type: 'PersonErased', data: erase.data },
      ]);
    const erased: AccountEvent = { type: 'PersonErased', data: erase.data };
    given([registered, erased]).when(erase).then([]);
    given([registered, erased]).when(startSession('z')).then('ACCOUNT_ERASED');
    given([]).when(erase).then('ACCOUNT_NOT_FOUND');
  });
});
