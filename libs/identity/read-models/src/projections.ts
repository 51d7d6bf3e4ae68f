/**
 * Identity's projections for the runner: the read model of staff, sessions, departments and
 * presence, and the security log, both folded from identity's own events in `$all` order.
 */
import type { Projection } from '@deskstream/event-sourcing';
import { IDENTITY_EVENT_TYPES, type IdentityEvent } from '@deskstream/identity-domain';
import type { IdentityReadModel } from './identity-read-model';
import type { SecurityLogReadModel } from './security-log';

export const IDENTITY_PROJECTION = 'identity';
export const SECURITY_LOG_PROJECTION = 'security-log';

export function identityProjection(readModel: IdentityReadModel): Projection<IdentityEvent> {
  return {
    name: IDENTITY_PROJECTION,
    handles: IDENTITY_EVENT_TYPES,
    apply: (event) => readModel.apply(event),
  };
}

export function securityLogProjection(log: SecurityLogReadModel): Projection<IdentityEvent> {
  return {
    name: SECURITY_LOG_PROJECTION,
    handles: IDENTITY_EVENT_TYPES,
    apply: (event) => log.apply(event),
  };
}
