import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '../generated/graphql';

/** Who may read the security log and manage anyone's sessions and two-factor sign-in (identity's `manageStaffSecurity`). */
export const SECURITY_ADMIN_ROLES: Role[] = ['ADMIN'];

/**
 * Staff security's pages under the signed-in layout: one's own security (from the profile menu,
 * for every staff member), and for admins the security log and staff access. Each loads on first
 * visit, with its texts.
 */
export function securityRoutes(): RouteRecordRaw[] {
  return [
    { path: 'security', name: 'security', component: () => import('./SecurityPage.vue') },
    {
      path: 'security/log',
      name: 'security-log',
      component: () => import('./SecurityLogPage.vue'),
      meta: { roles: SECURITY_ADMIN_ROLES, nav: { label: 'staffSecurity.nav.log', order: 80 } },
    },
    {
      path: 'security/staff',
      name: 'staff-access',
      component: () => import('./StaffAccessPage.vue'),
      meta: { roles: SECURITY_ADMIN_ROLES, nav: { label: 'staffSecurity.nav.staff', order: 81 } },
    },
  ];
}
