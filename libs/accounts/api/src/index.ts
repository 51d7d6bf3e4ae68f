/**
 * `@deskstream/accounts-api`: patron and customer accounts on the server — the GraphQL module,
 * the library system's import route, the ports the api connects (outbox, pick-up places, other
 * contexts' requests), and the demo seed.
 */
export { accountsGraphql, accountsTypeDefs, DEFAULT_PICK_UP_PLACES, type AccountsModuleOptions } from './plugin';
export { AccountsCommands } from './commands';
export { HashingQueue, hashPassword, passwordMatches } from './credentials';
export { DEFAULT_ACCOUNT_FLOOD_LIMITS, type AccountFloodLimits } from './flood-guard';
export type {
  AccountMail,
  AccountMailbox,
  AccountPorts,
  LocalizedName,
  MailStatus,
  MailStatusPort,
  MyRequestItem,
  MyRequestKind,
  PickUpPlace,
  RequestPort,
} from './ports';
export { requireAccount, identifyAccount, type SignedInAccount } from './access';
export { DEMO_CUSTOMER, DEMO_PATRON, type AccountsSeedReport } from './seed';
