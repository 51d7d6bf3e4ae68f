/**
 * A patron's reservations and loans through the api: placed, changed, cancelled and renewed by the
 * patron; lent, returned, secured and collected by staff or the library system. When a
 * reservation is secured, the pick-up notice goes by the method chosen for it: mailed through the
 * outbox, recorded as a notice staff are to phone, or not sent (`pick-up-notice.ts`).
 */
import {
  loanDueAt,
  type CirculationCommand,
  type CirculationSource,
  type ContactMethod,
} from '@deskstream/accounts-domain';
import type { Actor } from '@deskstream/domain-kit';
import type { AccountRecord, AccountsReadModel, LoanRecord, ReservationRecord } from '@deskstream/accounts-read-models';
import type { PersonalDataVault } from '@deskstream/personal-data';
import { accountCommandError, accountError } from './access';
import type { AccountsCommands } from './commands';
import { idFrom, sealTitle, type ItemInput } from './circulation-inputs';
import { openPerson } from './personal';
import { mailPickUpNotice, noticeMethod } from './pick-up-notice';
import type { AccountMailbox, PickUpPlace } from './ports';

export interface CirculationDeps {
  readModel: AccountsReadModel;
  commands: AccountsCommands;
  vault: PersonalDataVault;
  mailbox?: AccountMailbox;
  places: () => PickUpPlace[];
  now: () => Date;
}

export class Circulation {
  constructor(private readonly deps: CirculationDeps) {}

  private async send(command: CirculationCommand, commandId: string, actor: Actor): Promise<void> {
    const outcome = await this.deps.commands.circulation(command, commandId, actor);
    if (!outcome.ok) throw accountCommandError(outcome.error);
  }

  private checkPatron(account: AccountRecord): void {
    if (account.erasedAt) throw accountError('ACCOUNT_ERASED');
    if (account.kind !== 'PATRON') throw accountError('ACCOUNT_CIRCULATION_FOR_PATRONS');
  }

  checkPlace(placeId: string): void {
    if (!this.deps.places().some((place) => place.id === placeId)) throw accountError('ACCOUNT_BRANCH_NOT_FOUND');
  }

  async reserve(
    account: AccountRecord,
    item: ItemInput & { pickUpBranchId?: string | null; contactMethod?: ContactMethod | null; reservationId?: string },
    source: CirculationSource,
    commandId: string,
    actor: Actor,
  ): Promise<ReservationRecord> {
    this.checkPatron(account);
    const pickUpBranchId = item.pickUpBranchId ?? account.preferences.pickUpBranchId ?? this.deps.places()[0]?.id;
    if (!pickUpBranchId) throw accountError('ACCOUNT_BRANCH_NOT_FOUND');
    if (source !== 'LIBRARY_SYSTEM') this.checkPlace(pickUpBranchId);
    const contactMethod = item.contactMethod ?? account.preferences.contact.RESERVATION_READY;
    await this.checkMethod(account, contactMethod);
    const reservationId = item.reservationId ?? idFrom(account.id, commandId);
    await this.send(
      {
        type: 'PlaceReservation',
        data: {
          accountId: account.id,
          reservationId,
          itemId: item.itemId,
          itemKind: item.itemKind,
          title: await sealTitle(this.deps.vault, account, item.title),
          pickUpBranchId,
          contactMethod,
          source,
          at: this.deps.now().toISOString(),
        },
      },
      `reserve-${account.id}-${commandId}`,
      actor,
    );
    return this.reservation(account, reservationId);
  }

  private async checkMethod(account: AccountRecord, method: ContactMethod): Promise<void> {
    if (method === 'NONE') return;
    const person = await openPerson(this.deps.vault, account);
    if (method === 'EMAIL' && !person.email) throw accountError('ACCOUNT_EMAIL_REQUIRED');
    if (method === 'PHONE' && !person.phone) throw accountError('ACCOUNT_PHONE_REQUIRED');
  }

  reservation(account: AccountRecord, reservationId: string): ReservationRecord {
    const reservation = this.deps.readModel.account(account.id)?.reservations.get(reservationId);
    if (!reservation) throw accountError('ACCOUNT_RESERVATION_NOT_FOUND');
    return reservation;
  }

  loan(account: AccountRecord, loanId: string): LoanRecord {
    const loan = this.deps.readModel.account(account.id)?.loans.get(loanId);
    if (!loan) throw accountError('ACCOUNT_LOAN_NOT_FOUND');
    return loan;
  }

