/** Who may do what. Presence is for the people who answer; admins and product teams do not. */
import type { Role } from './identity-events';

export const ROLES_FOR = {
  goOnlineOrOffline: ['AGENT', 'SUPERVISOR'],
  seeWhoIsOnline: ['AGENT', 'SUPERVISOR', 'ADMIN'],
  anyStaff: ['AGENT', 'SUPERVISOR', 'ADMIN', 'PRODUCT'],
  /** Revoke anyone's session, turn off anyone's two-factor sign-in, change roles, read the security log. */
  manageStaffSecurity: ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;
