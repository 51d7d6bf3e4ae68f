/**
 * The GraphQL shapes of accounts, reservations and loans from the read model's records: personal
 * fields opened with the person's key (null once erased), rules evaluated at the clock's now.
 */
import { NOTICE_KINDS, renewalRefusal } from '@deskstream/accounts-domain';
import { identifyStaff, type AccessContext } from '@deskstream/access';
import type { AccountRecord, AccountsReadModel, LoanRecord, ReservationRecord } from '@deskstream/accounts-read-models';
import type { PersonalDataVault } from '@deskstream/personal-data';
import { noticesOf } from './notices';
import { openPerson, openSealed } from './personal';
import type { AccountPorts, PickUpPlace } from './ports';

export interface ViewDeps {
  readModel: AccountsReadModel;
  vault: PersonalDataVault;
  ports: AccountPorts;
  places: () => PickUpPlace[];
  now: () => Date;
}

const isStaff = (context: AccessContext) => typeof identifyStaff(context) === 'object';

export function fieldResolvers({ readModel, vault, ports, places, now }: ViewDeps) {
  const place = (id: string | null) => (id === null ? null : (places().find((each) => each.id === id) ?? null));
  const title = async (record: { accountId: string; title: string }) => {
    await vault.load([record.accountId]);
    return openSealed(vault, record.title);
  };
  const field = (key: 'name' | 'cardNumber' | 'email' | 'phone') => async (account: AccountRecord) =>
    (await openPerson(vault, account))[key];
  return {
    Account: {
      erased: async (account: AccountRecord) => (await openPerson(vault, account)).erased,
      name: field('name'),
      cardNumber: field('cardNumber'),
      email: field('email'),
      phone: field('phone'),
      lockedUntil: (account: AccountRecord) =>
        account.lockedUntil && Date.parse(account.lockedUntil) > now().getTime() ? account.lockedUntil : null,
      failedSignInsInRow: (account: AccountRecord) => account.failuresInRow,
      hasPassword: (account: AccountRecord) => account.passwordHash !== null,
      preferences: (account: AccountRecord) => ({
        contact: NOTICE_KINDS.map((kind) => ({ kind, method: account.preferences.contact[kind] })),
        pickUpBranch: place(account.preferences.pickUpBranchId),
      }),
      reservations: (account: AccountRecord) =>
        [...account.reservations.values()].sort((a, b) => b.placedAt.localeCompare(a.placedAt)),
      loans: (account: AccountRecord) => [...account.loans.values()].sort((a, b) => b.lentAt.localeCompare(a.lentAt)),
      notices: async (account: AccountRecord, _: unknown, context: AccessContext) => {
        const person = await openPerson(vault, account);
        return noticesOf(account, person.email, vault, ports.mailStatus, isStaff(context));
      },
    },
    Reservation: {
      title,
      pickUpBranch: (reservation: ReservationRecord) => place(reservation.pickUpBranchId),
      canChange: (reservation: ReservationRecord) => reservation.status === 'WAITING',
      notice: async (reservation: ReservationRecord, _: unknown, context: AccessContext) => {
        if (!reservation.notice) return null;
        const account = readModel.account(reservation.accountId)!;
        const person = await openPerson(vault, account);
        return (
          noticesOf(account, person.email, vault, ports.mailStatus, isStaff(context)).find(
            (notice) => notice.id === reservation.notice!.noticeId,
          ) ?? null
        );
      },
    },
    Loan: {
      title,
      renewed: (loan: LoanRecord) => loan.renewals > 0,
      overdue: (loan: LoanRecord) => loan.returnedAt === null && Date.parse(loan.dueAt) < now().getTime(),
      canRenew: (loan: LoanRecord) => renewalRefusal(loanState(loan), now().toISOString()) === null,
      renewRefusal: (loan: LoanRecord) => renewalRefusal(loanState(loan), now().toISOString()),
    },
  };
}

function loanState(loan: LoanRecord) {
  return {
    itemKind: loan.itemKind,
    dueAt: loan.dueAt,
    renewals: loan.renewals,
    othersWaiting: loan.othersWaiting,
    returned: loan.returnedAt !== null,
  };
}
