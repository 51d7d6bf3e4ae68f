import type { Pinia } from 'pinia';
import type { RouteRecordRaw } from 'vue-router';
import { useTicketListStore } from './ticket-list-store';
import { TICKET_ROLES } from './ticket-roles';

/**
 * The tickets' pages: the list (in the navigation, with the count of my open tickets), each
 * ticket at /tickets/<number>, and the settings (admins change them, supervisors read them).
 */
export function ticketRoutes(pinia: Pinia): RouteRecordRaw[] {
  return [
    {
      path: 'tickets',
      name: 'tickets',
      component: () => import('./TicketListPage.vue'),
      meta: {
        roles: TICKET_ROLES,
        nav: { label: 'tickets.nav', order: 22, badge: () => useTicketListStore(pinia).countOf('MINE') ?? 0 },
      },
    },
    {
      path: 'tickets/settings',
      name: 'ticket-settings',
      component: () => import('./settings/TicketSettingsPage.vue'),
      meta: { roles: ['SUPERVISOR', 'ADMIN'], nav: { label: 'tickets.settings.nav', order: 60 } },
    },
    {
      path: 'tickets/:number(\\d+)',
      name: 'ticket',
      component: () => import('./TicketPage.vue'),
      props: true,
      meta: { roles: TICKET_ROLES },
    },
  ];
}
