import type { NavigationGuard, RouteRecordRaw } from 'vue-router';
import { useAccountSessionStore } from './account-session-store';

/** A page of one's own account: only once signed in; otherwise the sign-in page, which comes back here. */
const requireAccount: NavigationGuard = async (to) => {
  const session = useAccountSessionStore();
  await session.ready();
  if (session.isSignedIn) return true;
  return { name: 'account-sign-in', query: { redirect: to.fullPath } };
};

/** The sign-in page sends someone already signed in on to their account. */
const signedInGoesOn: NavigationGuard = async (to) => {
  const session = useAccountSessionStore();
  await session.ready();
  return session.isSignedIn ? safeRedirect(to.query['redirect']) : true;
};

/** Where to go after signing in: an account page of this portal only, never another site. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && /^\/account(\/[a-z-]*)?(\?[^#]*)?$/.test(value) ? value : '/account';
}

/**
 * A patron's or customer's own pages: sign-in, "my requests", loans and reservations, contact
 * method and pick-up place, and the forgotten-password pages. Each loads on first visit with the
 * account texts, so the portal's first page carries none of them.
 */
export function accountRoutes(): RouteRecordRaw[] {
  return [
    {
      path: '/account/sign-in',
      name: 'account-sign-in',
      component: () => import('./AccountSignInPage.vue'),
      beforeEnter: signedInGoesOn,
      meta: { titleKey: 'account.signInTitle' },
    },
    {
      path: '/account',
      name: 'account',
      component: () => import('./AccountRequestsPage.vue'),
      beforeEnter: requireAccount,
      meta: { titleKey: 'account.requestsTitle' },
    },
    {
      path: '/account/loans',
      name: 'account-loans',
      component: () => import('./AccountLoansPage.vue'),
      beforeEnter: requireAccount,
      meta: { titleKey: 'account.loansTitle' },
    },
    {
      path: '/account/settings',
      name: 'account-settings',
      component: () => import('./AccountSettingsPage.vue'),
      beforeEnter: requireAccount,
      meta: { titleKey: 'account.settingsTitle' },
    },
    {
      path: '/account/forgot',
      name: 'account-forgot',
      component: () => import('./AccountForgotPage.vue'),
      meta: { titleKey: 'account.forgotTitle' },
    },
    {
      path: '/account/reset',
      name: 'account-reset',
      component: () => import('./AccountResetPage.vue'),
      meta: { titleKey: 'account.resetTitle' },
    },
  ];
}
