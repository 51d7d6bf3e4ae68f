/**
 * Identity's projections for the runner: the read model of staff, sessions, departments and
 * presence, and the security log, both folded from identity's own events in `$all` order.
 */
import type { Projection } from '@deskstream/event-sourcing';
import { IDENTITY_EVENT_TYPES, type IdentityEvent } from '@deskstream/identity-domain';
import type { IdentityReadModel } from './identity-read-model';
import { ACCOUNT_SECURITY_EVENT_TYPES, type AccountSecurityEvent, type SecurityLogReadModel } from './security-log';

export const IDENTITY_PROJECTION = 'identity';
export const SECURITY_LOG_PROJECTION = 'security-log';

export function identityProjection(readModel: IdentityReadModel): Projection<IdentityEvent> {
  return {
    name: IDENTITY_PROJECTION,
    handles: IDENTITY_EVENT_TYPES,
    apply: (event) => readModel.apply(event),
  };
}

/** The security log: identity's events, and the accounts context's sign-in failures and lockouts of patrons and customers. */
export function securityLogProjection(log: SecurityLogReadModel): Projection<IdentityEvent | AccountSecurityEvent> {
  return {
    name: SECURITY_LOG_PROJECTION,
    handles: [...IDENTITY_EVENT_TYPES, ...ACCOUNT_SECURITY_EVENT_TYPES],
    apply: (event) => log.apply(event),
  };
}
