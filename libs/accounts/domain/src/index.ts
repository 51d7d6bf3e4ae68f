/**
 * `@deskstream/accounts-domain`: patron and customer accounts as events, commands, deciders,
 * limits, input rules and error reasons. Pure TypeScript.
 *
 * Other contexts read the published events from here (`AccountSignInFailed`, `AccountLockedOut`,
 * `AccountUnlocked`, `PersonErased`, …), never from the read models or the api.
 */
export * from './accounts-events';
export { ACCOUNT_ERRORS, type AccountErrorReason, type AccountRejection } from './errors';
export * from './limits';
export * from './input-rules';
export type { AccountCommand, CirculationCommand } from './commands';
export {
  accountDecider,
  decideAccount,
  evolveAccount,
  initialAccountState,
  type AccountState,
} from './account-decider';
export {
  activeReservations,
  circulationDecider,
  decideCirculation,
  evolveCirculation,
  initialCirculationState,
  renewalRefusal,
  type CirculationState,
  type LoanState,
  type ReservationState,
} from './circulation-decider';
