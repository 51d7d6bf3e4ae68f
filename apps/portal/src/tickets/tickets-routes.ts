import type { RouteRecordRaw } from 'vue-router';

/**
 * The ticket pages: the contact form at `/tickets/new` (its receipt in place) and the requester's
 * own page of one ticket at `/tickets/t/<token>`. Both load on first visit, with their texts, so
 * the portal's first page carries neither.
 */
export function ticketRoutes(): RouteRecordRaw[] {
  return [
    { path: '/tickets', redirect: '/tickets/new' },
    {
      path: '/tickets/new',
      name: 'ticket-new',
      component: () => import('./TicketFormPage.vue'),
      meta: { titleKey: 'ticket.title' },
    },
    {
      path: '/tickets/t/:token',
      name: 'ticket-link',
      component: () => import('./TicketLinkPage.vue'),
      meta: { titleKey: 'ticket.linkTitle' },
    },
  ];
}
