import type { RouteRecordRaw } from 'vue-router';
import { PATRON_DESK_ROLES } from './patron-roles';

/**
 * The desk's patron and customer pages, under the signed-in layout: finding an account (`/patrons`,
 * the search in the address as `?q=`) and one account (`/patrons/<id>`). Both load on first visit
 * with their texts.
 */
export function patronsRoutes(): RouteRecordRaw[] {
  return [
    {
      path: 'patrons',
      name: 'patrons',
      component: () => import('./PatronsPage.vue'),
      meta: { roles: PATRON_DESK_ROLES, nav: { label: 'patronsNav.find', order: 26 } },
    },
    {
      path: 'patrons/:id',
      name: 'patron-account',
      component: () => import('./PatronAccountPage.vue'),
      meta: { roles: PATRON_DESK_ROLES },
    },
  ];
}
