import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltApps } from './built-apps';
import { launchBrowser } from './launch-browser';
import { watchPageProblems, type PageProblems } from './page-problems';
import { startStaticServer, type StaticServer } from './static-server';

// The built portal and console, served as the api will serve them (portal at /, console at
// /console/), in real headless Chromium. The api does not exist yet: /graphql answers 404.

const PERSIAN_SCRIPT = /[\u0600-\u06FF]/;
const JAPANESE_SCRIPT = /[\u3040-\u30FF\u4E00-\u9FFF]/;
const VIETNAMESE_LETTERS = /[ăâđêôơưạ-ỹ]/i;
const isGraphql = (url: string) => new URL(url).pathname === '/graphql';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  const apps = requireBuiltApps();
  server = await startStaticServer([
    { prefix: '/console/', root: apps.console },
    { prefix: '/', root: apps.portal },
  ]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  await context?.close();
});

async function openPage(browserLocale: string): Promise<{ page: Page; problems: PageProblems }> {
  context = await browser.newContext({ locale: browserLocale });
  const page = await context.newPage();
  return { page, problems: watchPageProblems(page, isGraphql) };
}

const htmlAttributes = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('portal', () => {
  it('renders, and switching to Persian turns the page right to left with Persian text and digits', async () => {
    const { page, problems } = await openPage('en-US');
    await page.goto(`${server.url}/`);

    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await heading.textContent()).toBe('How can we help?');
    // The knowledge base, asking a question, chat, Book a Librarian and the contact form.
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(5);

    await page.getByLabel('Language').selectOption('fa');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await htmlAttributes(page)).toEqual({ lang: 'fa', dir: 'rtl' });
    expect(await heading.textContent()).toMatch(PERSIAN_SCRIPT);
    // The year in the Persian (Jalali) calendar, in Persian digits (1400s, not 2000s).
    expect(await page.locator('footer').textContent()).toMatch(/۱۴[۰-۹]{2}/);
    expect(await page.locator('footer').textContent()).not.toMatch(/۲۰[۰-۹]{2}|[0-9]/);
    expect(await page.title()).toMatch(PERSIAN_SCRIPT);

    // The layout really mirrors: the language switcher moves to the left edge.
    const select = await page.getByLabel('زبان').boundingBox();
    const width = page.viewportSize()!.width;
    expect(select!.x + select!.width / 2).toBeLessThan(width / 2);

    // The choice is kept across a reload.
    await page.reload();
    await heading.waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'fa', dir: 'rtl' });
    expect(problems.messages).toEqual([]);
  });

  it('leads from home to what exists: the knowledge base search, the question form and the chat', async () => {
    const { page, problems } = await openPage('en-US');
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText(/coming soon|will work/i).count()).toBe(0);
    const search = page.getByRole('search');
    expect(await search.getAttribute('action')).toBe('/kb/en/search');
    await search.getByLabel('Search the knowledge base').fill('1603');
    expect(await page.getByRole('link', { name: 'Ask a question' }).getAttribute('href')).toBe('/kb/en/ask');
    expect(await page.getByRole('link', { name: 'Start a chat' }).getAttribute('href')).toBe('/chat');
    expect(problems.messages).toEqual([]);
  });

  it('says "page not found" at an unknown address, also reached inside the app, and leads home', async () => {
    const { page, problems } = await openPage('en-US');
    await page.goto(`${server.url}/no/such/page`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: 'Page not found' }).waitFor();
    expect(await page.title()).toBe('Page not found · Deskstream Help');
    await page.getByRole('link', { name: 'Home' }).last().click();
    await heading.filter({ hasText: 'How can we help?' }).waitFor();

    // A link inside the app to an address that does not exist: the router says so too.
    await page.evaluate(() => {
      history.pushState({}, '', '/chat/nowhere');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await heading.filter({ hasText: 'Page not found' }).waitFor();
    expect(problems.messages).toEqual([]);
  });
});

describe('console sign-in page', () => {
  const locales = [
    { browserLocale: 'en-US', lang: 'en', dir: 'ltr', script: /^[\x20-\x7E…]+$/ },
    { browserLocale: 'fa-IR', lang: 'fa', dir: 'rtl', script: PERSIAN_SCRIPT },
    { browserLocale: 'ja-JP', lang: 'ja', dir: 'ltr', script: JAPANESE_SCRIPT },
    { browserLocale: 'vi-VN', lang: 'vi', dir: 'ltr', script: VIETNAMESE_LETTERS },
  ] as const;
  const submitLabels = new Set<string>();

  it.each(locales)('renders in $lang for a $browserLocale browser', async ({ browserLocale, lang, dir, script }) => {
    const { page, problems } = await openPage(browserLocale);
    await page.goto(`${server.url}/console/`);

    await page.waitForURL(/\/console\/sign-in$/);
    const form = page.locator('form');
    await form.waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang, dir });

    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading).toMatch(script);
    const submit = page.getByRole('button', { name: heading! });
    expect(await submit.count()).toBe(1);
    submitLabels.add(heading!);
    expect(await form.locator('input[autocomplete="username"]').count()).toBe(1);
    expect(await form.locator('input[type="password"]').count()).toBe(1);
    expect(await page.locator('label').count()).toBeGreaterThanOrEqual(3);
    expect(problems.messages).toEqual([]);
  });

  it('has a different text in each of the four locales', () => {
    expect(submitLabels.size).toBe(4);
  });

  it('switches language from the page, and says in that language when the server cannot be reached', async () => {
    const { page, problems } = await openPage('en-US');
    await page.goto(`${server.url}/console/sign-in`);
    await page.getByLabel('Language').selectOption('ja');
    await page.waitForFunction(() => document.documentElement.lang === 'ja');

    await page.getByLabel('ユーザー名').fill('sara');
    await page.getByLabel('パスワード').fill('not-checked-yet');
    await page.getByLabel('パスワード').press('Enter');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(JAPANESE_SCRIPT);
    expect(page.url()).toMatch(/\/console\/sign-in$/);
    expect(problems.messages).toEqual([]);
  });
});
