/** The accounts projection for the runner: accounts and their circulation, from `account-*` and `circulation-*` events. */
import type { Projection } from '@deskstream/event-sourcing';
import {
  ACCOUNT_EVENT_TYPES,
  CIRCULATION_EVENT_TYPES,
  type AccountEvent,
  type CirculationEvent,
} from '@deskstream/accounts-domain';
import type { AccountsReadModel } from './accounts-read-model';

export const ACCOUNTS_PROJECTION = 'accounts';

export function accountsProjection(readModel: AccountsReadModel): Projection<AccountEvent | CirculationEvent> {
  return {
    name: ACCOUNTS_PROJECTION,
    handles: [...ACCOUNT_EVENT_TYPES, ...CIRCULATION_EVENT_TYPES],
    apply: (event) => readModel.apply(event),
  };
}
