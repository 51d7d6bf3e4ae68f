import type { RouteRecordRaw } from 'vue-router';
import { BOOKING_FIGURES_ROLES, BOOKING_SETUP_ROLES, BOOKING_STAFF_ROLES } from './booking-roles';

/**
 * Book a Librarian's pages in the console, under the signed-in layout: the sessions calendar and
 * the waiting requests for staff, the figures and the set-up for supervisors and admins. Each page
 * loads on first visit with its texts, and the calendar component with the calendar page, so the
 * console's first download carries none of them.
 */
export function bookingsRoutes(): RouteRecordRaw[] {
  return [
    {
      path: 'bookings',
      name: 'bookings-calendar',
      component: () => import('./BookingCalendarPage.vue'),
      meta: { roles: BOOKING_STAFF_ROLES, nav: { label: 'bookingsNav.calendar', order: 35 } },
    },
    {
      path: 'bookings/requests',
      name: 'bookings-requests',
      component: () => import('./BookingRequestsPage.vue'),
      meta: { roles: BOOKING_STAFF_ROLES, nav: { label: 'bookingsNav.requests', order: 36 } },
    },
    {
      path: 'bookings/figures',
      name: 'bookings-figures',
      component: () => import('./BookingFiguresPage.vue'),
      meta: { roles: BOOKING_FIGURES_ROLES },
    },
    {
      path: 'bookings/setup',
      name: 'bookings-setup',
      component: () => import('./BookingSetupPage.vue'),
      meta: { roles: BOOKING_SETUP_ROLES },
    },
  ];
}
