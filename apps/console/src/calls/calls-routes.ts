import type { Pinia } from 'pinia';
import type { RouteRecordRaw } from 'vue-router';
import { CALL_ROLES, CTI_SETTINGS_ROLES } from './call-roles';
import { useLiveCallsStore } from './live-calls-store';

/**
 * The calls pages, each loaded on first visit with its texts: live now (in the navigation, with
 * the count of calls ringing for me), today, missed calls and the callback queue, one call's live
 * panel at /calls/<id>, the hand log form, follow-up lists and the admin's telephony settings.
 * `/calls?call=<id>` (a customer's timeline links so) opens that call.
 */
export function callsRoutes(pinia: Pinia): RouteRecordRaw[] {
  return [
    {
      path: 'calls',
      name: 'calls',
      component: () => import('./CallsLivePage.vue'),
      beforeEnter: (to) =>
        typeof to.query.call === 'string' && to.query.call ? { name: 'call', params: { id: to.query.call } } : true,
      meta: {
        roles: CALL_ROLES,
        nav: { label: 'callsNav.calls', order: 23, badge: () => useLiveCallsStore(pinia).ringing.length },
      },
    },
    {
      path: 'calls/today',
      name: 'calls-today',
      component: () => import('./CallsTodayPage.vue'),
      meta: { roles: CALL_ROLES },
    },
    {
      path: 'calls/callbacks',
      name: 'calls-callbacks',
      component: () => import('./CallbacksPage.vue'),
      meta: { roles: CALL_ROLES },
    },
    {
      path: 'calls/log',
      name: 'calls-log',
      component: () => import('./CallLogPage.vue'),
      meta: { roles: CALL_ROLES },
    },
    {
      path: 'calls/lists',
      name: 'calls-lists',
      component: () => import('./CallListsPage.vue'),
      meta: { roles: CALL_ROLES },
    },
    {
      path: 'calls/settings',
      name: 'calls-settings',
      component: () => import('./CtiSettingsPage.vue'),
      meta: { roles: CTI_SETTINGS_ROLES, nav: { label: 'callsNav.settings', order: 61 } },
    },
    {
      path: 'calls/:id',
      name: 'call',
      component: () => import('./CallPage.vue'),
      props: true,
      meta: { roles: CALL_ROLES },
    },
  ];
}
