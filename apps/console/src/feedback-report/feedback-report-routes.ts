import type { RouteRecordRaw } from 'vue-router';
import { DEFINITION_ROLES, REPORT_ROLES } from './report-roles';

/**
 * The feedback report's pages: the report (in the navigation; its filters in the address), the
 * items behind any of its figures, and the report's definition for admins. Each page loads on
 * first visit with its texts.
 */
export function feedbackReportRoutes(): RouteRecordRaw[] {
  return [
    {
      path: 'feedback/report',
      name: 'feedback-report',
      component: () => import('./FeedbackReportPage.vue'),
      meta: { roles: REPORT_ROLES, nav: { label: 'feedbackReportNav.report', order: 42 } },
    },
    {
      path: 'feedback/report/items',
      name: 'feedback-report-items',
      component: () => import('./ReportItemsPage.vue'),
      meta: { roles: REPORT_ROLES },
    },
    {
      path: 'feedback/report/definitions',
      name: 'feedback-report-definitions',
      component: () => import('./ReportDefinitionsPage.vue'),
      meta: { roles: DEFINITION_ROLES },
    },
  ];
}
