import type { RouteRecordRaw } from 'vue-router';
import { PRODUCT_ROLES, TEAMS_ROLES, TOPIC_ROLES, TRIAGE_ROLES } from './feedback-roles';

/**
 * The feedback pages, each loaded on first visit with its texts: the support unit's triage queue
 * (in the navigation) and topics, a topic's page (also the product team's, to answer it), the
 * product team's inbox (in its navigation; its start page) and the admin's product teams. The
 * report's pages (`feedback/report…`) are declared by the report's own section.
 */
export function feedbackRoutes(): RouteRecordRaw[] {
  return [
    {
      path: 'feedback',
      name: 'feedback-queue',
      component: () => import('./FeedbackQueuePage.vue'),
      meta: { roles: TRIAGE_ROLES, nav: { label: 'feedbackNav.queue', order: 27 } },
    },
    {
      path: 'feedback/topics',
      name: 'feedback-topics',
      component: () => import('./FeedbackTopicsPage.vue'),
      meta: { roles: TRIAGE_ROLES },
    },
    {
      path: 'feedback/topics/:id',
      name: 'feedback-topic',
      component: () => import('./FeedbackTopicPage.vue'),
      props: true,
      meta: { roles: TOPIC_ROLES },
    },
    {
      path: 'feedback/inbox',
      name: 'feedback-inbox',
      component: () => import('./FeedbackInboxPage.vue'),
      meta: { roles: PRODUCT_ROLES, nav: { label: 'feedbackNav.inbox', order: 5 } },
    },
    {
      path: 'feedback/teams',
      name: 'feedback-teams',
      component: () => import('./ProductTeamsPage.vue'),
      meta: { roles: TEAMS_ROLES, nav: { label: 'feedbackNav.teams', order: 63 } },
    },
  ];
}
