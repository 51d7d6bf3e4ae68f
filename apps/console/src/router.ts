import type { Pinia } from 'pinia';
import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import PresencePage from './presence/PresencePage.vue';
import SignInPage from './session/SignInPage.vue';
import { useSessionStore } from './session/session-store';
import ConsoleLayout from './shell/ConsoleLayout.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
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
        children: [{ path: '', name: 'presence', component: PresencePage }],
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
    return true;
  });

  return router;
}
