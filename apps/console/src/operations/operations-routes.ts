import type { RouteRecordRaw } from 'vue-router';
import { OPERATIONS_ROLES } from './operations-roles';

/**
 * The operations pages, each loaded on first visit with its texts: the dashboard (in the
 * navigation for supervisors and admins; its period in the address), the printable period report
 * for A4 (`/operations/report?from=…&to=…`), and the shifts and definitions (admins change them,
 * supervisors read them).
 */
export function operationsRoutes(): RouteRecordRaw[] {
  return [
    {
      path: 'operations',
      name: 'operations',
      component: () => import('./OperationsDashboardPage.vue'),
      meta: { roles: OPERATIONS_ROLES, nav: { label: 'operationsNav.dashboard', order: 31 } },
    },
    {
      path: 'operations/report',
      name: 'operations-report',
      component: () => import('./OperationsReportPage.vue'),
      meta: { roles: OPERATIONS_ROLES },
    },
    {
      path: 'operations/settings',
      name: 'operations-settings',
      component: () => import('./OperationsSettingsPage.vue'),
      meta: { roles: OPERATIONS_ROLES },
    },
  ];
}
