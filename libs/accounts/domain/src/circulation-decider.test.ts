import { describe, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import type { CirculationEvent, ItemKind } from './accounts-events';
import { circulationDecider } from './circulation-decider';

const given = deciderSpec(circulationDecider);
const at = '2026-12-01T10:00:00.000Z';

const placed = (
  id: string,
  itemKind: ItemKind = 'BOOK',
  source: 'PATRON' | 'LIBRARY_SYSTEM' = 'PATRON',
): CirculationEvent => ({
  type: 'ReservationPlaced',
  data: {
    accountId: 'a1',
    reservationId: id,
    itemId: `item-${id}`,
    itemKind,
    title: 't',
    pickUpBranchId: 'b1',
    contactMethod: 'EMAIL',
    source,
    at,
  },
});
const place = (id: string, itemKind: ItemKind = 'BOOK', source: 'PATRON' | 'LIBRARY_SYSTEM' = 'PATRON') => ({
  type: 'PlaceReservation' as const,
  data: placed(id, itemKind, source).data as Extract<CirculationEvent, { type: 'ReservationPlaced' }>['data'],
});
const ready = (id: string): CirculationEvent => ({
  type: 'ReservationReadyForPickUp',
  data: {
    accountId: 'a1',
    reservationId: id,
    notice: { noticeId: 'n', method: 'EMAIL', mailId: 'm' },
    at,
    holdUntil: '2026-12-08T10:00:00.000Z',
  },
});
const loan = (id: string, itemKind: ItemKind = 'BOOK'): CirculationEvent => ({
  type: 'LoanStarted',
  data: {
    accountId: 'a1',
    loanId: id,
    itemId: 'i',
    itemKind,
    title: 't',
    source: 'DESK',
    at,
    dueAt: '2026-12-15T10:00:00.000Z',
  },
});
const renew = (id: string, when: string) => ({
  type: 'RenewLoan' as const,
  data: { accountId: 'a1', loanId: id, at: when },
});

describe('reservations', () => {
  it('allows 10 books and 1 audio-visual item; the library system’s own records are kept as they are', () => {
    const ten = Array.from({ length: 10 }, (_, i) => placed(`r${i}`));
    given(ten).when(place('r10')).then('ACCOUNT_RESERVATION_BOOK_LIMIT');
    given(ten)
      .when(place('av1', 'AUDIOVISUAL'))
      .then([placed('av1', 'AUDIOVISUAL')]);
    given([placed('av1', 'AUDIOVISUAL')])
      .when(place('av2', 'AUDIOVISUAL'))
      .then('ACCOUNT_RESERVATION_AUDIOVISUAL_LIMIT');
    given(ten)
      .when(place('r10', 'BOOK', 'LIBRARY_SYSTEM'))
      .then([placed('r10', 'BOOK', 'LIBRARY_SYSTEM')]);
    // A cancelled one frees its place.
    const cancelled: CirculationEvent = {
      type: 'ReservationCancelled',
      data: { accountId: 'a1', reservationId: 'r0', source: 'PATRON', at },
    };
    given([...ten, cancelled])
      .when(place('r10'))
      .then([placed('r10')]);
  });

  it('is held one week after the notice, then lapses', () => {
    given([placed('r1')])
      .when({
        type: 'MarkReservationReady',
        data: { accountId: 'a1', reservationId: 'r1', notice: { noticeId: 'n', method: 'EMAIL', mailId: 'm' }, at },
      })
      .then([ready('r1')]);
    const expire = (when: string) => ({
      type: 'ExpireHoldWhenDue' as const,
      data: { accountId: 'a1', reservationId: 'r1', at: when },
    });
    given([placed('r1'), ready('r1')])
      .when(expire('2026-12-08T09:59:59.000Z'))
      .then([]);
    given([placed('r1'), ready('r1')])
      .when(expire('2026-12-08T10:00:00.000Z'))
      .then([{ type: 'ReservationHoldExpired', data: expire('2026-12-08T10:00:00.000Z').data }]);
  });

  it('can be cancelled or changed until it is secured', () => {
    const cancel = {
      type: 'CancelReservation' as const,
      data: { accountId: 'a1', reservationId: 'r1', source: 'PATRON' as const, at },
    };
    given([placed('r1')])
      .when(cancel)
      .then([{ type: 'ReservationCancelled', data: cancel.data }]);
    given([placed('r1'), ready('r1')])
      .when(cancel)
      .then('ACCOUNT_RESERVATION_SECURED');
    const change = {
      type: 'ChangeReservation' as const,
      data: {
        accountId: 'a1',
        reservationId: 'r1',
        pickUpBranchId: 'bm-3',
        contactMethod: 'PHONE' as const,
        source: 'PATRON' as const,
        at,
      },
    };
    given([placed('r1'), ready('r1')])
      .when(change)
      .then('ACCOUNT_RESERVATION_SECURED');
    given([]).when(change).then('ACCOUNT_RESERVATION_NOT_FOUND');
  });
});

describe('loans', () => {
  it('renews once, for two weeks from the day of renewal', () => {
    const when = '2026-12-10T08:00:00.000Z';
    const renewed: CirculationEvent = {
      type: 'LoanRenewed',
      data: { accountId: 'a1', loanId: 'l1', at: when, dueAt: '2026-12-24T08:00:00.000Z' },
    };
    given([loan('l1')])
      .when(renew('l1', when))
      .then([renewed]);
    given([loan('l1'), renewed])
      .when(renew('l1', when))
      .then('ACCOUNT_LOAN_ALREADY_RENEWED');
  });

  it('never renews an overdue, reserved, audio-visual or returned item', () => {
    given([loan('l1')])
      .when(renew('l1', '2026-12-15T10:00:01.000Z'))
      .then('ACCOUNT_LOAN_OVERDUE');
    given([loan('av', 'AUDIOVISUAL')])
      .when(renew('av', at))
      .then('ACCOUNT_LOAN_AUDIOVISUAL');
    given([
      loan('l1'),
      { type: 'LoanWaitingListChanged', data: { accountId: 'a1', loanId: 'l1', othersWaiting: true, at } },
    ])
      .when(renew('l1', at))
      .then('ACCOUNT_LOAN_RESERVED');
    given([loan('l1'), { type: 'LoanReturned', data: { accountId: 'a1', loanId: 'l1', at } }])
      .when(renew('l1', at))
      .then('ACCOUNT_LOAN_RETURNED');
  });
});
