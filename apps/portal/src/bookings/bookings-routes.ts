import type { RouteRecordRaw } from 'vue-router';

/**
 * Book a Librarian's pages: the form at `/book` and the patron's own page for one booking at
 * `/book/manage#<token>`. Both load on first visit, with their texts, so the portal's first page
 * carries neither.
 */
export function bookingRoutes(): RouteRecordRaw[] {
  return [
    { path: '/book', name: 'book', component: () => import('./BookingPage.vue'), meta: { titleKey: 'booking.title' } },
    {
      path: '/book/manage',
      name: 'book-manage',
      component: () => import('./BookingManagePage.vue'),
      meta: { titleKey: 'booking.manageTitle' },
    },
  ];
}
