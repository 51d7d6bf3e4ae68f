/**
 * A patron's reservations and loans, one stream per patron so the limits hold: at most 10 books
 * and 1 audio-visual item reserved at once (reservations made at the library count too; the
 * library system's import is recorded as it is, since it is the system of record). A reservation
 * can be cancelled or its pick-up place changed until it is secured (ready for pick-up); it is
 * held 1 week after the notice. A loan is renewed once, for 2 weeks from the day of renewal, and
 * never when overdue, reserved by someone else, or audio-visual.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { CirculationEvent, ItemKind } from './accounts-events';
import type { CirculationCommand } from './commands';
import { ACCOUNT_ERRORS, type AccountErrorReason, type AccountRejection } from './errors';
import { MAX_AUDIOVISUAL_RESERVATIONS, MAX_BOOK_RESERVATIONS, MAX_RENEWALS, holdUntil, renewedDueAt } from './limits';

export type ReservationState = {
  itemId: string;
  itemKind: ItemKind;
  status: 'WAITING' | 'READY' | 'CLOSED';
  holdUntil: string | null;
};

export type LoanState = {
  itemKind: ItemKind;
  dueAt: string;
  renewals: number;
  othersWaiting: boolean;
  returned: boolean;
};

export interface CirculationState {
  reservations: ReadonlyMap<string, ReservationState>;
  loans: ReadonlyMap<string, LoanState>;
}

export function initialCirculationState(): CirculationState {
  return { reservations: new Map(), loans: new Map() };
}

function withReservation(state: CirculationState, id: string, change: Partial<ReservationState>): CirculationState {
  const current = state.reservations.get(id);
  if (!current) return state;
  return { ...state, reservations: new Map([...state.reservations, [id, { ...current, ...change }]]) };
}

function withLoan(state: CirculationState, id: string, change: Partial<LoanState>): CirculationState {
  const current = state.loans.get(id);
  if (!current) return state;
  return { ...state, loans: new Map([...state.loans, [id, { ...current, ...change }]]) };
}

export function evolveCirculation(state: CirculationState, event: CirculationEvent): CirculationState {
  switch (event.type) {
    case 'ReservationPlaced': {
      const { reservationId, itemId, itemKind } = event.data;
      const reservation: ReservationState = { itemId, itemKind, status: 'WAITING', holdUntil: null };
      return { ...state, reservations: new Map([...state.reservations, [reservationId, reservation]]) };
    }
    case 'ReservationChanged':
      return state;
    case 'ReservationReadyForPickUp':
      return withReservation(state, event.data.reservationId, { status: 'READY', holdUntil: event.data.holdUntil });
    case 'ReservationCancelled':
    case 'ReservationHoldExpired':
    case 'ReservationCollected':
      return withReservation(state, event.data.reservationId, { status: 'CLOSED' });
    case 'LoanStarted': {
      const { loanId, itemKind, dueAt } = event.data;
      const loan: LoanState = { itemKind, dueAt, renewals: 0, othersWaiting: false, returned: false };
      return { ...state, loans: new Map([...state.loans, [loanId, loan]]) };
    }
    case 'LoanRenewed': {
      const loan = state.loans.get(event.data.loanId);
      return withLoan(state, event.data.loanId, { dueAt: event.data.dueAt, renewals: (loan?.renewals ?? 0) + 1 });
    }
    case 'LoanWaitingListChanged':
      return withLoan(state, event.data.loanId, { othersWaiting: event.data.othersWaiting });
    case 'LoanReturned':
      return withLoan(state, event.data.loanId, { returned: true });
    default:
      return assertNever(event);
  }
}

const reject = ACCOUNT_ERRORS.reject;

/** How many of a kind are reserved and not yet collected, cancelled or expired. */
export function activeReservations(state: CirculationState, kind: ItemKind): number {
  let count = 0;
  for (const reservation of state.reservations.values())
    if (reservation.itemKind === kind && reservation.status !== 'CLOSED') count++;
  return count;
}

/** Why a loan cannot be renewed at `at`, or null when it can. */
export function renewalRefusal(loan: LoanState, at: string): AccountErrorReason | null {
  if (loan.returned) return 'ACCOUNT_LOAN_RETURNED';
  if (loan.itemKind === 'AUDIOVISUAL') return 'ACCOUNT_LOAN_AUDIOVISUAL';
  if (loan.renewals >= MAX_RENEWALS) return 'ACCOUNT_LOAN_ALREADY_RENEWED';
  if (Date.parse(loan.dueAt) < Date.parse(at)) return 'ACCOUNT_LOAN_OVERDUE';
  if (loan.othersWaiting) return 'ACCOUNT_LOAN_RESERVED';
  return null;
}

/** Why an open reservation cannot be changed or cancelled by the patron, or null. */
function changeRefusal(reservation: ReservationState | undefined): AccountErrorReason | null {
  if (!reservation) return 'ACCOUNT_RESERVATION_NOT_FOUND';
  if (reservation.status === 'READY') return 'ACCOUNT_RESERVATION_SECURED';
  if (reservation.status === 'CLOSED') return 'ACCOUNT_RESERVATION_CLOSED';
  return null;
}

