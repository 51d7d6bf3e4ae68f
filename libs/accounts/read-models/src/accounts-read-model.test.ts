import { describe, expect, it } from 'vitest';
import type { AccountEvent, CirculationEvent } from '@deskstream/accounts-domain';
import { AccountsReadModel } from './accounts-read-model';

const at = '2026-12-07T09:00:00.000Z';
const staff = { kind: 'staff' as const, id: 's1' };
const registered: AccountEvent = {
  type: 'AccountRegistered',
  data: {
    accountId: 'a1',
    kind: 'PATRON',
    cardNumberHash: 'card#',
    emailHash: null,
    nameHash: 'name#',
    personal: { name: 'sealed-name', cardNumber: 'sealed-card', email: 'sealed-mail', phone: null },
    preferences: { contact: { RESERVATION_READY: 'EMAIL', LOAN_DUE: 'NONE' }, pickUpBranchId: 'central' },
    at,
    by: staff,
  },
};
const circulation: CirculationEvent[] = [
  {
    type: 'ReservationPlaced',
    data: {
      accountId: 'a1',
      reservationId: 'r1',
      itemId: 'i1',
      itemKind: 'BOOK',
      title: 'sealed-title',
      pickUpBranchId: 'central',
      contactMethod: 'EMAIL',
      source: 'PATRON',
      at,
    },
  },
  {
    type: 'ReservationReadyForPickUp',
    data: {
      accountId: 'a1',
      reservationId: 'r1',
      notice: { noticeId: 'n1', method: 'EMAIL', mailId: 'm1' },
      at,
      holdUntil: '2026-12-14T09:00:00.000Z',
    },
  },
  {
    type: 'LoanStarted',
    data: {
      accountId: 'a1',
      loanId: 'l1',
      itemId: 'i2',
      itemKind: 'BOOK',
      title: 'sealed',
      source: 'DESK',
      at,
      dueAt: '2026-12-21T09:00:00.000Z',
    },
  },
];

function model(...events: (AccountEvent | CirculationEvent)[]): AccountsReadModel {
  const readModel = new AccountsReadModel();
  for (const event of events) readModel.apply(event);
  return readModel;
}

describe('AccountsReadModel', () => {
  it('finds accounts by their hashes and sessions by token hash until they expire', () => {
    const readModel = model(registered, {
      type: 'AccountSessionStarted',
      data: { accountId: 'a1', sessionId: 's', tokenHash: 't#', at, expiresAt: '2026-12-07T17:00:00.000Z' },
    });
    expect(readModel.byCardHash('card#')?.id).toBe('a1');
    expect(readModel.byNameHash('name#').map((account) => account.id)).toEqual(['a1']);
    expect(readModel.session('t#', new Date('2026-12-07T16:59:59.000Z'))?.accountId).toBe('a1');
    expect(readModel.session('t#', new Date('2026-12-07T17:00:00.000Z'))).toBeUndefined();
  });

  it('spends every reset link when a password is set', () => {
    const readModel = model(
      registered,
      {
        type: 'AccountPasswordResetRequested',
        data: {
          accountId: 'a1',
          resetId: 'r',
          tokenHash: 'reset#',
          mailId: 'm',
          at,
          expiresAt: '2026-12-07T10:00:00.000Z',
        },
      },
      {
        type: 'AccountPasswordSet',
        data: {
          accountId: 'a1',
          passwordHash: 'p',
          how: 'DESK',
          resetId: null,
          at: '2026-12-07T09:10:00.000Z',
          by: staff,
        },
      },
    );
    expect(readModel.resetLink('reset#')?.usedAt).toBe('2026-12-07T09:10:00.000Z');
  });

  it('forgets the lookups and sessions of an erased person and keeps every count', () => {
    const session: AccountEvent = {
      type: 'AccountSessionStarted',
      data: { accountId: 'a1', sessionId: 's', tokenHash: 't#', at, expiresAt: '2026-12-08T00:00:00.000Z' },
    };
    const readModel = model(registered, session, ...circulation);
    const before = readModel.figures();
    readModel.apply({ type: 'PersonErased', data: { accountId: 'a1', at, by: staff } });
    expect(readModel.figures()).toEqual({ ...before, erased: 1 });
    expect(before).toMatchObject({
      patrons: 1,
      reservationsPlaced: 1,
      loansStarted: 1,
      pickUpNotices: { EMAIL: 1, PHONE: 0, NONE: 0 },
    });
    expect(readModel.byCardHash('card#')).toBeUndefined();
    expect(readModel.byNameHash('name#')).toEqual([]);
    expect(readModel.session('t#', new Date(at))).toBeUndefined();
    const account = readModel.account('a1')!;
    expect([account.erasedAt, account.reservations.size, account.loans.size]).toEqual([at, 1, 1]);
  });
});
