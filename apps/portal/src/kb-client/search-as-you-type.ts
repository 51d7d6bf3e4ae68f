/**
 * Search as you type in the knowledge-base header: the box becomes a combobox whose list shows
 * articles as the GraphQL `searchArticles` query ranks them — the page's language first, then
 * other languages, exact error-code matches before everything — debounced, with only the newest
 * answer ever shown. Arrow keys move through the list, Enter opens the chosen article (or, with
 * none chosen, submits the form to the results page), Escape closes it. A search that still finds
 * nothing once the reader stops typing is reported, as the results page reports it.
 */
import { codeText, fillCount, type KbConfig } from './config';
import type { KbHitFragment } from './generated/graphql';
import { postGraphql } from './graphql';
import { ReportUnansweredMutation, SuggestQuery } from './operations';

export type SuggestionHit = KbHitFragment;
export type SuggestedArticle = SuggestionHit['article'];

export const SUGGESTIONS = 8;
const MAX_QUERY = 200;

export interface SearchTiming {
  debounceMs: number;
  /** How long a query that found nothing must stay in the box before it is reported. */
  reportAfterMs: number;
}

const DEFAULT_TIMING: SearchTiming = { debounceMs: 150, reportAfterMs: 2_000 };

/** The page's language first, then other languages; exact error-code matches ahead of the rest, each group in rank order. */
export function mergeHits(
  local: readonly SuggestionHit[],
  everywhere: readonly SuggestionHit[],
  locale: string,
  limit = SUGGESTIONS,
): SuggestionHit[] {
  const seen = new Set(local.map((hit) => hit.article.id));
  const merged = [...local, ...everywhere.filter((hit) => hit.article.locale !== locale && !seen.has(hit.article.id))];
  return [...merged.filter((hit) => hit.exactErrorCode), ...merged.filter((hit) => !hit.exactErrorCode)].slice(
    0,
    limit,
  );
}

export const articleHref = (article: Pick<SuggestedArticle, 'locale' | 'slug'>): string =>
  `/kb/${article.locale}/${encodeURIComponent(article.slug)}`;

export function enhanceSearch(form: HTMLFormElement, config: KbConfig, timing: SearchTiming = DEFAULT_TIMING): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const panel = form.querySelector<HTMLElement>('.kb-suggest');
  const list = form.querySelector<HTMLUListElement>('.kb-suggest__list');
  const status = form.querySelector<HTMLElement>('.kb-suggest__status');
  if (!input || !panel || !list || !status) return;
  const { texts, locale } = config;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  let options: HTMLLIElement[] = [];
  let active = -1;
  let latest = 0;
  let inFlight: AbortController | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const reported = new Set<string>();

  const open = (isOpen: boolean) => {
    panel.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen && options.length > 0));
  };
  const choose = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    options[active]?.classList.remove('is-active');
    active = index;
    const option = options[active];
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    option.classList.add('is-active');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView?.({ block: 'nearest' });
  };
  const clear = () => {
    list.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    inFlight?.abort();
    latest++;
    open(false);
  };

  const option = (index: number, href: string, build: (link: HTMLAnchorElement) => void): HTMLLIElement => {
    const item = document.createElement('li');
    item.id = `kb-suggest-${index}`;
    item.className = 'kb-suggest__option';
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    const link = document.createElement('a');
    link.href = href;
    link.tabIndex = -1;
    build(link);
    item.append(link);
    item.addEventListener('mousemove', () => choose(index));
    return item;
  };
  const badge = (text: string, className = 'kb-badge') => {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    return span;
  };

  const show = (query: string, hits: SuggestionHit[]) => {
    clear();
    options = hits.map((hit, index) =>
      option(index, articleHref(hit.article), (link) => {
        const title = document.createElement('span');
        title.className = 'kb-suggest__title';
        title.textContent = hit.article.title;
        if (hit.article.locale !== locale) {
          title.lang = hit.article.locale;
          title.dir = hit.article.locale === 'fa' ? 'rtl' : 'ltr';
        }
        link.append(title);
        for (const code of hit.article.errorCodes.slice(0, 3))
          link.append(' ', badge(codeText(code, locale), hit.exactErrorCode ? 'kb-badge kb-badge--exact' : 'kb-badge'));
        if (hit.article.locale !== locale) link.append(' ', badge(config.languageNames[hit.article.locale]));
      }),
    );
    options.push(
      option(
        hits.length,
        `${config.searchPath}?q=${encodeURIComponent(query)}`,
        (link) => (link.textContent = texts.allResults),
      ),
    );
    list.append(...options);
    status.textContent = hits.length ? fillCount(texts.results, hits.length, locale) : texts.noResults;
    open(true);
  };

  const reportLater = (query: string) => {
    clearTimeout(reportTimer);
    if (reported.has(query)) return;
    reportTimer = setTimeout(() => {
      if (input.value.trim() !== query || reported.has(query)) return;
      reported.add(query);
      void postGraphql(config.graphqlPath, ReportUnansweredMutation, { q: query, l: locale }).catch(() => undefined);
    }, timing.reportAfterMs);
  };

  const search = async (query: string) => {
    inFlight?.abort();
    const ticket = ++latest;
    const controller = new AbortController();
    inFlight = controller;
    status.textContent = texts.searching;
    let outcome;
    try {
      outcome = await postGraphql(
        config.graphqlPath,
        SuggestQuery,
        { q: query, l: locale, first: SUGGESTIONS },
        controller.signal,
      );
    } catch {
      return; // aborted: a newer query is on its way
    }
    if (ticket !== latest) return;
    if (!outcome.ok) {
      clear();
      status.textContent =
        outcome.reason === 'KB_QUERY_TOO_LONG'
          ? texts.tooLong
          : (texts.errors[outcome.reason] ?? texts.errors['unknown'] ?? '');
      open(true);
      return;
    }
    const hits = mergeHits(outcome.data.local.hits, outcome.data.everywhere.hits, locale);
    show(query, hits);
    if (hits.length === 0) reportLater(query);
  };

  input.addEventListener('input', () => {
    clearTimeout(debounce);
    clearTimeout(reportTimer);
    const query = input.value.trim();
    if (query === '') {
      close();
      clear();
      status.textContent = '';
      return;
    }
    if (query.length > MAX_QUERY) {
      clear();
      status.textContent = texts.tooLong;
      open(true);
      return;
    }
    debounce = setTimeout(() => void search(query), timing.debounceMs);
  });

  input.addEventListener('keydown', (event) => {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      if (panel.hidden) open(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      choose(active === -1 ? (step === 1 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === 'Enter') {
      const link = options[active]?.querySelector('a');
      if (!panel.hidden && link) {
        event.preventDefault();
        window.location.assign(link.href);
      }
    } else if (event.key === 'Escape') {
      if (!panel.hidden) {
        event.preventDefault();
        close();
        choose(-1);
      }
    } else if (event.key === 'Tab') {
      close();
    }
  });

  input.addEventListener('focus', () => {
    if (options.length) open(true);
  });
  // Clicking in the list must not take the focus away before the link is followed.
  panel.addEventListener('mousedown', (event) => event.preventDefault());
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
}