export function decideCirculation(
  command: CirculationCommand,
  state: CirculationState,
): CirculationEvent[] | AccountRejection {
  switch (command.type) {
    case 'PlaceReservation': {
      const d = command.data;
      if (state.reservations.has(d.reservationId)) return reject('ACCOUNT_RESERVATION_EXISTS');
      if (d.source !== 'LIBRARY_SYSTEM') {
        for (const reservation of state.reservations.values())
          if (reservation.itemId === d.itemId && reservation.status !== 'CLOSED')
            return reject('ACCOUNT_ITEM_ALREADY_RESERVED');
        const max = d.itemKind === 'BOOK' ? MAX_BOOK_RESERVATIONS : MAX_AUDIOVISUAL_RESERVATIONS;
        if (activeReservations(state, d.itemKind) >= max)
          return reject(
            d.itemKind === 'BOOK' ? 'ACCOUNT_RESERVATION_BOOK_LIMIT' : 'ACCOUNT_RESERVATION_AUDIOVISUAL_LIMIT',
          );
      }
      return [{ type: 'ReservationPlaced', data: d }];
    }
    case 'ChangeReservation': {
      const { source, ...data } = command.data;
      const refusal = changeRefusal(state.reservations.get(data.reservationId));
      if (refusal && !(source === 'LIBRARY_SYSTEM' && refusal === 'ACCOUNT_RESERVATION_SECURED'))
        return reject(refusal);
      return [{ type: 'ReservationChanged', data }];
    }
    case 'CancelReservation': {
      const d = command.data;
      const refusal = changeRefusal(state.reservations.get(d.reservationId));
      // The library may cancel a secured reservation (the patron asked at the desk); nobody a closed one.
      if (refusal === 'ACCOUNT_RESERVATION_CLOSED' && state.reservations.get(d.reservationId)) return [];
      if (refusal && !(d.source !== 'PATRON' && refusal === 'ACCOUNT_RESERVATION_SECURED')) return reject(refusal);
      return [{ type: 'ReservationCancelled', data: d }];
    }
    case 'MarkReservationReady': {
      const d = command.data;
      const reservation = state.reservations.get(d.reservationId);
      if (!reservation) return reject('ACCOUNT_RESERVATION_NOT_FOUND');
      if (reservation.status === 'READY') return [];
      if (reservation.status === 'CLOSED') return reject('ACCOUNT_RESERVATION_CLOSED');
      return [{ type: 'ReservationReadyForPickUp', data: { ...d, holdUntil: holdUntil(d.at) } }];
    }
    case 'ExpireHoldWhenDue': {
      const reservation = state.reservations.get(command.data.reservationId);
      if (!reservation) return reject('ACCOUNT_RESERVATION_NOT_FOUND');
      if (reservation.status !== 'READY' || Date.parse(reservation.holdUntil!) > Date.parse(command.data.at)) return [];
      return [{ type: 'ReservationHoldExpired', data: command.data }];
    }
    case 'CollectReservation': {
      const d = command.data;
      const reservation = state.reservations.get(d.reservationId);
      if (!reservation) return reject('ACCOUNT_RESERVATION_NOT_FOUND');
      if (reservation.status === 'CLOSED') return reject('ACCOUNT_RESERVATION_CLOSED');
      if (reservation.status !== 'READY') return reject('ACCOUNT_RESERVATION_NOT_READY');
      if (state.loans.has(d.loanId)) return reject('ACCOUNT_LOAN_EXISTS');
      const { accountId, reservationId, loanId, at } = d;
      return [
        { type: 'ReservationCollected', data: { accountId, reservationId, loanId, at } },
        {
          type: 'LoanStarted',
          data: {
            accountId,
            loanId,
            itemId: reservation.itemId,
            itemKind: reservation.itemKind,
            title: d.title,
            source: 'DESK',
            at,
            dueAt: d.dueAt,
          },
        },
      ];
    }
    case 'StartLoan':
      if (state.loans.has(command.data.loanId)) return reject('ACCOUNT_LOAN_EXISTS');
      return [{ type: 'LoanStarted', data: command.data }];
    case 'RenewLoan': {
      const loan = state.loans.get(command.data.loanId);
      if (!loan) return reject('ACCOUNT_LOAN_NOT_FOUND');
      const refusal = renewalRefusal(loan, command.data.at);
      if (refusal) return reject(refusal);
      return [{ type: 'LoanRenewed', data: { ...command.data, dueAt: renewedDueAt(command.data.at) } }];
    }
    case 'SetLoanWaitingList': {
      const loan = state.loans.get(command.data.loanId);
      if (!loan) return reject('ACCOUNT_LOAN_NOT_FOUND');
      return loan.othersWaiting === command.data.othersWaiting
        ? []
        : [{ type: 'LoanWaitingListChanged', data: command.data }];
    }
    case 'ReturnLoan': {
      const loan = state.loans.get(command.data.loanId);
      if (!loan) return reject('ACCOUNT_LOAN_NOT_FOUND');
      return loan.returned ? [] : [{ type: 'LoanReturned', data: command.data }];
    }
    default:
      return assertNever(command);
  }
}

export const circulationDecider: Decider<CirculationCommand, CirculationEvent, CirculationState, AccountRejection> = {
  initialState: initialCirculationState,
  evolve: evolveCirculation,
  decide: decideCirculation,
};
