import type { Pinia } from 'pinia';
import type { Router } from 'vue-router';
import { useAccountSessionStore } from './account-session-store';

/** The pages only a signed-in person sees. */
const ACCOUNT_PAGES = new Set(['account', 'account-loans', 'account-settings']);

/**
 * The api answered UNAUTHENTICATED while a session token was sent (expired, signed out elsewhere,
 * the person erased): the session is forgotten here, and a reader on one of their account pages
 * goes to sign-in, which brings them back after. Public pages stay where they are.
 */
export function accountSessionEnded(pinia: Pinia, router: Router): void {
  const session = useAccountSessionStore(pinia);
  if (!session.token) return;
  session.sessionEnded();
  const here = router.currentRoute.value;
  if (ACCOUNT_PAGES.has(String(here.name))) {
    void router.push({ name: 'account-sign-in', query: { redirect: here.fullPath } });
  }
}
