/**
 * Identity's answer to "who is asking" for the other contexts: a `StaffDirectory` the api puts
 * in every GraphQL context, so chat, tickets or the knowledge base check roles with
 * `@deskstream/access` and never import identity.
 */
import type { StaffDirectory } from '@deskstream/access';
import type { IdentityReadModel } from '@deskstream/identity-read-models';
import { StaffAccess } from './staff-access';

export function identityStaffDirectory(
  readModel: IdentityReadModel,
  now: () => Date = () => new Date(),
): StaffDirectory {
  const access = new StaffAccess(readModel, now);
  return {
    identify(authorization) {
      const caller = access.identify({ authorization });
      if (caller === 'IDENTITY_NOT_SIGNED_IN') return 'NOT_SIGNED_IN';
      if (typeof caller === 'string') return 'SESSION_ENDED';
      const { staff, session } = caller;
      return {
        id: staff.id,
        displayName: staff.displayName,
        roles: staff.roles,
        departmentIds: staff.departmentIds,
        sessionId: session.sessionId,
      };
    },
  };
}
