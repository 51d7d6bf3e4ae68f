/**
 * Identity's projections for the runner: the read model of staff, sessions, departments and
 * presence, and the security log, both folded from identity's own events in `$all` order.
 */
import { readModelSnapshots, type Projection } from '@deskstream/event-sourcing';
import { IDENTITY_EVENT_TYPES, type IdentityEvent } from '@deskstream/identity-domain';
import type { IdentityReadModel } from './identity-read-model';
import { ACCOUNT_SECURITY_EVENT_TYPES, type AccountSecurityEvent, type SecurityLogReadModel } from './security-log';

export const IDENTITY_PROJECTION = 'identity';
export const SECURITY_LOG_PROJECTION = 'security-log';

/** Raise when what an event does to that read model changes: its snapshot is then replayed. */
/** 2: recent failed sign-ins per staff member and address are kept. */
export const IDENTITY_SNAPSHOT_VERSION = 2;
/** 2: patrons' unlocks by staff, new passwords and erasures are logged too. */
export const SECURITY_LOG_SNAPSHOT_VERSION = 2;

export function identityProjection(readModel: IdentityReadModel): Projection<IdentityEvent> {
  return {
    name: IDENTITY_PROJECTION,
    handles: IDENTITY_EVENT_TYPES,
    apply: (event) => readModel.apply(event),
    snapshots: readModelSnapshots('identity', IDENTITY_SNAPSHOT_VERSION, readModel.kept),
  };
}

/** The security log: identity's events, and the accounts context's sign-in failures and lockouts of patrons and customers. */
export function securityLogProjection(log: SecurityLogReadModel): Projection<IdentityEvent | AccountSecurityEvent> {
  return {
    name: SECURITY_LOG_PROJECTION,
    handles: [...IDENTITY_EVENT_TYPES, ...ACCOUNT_SECURITY_EVENT_TYPES],
    apply: (event) => log.apply(event),
    snapshots: readModelSnapshots('security-log', SECURITY_LOG_SNAPSHOT_VERSION, log.kept),
  };
}