  async change(
    account: AccountRecord,
    reservationId: string,
    change: { pickUpBranchId?: string | null; contactMethod?: ContactMethod | null },
    source: CirculationSource,
    commandId: string,
    actor: Actor,
  ): Promise<ReservationRecord> {
    const current = this.reservation(account, reservationId);
    const pickUpBranchId = change.pickUpBranchId ?? current.pickUpBranchId;
    if (change.pickUpBranchId) this.checkPlace(change.pickUpBranchId);
    const contactMethod = change.contactMethod ?? current.contactMethod;
    if (change.contactMethod) await this.checkMethod(account, change.contactMethod);
    await this.send(
      {
        type: 'ChangeReservation',
        data: {
          accountId: account.id,
          reservationId,
          pickUpBranchId,
          contactMethod,
          source,
          at: this.deps.now().toISOString(),
        },
      },
      `reservation-change-${reservationId}-${commandId}`,
      actor,
    );
    return this.reservation(account, reservationId);
  }

  async cancel(
    account: AccountRecord,
    reservationId: string,
    source: CirculationSource,
    commandId: string,
    actor: Actor,
  ) {
    this.reservation(account, reservationId);
    await this.send(
      {
        type: 'CancelReservation',
        data: { accountId: account.id, reservationId, source, at: this.deps.now().toISOString() },
      },
      `reservation-cancel-${reservationId}-${commandId}`,
      actor,
    );
    return this.reservation(account, reservationId);
  }

  async renew(account: AccountRecord, loanId: string, commandId: string, actor: Actor): Promise<LoanRecord> {
    this.loan(account, loanId);
    await this.send(
      { type: 'RenewLoan', data: { accountId: account.id, loanId, at: this.deps.now().toISOString() } },
      `loan-renew-${loanId}-${commandId}`,
      actor,
    );
    return this.loan(account, loanId);
  }

  async lend(
    account: AccountRecord,
    item: ItemInput & { dueAt?: string | null; lentAt?: string; loanId?: string },
    source: CirculationSource,
    commandId: string,
    actor: Actor,
  ): Promise<LoanRecord> {
    this.checkPatron(account);
    const at = item.lentAt ?? this.deps.now().toISOString();
    const dueAt = item.dueAt ?? loanDueAt(at);
    if (Number.isNaN(Date.parse(dueAt)) || Date.parse(dueAt) <= Date.parse(at))
      throw accountError('ACCOUNT_IMPORT_INVALID');
    const loanId = item.loanId ?? idFrom(account.id, commandId);
    await this.send(
      {
        type: 'StartLoan',
        data: {
          accountId: account.id,
          loanId,
          itemId: item.itemId,
          itemKind: item.itemKind,
          title: await sealTitle(this.deps.vault, account, item.title),
          source,
          at,
          dueAt: new Date(dueAt).toISOString(),
        },
      },
      `loan-${account.id}-${commandId}`,
      actor,
    );
    return this.loan(account, loanId);
  }

  async giveBack(account: AccountRecord, loanId: string, commandId: string, actor: Actor): Promise<LoanRecord> {
    this.loan(account, loanId);
    await this.send(
      { type: 'ReturnLoan', data: { accountId: account.id, loanId, at: this.deps.now().toISOString() } },
      `loan-return-${loanId}-${commandId}`,
      actor,
    );
    return this.loan(account, loanId);
  }

  async setWaitingList(
    account: AccountRecord,
    loanId: string,
    othersWaiting: boolean,
    commandId: string,
    actor: Actor,
  ) {
    await this.send(
      {
        type: 'SetLoanWaitingList',
        data: { accountId: account.id, loanId, othersWaiting, at: this.deps.now().toISOString() },
      },
      commandId,
      actor,
    );
  }

  async collect(account: AccountRecord, reservationId: string, commandId: string, actor: Actor): Promise<LoanRecord> {
    const reservation = this.reservation(account, reservationId);
    const at = this.deps.now().toISOString();
    const loanId = idFrom(reservationId, 'loan');
    await this.send(
      {
        type: 'CollectReservation',
        data: { accountId: account.id, reservationId, loanId, title: reservation.title, at, dueAt: loanDueAt(at) },
      },
      `reservation-collect-${reservationId}-${commandId}`,
      actor,
    );
    return this.loan(account, loanId);
  }

  /** Secures the reservation and sends its pick-up notice by the method chosen for it. */
  async markReady(
    account: AccountRecord,
    reservationId: string,
    commandId: string,
    actor: Actor,
  ): Promise<ReservationRecord> {
    const { vault, mailbox, now } = this.deps;
    const reservation = this.reservation(account, reservationId);
    const person = await openPerson(vault, account);
    const method = noticeMethod(reservation.contactMethod, person, mailbox !== undefined);
    const noticeId = `pickup-${reservationId}`;
    const mailId = method === 'EMAIL' ? `account-pickup-${account.id}-${reservationId}` : null;
    await this.send(
      {
        type: 'MarkReservationReady',
        data: { accountId: account.id, reservationId, notice: { noticeId, method, mailId }, at: now().toISOString() },
      },
      `reservation-ready-${reservationId}-${commandId}`,
      actor,
    );
    const ready = this.reservation(account, reservationId);
    await mailPickUpNotice(this.deps, ready, person.email, actor);
    return ready;
  }
}
