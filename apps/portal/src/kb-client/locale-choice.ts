/**
 * A language picked in the switcher is remembered where the server and the portal look for it:
 * the `deskstream.locale` cookie (so `/kb` and `/kb/errors/<code>` open in it) and local storage.
 */
export const LOCALE_KEY = 'deskstream.locale';

export function rememberLocaleChoice(document: Document): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-kb-locale]');
    const locale = link?.dataset['kbLocale'];
    if (!locale) return;
    document.cookie = `${LOCALE_KEY}=${locale}; path=/; max-age=31536000; samesite=lax`;
    try {
      window.localStorage.setItem(LOCALE_KEY, locale);
    } catch {
      // Storage may be disabled; the cookie is enough.
    }
  });
}
