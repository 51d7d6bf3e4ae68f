import type { RouteRecordRaw } from 'vue-router';

/** The survey page at `/survey/<token>`, the link a survey mail carries; it loads on first visit, with its texts. */
export function surveyRoutes(): RouteRecordRaw[] {
  return [
    {
      path: '/survey/:token',
      name: 'survey',
      component: () => import('./SurveyPage.vue'),
      meta: { titleKey: 'survey.title' },
    },
  ];
}
