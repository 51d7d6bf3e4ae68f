import type { Pinia } from 'pinia';
import type { Role } from './generated/graphql';
import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import PresencePage from './presence/PresencePage.vue';
import SignInPage from './session/SignInPage.vue';
import { useSessionStore } from './session/session-store';
import ConsoleLayout from './shell/ConsoleLayout.vue';
import { BOARD_ROLES, landingPageFor } from './shell/staff-pages';
import { referenceDeskRoutes } from './chat/reference-desk-routes';
import { knowledgeBaseRoutes } from './knowledge-base/knowledge-base-routes';
import { ticketRoutes } from './tickets/ticket-routes';
import { bookingsRoutes } from './bookings/bookings-routes';
import { securityRoutes } from './security/security-routes';
import { callsRoutes } from './calls/calls-routes';
import { customersRoutes } from './customers/customers-routes';
import { patronsRoutes } from './patrons/patrons-routes';
import { operationsRoutes } from './operations/operations-routes';
import { feedbackReportRoutes } from './feedback-report/feedback-report-routes';
import { feedbackRoutes } from './feedback/feedback-routes';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Only staff holding one of these roles may open the page (others land on the start page). */
    roles?: Role[];
    /** An entry in the console's main navigation: an i18n key, its place, and an optional count to show. */
    nav?: { label: string; order: number; badge?: () => number };
  }
}

/**
 * The console's pages under /console/; every page but sign-in needs a session. `/` is each
 * role's own start page (`landingPageFor`), and a page a role may not open sends it there too.
 */
export function createConsoleRouter(pinia: Pinia, history: RouterHistory = createWebHistory('/console/')) {
  const router = createRouter({
    history,
    routes: [
      { path: '/sign-in', name: 'sign-in', component: SignInPage, meta: { public: true } },
      {
        path: '/',
        component: ConsoleLayout,
        children: [
          { path: '', name: 'home', component: { render: () => null } },
          {
            path: 'online',
            name: 'presence',
            component: PresencePage,
            meta: { roles: BOARD_ROLES, nav: { label: 'presence.boardTitle', order: 20 } },
          },
          ...referenceDeskRoutes(pinia),
          ...knowledgeBaseRoutes(),
          ...ticketRoutes(pinia),
          ...bookingsRoutes(),
          ...securityRoutes(),
          ...callsRoutes(pinia),
          ...customersRoutes(),
          ...patronsRoutes(),
          ...operationsRoutes(),
          ...feedbackReportRoutes(),
          ...feedbackRoutes(),
        ],
      },
      { path: '/:unknown(.*)*', redirect: '/' },
    ],
  });

  // While a guard waits for the saved session, a newer navigation may start; the older one then
  // stops quietly instead of redirecting over it (the first navigation and a click, say).
  let latestNavigation = 0;
  router.beforeEach(async (to) => {
    const navigation = ++latestNavigation;
    const session = useSessionStore(pinia);
    await session.ready();
    if (navigation !== latestNavigation) return false;
    if (!to.meta.public && !session.isSignedIn) {
      return to.fullPath === '/' ? { name: 'sign-in' } : { name: 'sign-in', query: { redirect: to.fullPath } };
    }
    if (!session.isSignedIn) return true;
    const landing = { name: landingPageFor(session.staff?.roles), replace: true };
    if (to.name === 'sign-in' || to.name === 'home') return landing;
    const roles = to.meta.roles;
    if (roles && to.name !== landing.name && !session.staff?.roles.some((role) => roles.includes(role))) return landing;
    return true;
  });

  return router;
}
