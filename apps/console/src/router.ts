import type { Pinia } from 'pinia';
import type { Role } from './generated/graphql';
import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import PresencePage from './presence/PresencePage.vue';
import SignInPage from './session/SignInPage.vue';
import { useSessionStore } from './session/session-store';
import ConsoleLayout from './shell/ConsoleLayout.vue';
import { referenceDeskRoutes } from './chat/reference-desk-routes';
import { knowledgeBaseRoutes } from './knowledge-base/knowledge-base-routes';

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

/** The console's pages under /console/; every page but sign-in needs a session. */
export function createConsoleRouter(pinia: Pinia, history: RouterHistory = createWebHistory('/console/')) {
  const router = createRouter({
    history,
    routes: [
      { path: '/sign-in', name: 'sign-in', component: SignInPage, meta: { public: true } },
      {
        path: '/',
        component: ConsoleLayout,
        children: [
          { path: '', name: 'presence', component: PresencePage, meta: { nav: { label: 'presence.boardTitle', order: 20 } } },
          ...referenceDeskRoutes(pinia),
          ...knowledgeBaseRoutes(),
        ],
      },
      { path: '/:unknown(.*)*', redirect: '/' },
    ],
  });

  router.beforeEach(async (to) => {
    const session = useSessionStore(pinia);
    await session.ready();
    if (!to.meta.public && !session.isSignedIn) {
      return to.fullPath === '/' ? { name: 'sign-in' } : { name: 'sign-in', query: { redirect: to.fullPath } };
    }
    if (to.name === 'sign-in' && session.isSignedIn) return { name: 'presence' };
    const roles = to.meta.roles;
    if (roles && !session.staff?.roles.some((role) => roles.includes(role))) return { name: 'presence' };
    return true;
  });

  return router;
}
