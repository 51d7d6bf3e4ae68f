/**
 * The knowledge-base pages' script against page markup like the server's, with the network
 * replaced by a scripted GraphQL server (the real one is exercised in the browser tests).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KbConfig } from './config';
import { enhanceAsk, enhanceVote } from './feedback-forms';
import { enhanceSearch, mergeHits, type SuggestionHit } from './search-as-you-type';

const config: KbConfig = {
  locale: 'fa',
  graphqlPath: '/graphql',
  searchPath: '/kb/fa/search',
  languageNames: { fa: 'فارسی', en: 'English', ja: '日本語', vi: 'Tiếng Việt' },
  texts: {
    searching: 'searching',
    noResults: 'no results',
    results: '{count} articles',
    allResults: 'all results',
    sending: 'sending',
    voteThanks: 'thanks for the vote',
    voteFailed: 'vote failed',
    askThanks: 'question recorded',
    exactCode: 'code',
    tooLong: 'too long',
    errors: { KB_QUESTION_INVALID: 'question invalid', unknown: 'unknown problem', network: 'no network' },
  },
};

const hit = (
  id: string,
  locale: KbConfig['locale'],
  exactErrorCode = false,
  errorCodes: string[] = [],
): SuggestionHit => ({
  exactErrorCode,
  article: { id, locale, slug: id, title: `title ${id}`, errorCodes },
});

type Reply = { data?: unknown; errors?: unknown[] };
let requests: { query: string; variables: Record<string, unknown> }[];
let answer: (body: { query: string; variables: Record<string, unknown> }) => Reply | Promise<Reply>;

beforeEach(() => {
  requests = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    requests.push(body);
    const reply = await answer(body);
    return new Response(JSON.stringify(reply), { headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('merging the suggestions', () => {
  it('puts exact error-code matches first, then the page’s language, then other languages, without duplicates', () => {
    const local = [hit('fa-1', 'fa'), hit('fa-2', 'fa', true)];
    const everywhere = [hit('ja-1', 'ja', true), hit('fa-1', 'fa'), hit('en-1', 'en')];
    expect(mergeHits(local, everywhere, 'fa').map((each) => each.article.id)).toEqual(['fa-2', 'ja-1', 'fa-1', 'en-1']);
    expect(mergeHits(local, everywhere, 'fa', 2)).toHaveLength(2);
  });
});

function searchForm(): { form: HTMLFormElement; input: HTMLInputElement; list: HTMLElement; panel: HTMLElement } {
  document.body.innerHTML = `<form class="kb-search" action="/kb/fa/search" data-kb-search>
    <input id="kb-search-input" name="q" type="search">
    <div class="kb-suggest" hidden><p class="kb-suggest__status"></p><ul class="kb-suggest__list" id="kb-suggest-list" role="listbox"></ul></div>
  </form>`;
  const form = document.querySelector('form')!;
  return {
    form,
    input: form.querySelector('input')!,
    list: form.querySelector('ul')!,
    panel: form.querySelector('.kb-suggest')!,
  };
}

const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input'));
};
const key = (input: HTMLInputElement, name: string) =>
  input.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

describe('search as you type', () => {
  it('asks once the reader pauses, lists articles as a combobox and moves through them with the keyboard', async () => {
    vi.useFakeTimers();
    answer = () => ({
      data: {
        local: { hits: [hit('خطای-1603', 'fa', true, ['1603'])] },
        everywhere: { hits: [hit('error-1603', 'ja', true, ['1603'])] },
      },
    });
    const { form, input, list, panel } = searchForm();
    enhanceSearch(form, config, { debounceMs: 100, reportAfterMs: 1_000 });
    expect(input.getAttribute('role')).toBe('combobox');

    type(input, '۱');
    type(input, '۱۶۰');
    type(input, '۱۶۰۳');
    await vi.advanceTimersByTimeAsync(150);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.variables).toEqual({ q: '۱۶۰۳', l: 'fa', first: 8 });
    expect(panel.hidden).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = [...list.querySelectorAll('[role="option"]')];
    expect(options.map((option) => option.querySelector('a')!.getAttribute('href'))).toEqual([
      `/kb/fa/${encodeURIComponent('خطای-1603')}`,
      '/kb/ja/error-1603',
      `/kb/fa/search?q=${encodeURIComponent('۱۶۰۳')}`,
    ]);
    expect(options[0]!.textContent).toContain('۱۶۰۳');
    expect(options[1]!.textContent).toContain('日本語');
    expect(form.querySelector('.kb-suggest__status')!.textContent).toBe('۲ articles');

    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('kb-suggest-0');
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('kb-suggest-0');
    key(input, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe('kb-suggest-2');
    expect(options[2]!.getAttribute('aria-selected')).toBe('true');
    key(input, 'Escape');
    expect(panel.hidden).toBe(true);
  });

  it('never shows an older answer over a newer one', async () => {
    vi.useFakeTimers();
    let releaseSlow!: () => void;
    answer = ({ variables }) =>
      variables['q'] === 'slow'
        ? new Promise(
            (resolve) =>
              (releaseSlow = () =>
                resolve({ data: { local: { hits: [hit('old', 'fa')] }, everywhere: { hits: [] } } })),
          )
        : { data: { local: { hits: [hit('new', 'fa')] }, everywhere: { hits: [] } } };
    const { form, input, list } = searchForm();
    enhanceSearch(form, config, { debounceMs: 10, reportAfterMs: 1_000 });
    type(input, 'slow');
    await vi.advanceTimersByTimeAsync(20);
    type(input, 'fast');
    await vi.advanceTimersByTimeAsync(20);
    releaseSlow();
    await vi.advanceTimersByTimeAsync(20);
    expect(list.querySelector('a')!.getAttribute('href')).toBe('/kb/fa/new');
  });

  it('reports a search that still finds nothing once the reader stops typing, once', async () => {
    vi.useFakeTimers();
    answer = ({ query }) =>
      query.includes('reportUnansweredSearch')
        ? { data: { reportUnansweredSearch: true } }
        : { data: { local: { hits: [] }, everywhere: { hits: [] } } };
    const { form, input } = searchForm();
    enhanceSearch(form, config, { debounceMs: 10, reportAfterMs: 500 });
    type(input, 'zzqx');
    await vi.advanceTimersByTimeAsync(100);
    expect(form.querySelector('.kb-suggest__status')!.textContent).toBe('no results');
    type(input, 'zzqxw');
    await vi.advanceTimersByTimeAsync(1_000);
    type(input, 'zzqx');
    await vi.advanceTimersByTimeAsync(100);
    type(input, 'zzqxw');
    await vi.advanceTimersByTimeAsync(1_000);
    const reports = requests.filter((request) => request.query.includes('reportUnansweredSearch'));
    expect(reports.map((report) => report.variables)).toEqual([{ q: 'zzqxw', l: 'fa' }]);
  });
});

describe('feedback forms', () => {
  it('records a vote in place', async () => {
    answer = () => ({ data: { voteOnArticle: { helpful: 1, notHelpful: 0 } } });
    document.body.innerHTML = `<form data-kb-vote data-article-id="error-1603.fa"><button name="helpful" value="yes">yes</button><button name="helpful" value="no">no</button><label class="kb-helpful__comment">missing?<textarea name="comment"></textarea></label><p class="kb-form-status"></p></form>`;
    const form = document.querySelector('form')!;
    enhanceVote(form, config);
    form.querySelector('textarea')!.value = '  The steps for Windows 11 are missing. ';
    form.querySelectorAll('button')[1]!.click();
    await vi.waitFor(() => expect(form.querySelector('.kb-form-status')!.textContent).toBe('thanks for the vote'));
    expect(requests[0]!.variables).toEqual({
      id: 'error-1603.fa',
      helpful: false,
      comment: 'The steps for Windows 11 are missing.',
    });
    expect(form.querySelector<HTMLElement>('.kb-helpful__comment')!.hidden).toBe(true);
  });

  it('sends a question once however often it is submitted, and shows a refusal in the reader’s language', async () => {
    let refuse = true;
    answer = () =>
      refuse
        ? { errors: [{ extensions: { code: 'VALIDATION_ERROR', reason: 'KB_QUESTION_INVALID' } }] }
        : { data: { askKnowledgeBase: { id: 'q', at: 'now' } } };
    document.body.innerHTML = `<form data-kb-ask><input type="hidden" name="articleId" value="a1"><textarea name="question"></textarea><input name="name" value=""><input name="email" value=""><button>send</button><p class="kb-form-status"></p></form>`;
    const form = document.querySelector('form')!;
    enhanceAsk(form, config);
    form.querySelector('textarea')!.value = 'x';
    form.requestSubmit();
    await vi.waitFor(() => expect(form.querySelector('.kb-form-status')!.textContent).toBe('question invalid'));
    refuse = false;
    form.querySelector('textarea')!.value = 'Where is the serial number?';
    form.dispatchEvent(new Event('input'));
    form.requestSubmit();
    form.requestSubmit();
    await vi.waitFor(() => expect(form.querySelector('.kb-form-status')!.textContent).toBe('question recorded'));
    expect(requests).toHaveLength(2);
    expect(requests[1]!.variables['input']).toMatchObject({
      question: 'Where is the serial number?',
      articleId: 'a1',
      locale: 'fa',
      name: null,
      email: null,
    });
    expect(requests[1]!.variables['input']).not.toMatchObject({
      commandId: (requests[0]!.variables['input'] as { commandId: string }).commandId,
    });
    expect(form.querySelector('textarea')!.value).toBe('');
  });
});
