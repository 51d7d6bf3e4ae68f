/** Reservations and loans folded into their account's record (the same id as the account). */
import { assertNever } from '@deskstream/domain-kit';
import { CIRCULATION_EVENT_TYPES, type CirculationEvent } from '@deskstream/accounts-domain';
import type { AccountFigures } from './accounts-read-model';
import type { AccountRecord } from './records';

const CIRCULATION = new Set<string>(CIRCULATION_EVENT_TYPES);

/** Applies a circulation event; false when it is not one (or changes nothing). */
export function applyCirculation(
  accounts: Map<string, AccountRecord>,
  event: { type: string; data: unknown },
  counts: AccountFigures,
): boolean {
  if (!CIRCULATION.has(event.type)) return false;
  const circulation = event as CirculationEvent;
  const account = accounts.get(circulation.data.accountId);
  if (!account) return false;
  const { reservations, loans } = account;
  switch (circulation.type) {
    case 'ReservationPlaced': {
      const d = circulation.data;
      reservations.set(d.reservationId, {
        id: d.reservationId,
        accountId: account.id,
        itemId: d.itemId,
        itemKind: d.itemKind,
        title: d.title,
        status: 'WAITING',
        pickUpBranchId: d.pickUpBranchId,
        contactMethod: d.contactMethod,
        source: d.source,
        placedAt: d.at,
        readyAt: null,
        holdUntil: null,
        notice: null,
        closedAt: null,
        loanId: null,
      });
      counts.reservationsPlaced++;
      return true;
    }
    case 'ReservationChanged': {
      const reservation = reservations.get(circulation.data.reservationId);
      if (!reservation) return false;
      reservation.pickUpBranchId = circulation.data.pickUpBranchId;
      reservation.contactMethod = circulation.data.contactMethod;
      return true;
    }
    case 'ReservationCancelled':
    case 'ReservationHoldExpired': {
      const reservation = reservations.get(circulation.data.reservationId);
      if (!reservation) return false;
      reservation.status = circulation.type === 'ReservationCancelled' ? 'CANCELLED' : 'EXPIRED';
      reservation.closedAt = circulation.data.at;
      return true;
    }
    case 'ReservationReadyForPickUp': {
      const reservation = reservations.get(circulation.data.reservationId);
      if (!reservation) return false;
      reservation.status = 'READY';
      reservation.readyAt = circulation.data.at;
      reservation.holdUntil = circulation.data.holdUntil;
      reservation.notice = { ...circulation.data.notice };
      counts.pickUpNotices[circulation.data.notice.method]++;
      return true;
    }
    case 'ReservationCollected': {
      const reservation = reservations.get(circulation.data.reservationId);
      if (!reservation) return false;
      reservation.status = 'COLLECTED';
      reservation.closedAt = circulation.data.at;
      reservation.loanId = circulation.data.loanId;
      return true;
    }
    case 'LoanStarted': {
      const d = circulation.data;
      loans.set(d.loanId, {
        id: d.loanId,
        accountId: account.id,
        itemId: d.itemId,
        itemKind: d.itemKind,
        title: d.title,
        source: d.source,
        lentAt: d.at,
        dueAt: d.dueAt,
        renewals: 0,
        othersWaiting: false,
        returnedAt: null,
      });
      counts.loansStarted++;
      return true;
    }
    case 'LoanRenewed': {
      const loan = loans.get(circulation.data.loanId);
      if (!loan) return false;
      loan.renewals++;
      loan.dueAt = circulation.data.dueAt;
      counts.renewals++;
      return true;
    }
    case 'LoanWaitingListChanged': {
      const loan = loans.get(circulation.data.loanId);
      if (!loan) return false;
      loan.othersWaiting = circulation.data.othersWaiting;
      return true;
    }
    case 'LoanReturned': {
      const loan = loans.get(circulation.data.loanId);
      if (!loan) return false;
      loan.returnedAt = circulation.data.at;
      return true;
    }
    default:
      return assertNever(circulation);
  }
}
