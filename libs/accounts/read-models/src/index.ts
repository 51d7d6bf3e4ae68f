/** `@deskstream/accounts-read-models`: accounts, sessions, reset links, reservations and loans in memory, sealed as written. */
export type {
  AccountRecord,
  AccountSessionRecord,
  LoanRecord,
  ReservationRecord,
  ReservationStatus,
  ResetLinkRecord,
} from './records';
export { AccountsReadModel, type AccountFigures } from './accounts-read-model';
export { ACCOUNTS_PROJECTION, accountsProjection } from './projections';
