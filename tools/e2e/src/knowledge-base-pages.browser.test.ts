import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserJourney, type JourneyPage } from './browser-journey';
import { testOutputPath } from './test-output';

// Issue 5's public pages against the real api (`main.ts`, embedded store, seeded articles): the
// error-code address, search as you type in Persian and Japanese, a Persian article right to left,
// the article page's initial JavaScript budget, and the pages without JavaScript.

const UI_TIMEOUT_MS = 20_000;
const FA_1603 = `/kb/fa/${encodeURIComponent('خطای-1603')}`;
const JA_1603 = '/kb/ja/error-1603';
/** The budget for an article page's initial JavaScript, gzipped. */
const INITIAL_JS_BUDGET = 60 * 1024;

const journey = useBrowserJourney({ dataDirPrefix: 'deskstream-e2e-kb-', uiTimeoutMs: UI_TIMEOUT_MS });
const openPage = (locale: string, options: { javaScriptEnabled?: boolean } = {}): Promise<JourneyPage> =>
  journey.openPage({ locale, ...options });

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'جست‌وجو در پایگاه دانش' });
const options = (page: Page) => page.locator('#kb-suggest-list [role="option"] a');

/** Types the query key by key, as a reader does, and returns the first suggestion's address once it answers for this query. */
async function searchAsYouType(page: Page, query: string): Promise<string> {
  const box = searchBox(page);
  await box.fill('');
  await box.pressSequentially(query, { delay: 40 });
  await page.waitForFunction((typed) => {
    const all = document.querySelectorAll('#kb-suggest-list [role="option"] a');
    const last = all[all.length - 1] as HTMLAnchorElement | undefined;
    return all.length > 1 && last !== undefined && new URL(last.href).searchParams.get('q') === typed;
  }, query);
  return new URL((await options(page).first().getAttribute('href'))!, journey.api.url).pathname;
}

describe('the public knowledge-base pages, in Chromium', () => {
  it('opens /kb/errors/1603 in Persian, right to left, and finds the right article as the reader types', async () => {
    const { page, problems } = await openPage('fa-IR');
    await page.goto(`${journey.api.url}/kb/errors/1603`);
    expect(new URL(page.url()).pathname).toBe(FA_1603);
    await page.getByRole('heading', { level: 1, name: 'بروز خطای ۱۶۰۳ هنگام نصب' }).waitFor();
    expect(
      await page.evaluate(() => [
        document.documentElement.lang,
        document.documentElement.dir,
        getComputedStyle(document.body).direction,
      ]),
    ).toEqual(['fa', 'rtl', 'rtl']);
    expect(await page.getByRole('heading', { level: 2, name: 'راه حل' }).count()).toBe(1);
    await page.waitForFunction(() => document.documentElement.classList.contains('kb-enhanced'));

    expect(await searchAsYouType(page, '۱۶۰۳')).toBe(FA_1603);
    expect(await searchAsYouType(page, '1603')).toBe(FA_1603);
    expect(await searchAsYouType(page, 'خطای 1603')).toBe(FA_1603);
    expect(await options(page).first().getAttribute('href')).toBe(FA_1603);
    // A Japanese phrase from the Japanese article finds it from the Persian page too.
    expect(await searchAsYouType(page, 'インストール中にエラー')).toBe(JA_1603);

    // Keyboard: down to the first suggestion, Enter opens it.
    await searchAsYouType(page, 'check sum fail');
    await searchBox(page).press('ArrowDown');
    expect(await searchBox(page).getAttribute('aria-activedescendant')).toBe('kb-suggest-0');
    await Promise.all([page.waitForURL(/\/kb\/fa\/.*check-sum-fail$/), searchBox(page).press('Enter')]);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Check Sum Fail' }).waitFor();
    expect(problems.messages).toEqual([]);
  });

  it('renders a Persian article right to left with its content in the HTML, and saves a screenshot', async () => {
    const html = await (await fetch(`${journey.api.url}${FA_1603}`)).text();
    expect(html).toContain('<h1 id="kb-article-title">بروز خطای ۱۶۰۳ هنگام نصب</h1>');
    expect(html).toContain('<html lang="fa" dir="rtl">');

    const { page, problems } = await openPage('fa-IR');
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`${journey.api.url}${FA_1603}`);
    const heading = page.getByRole('heading', { level: 1, name: 'بروز خطای ۱۶۰۳ هنگام نصب' });
    await heading.waitFor();
    expect(await heading.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    // Right to left for real: the heading starts at the right edge of the page's column.
    const box = (await heading.boundingBox())!;
    const main = (await page.locator('#kb-main').boundingBox())!;
    expect(main.x + main.width - (box.x + box.width)).toBeLessThan(40);
    await page.getByRole('button', { name: 'بله' }).click();
    await page.getByText('از نظرتان سپاسگزاریم.').waitFor();
    await page.screenshot({ path: await testOutputPath('kb-article-fa.png'), fullPage: true });
    expect(problems.messages).toEqual([]);
  });

  it(`keeps an article page's initial JavaScript under ${INITIAL_JS_BUDGET / 1024} KB gzipped`, async () => {
    const html = await (await fetch(`${journey.api.url}${FA_1603}`)).text();
    const addresses = [
      ...html.matchAll(/<script type="module" src="([^"]+)"|<link rel="modulepreload" href="([^"]+)"/g),
    ].map((match) => match[1] ?? match[2]!);
    expect(addresses.length).toBeGreaterThan(0);
    let gzipped = 0;
    for (const address of addresses) {
      const response = await fetch(`${journey.api.url}${address}`);
      expect(response.status).toBe(200);
      gzipped += gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
    }
    expect(gzipped).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });

  it('works without JavaScript: results, the not-found page, and the portal links to the knowledge base', async () => {
    const { page } = await openPage('ja-JP', { javaScriptEnabled: false });
    await page.goto(`${journey.api.url}/kb`);
    expect(new URL(page.url()).pathname).toBe('/kb/ja');
    await page.getByRole('searchbox', { name: 'ナレッジベースを検索' }).fill('1628');
    await page.getByRole('button', { name: '検索' }).click();
    await page.waitForURL(/\/kb\/ja\/search\?q=1628$/);
    expect(await page.locator('.kb-result h3 a').first().getAttribute('href')).toBe('/kb/ja/error-1628');

    const missing = await page.goto(`${journey.api.url}/kb/ja/no-such-article`);
    expect(missing!.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'ページが見つかりません' }).waitFor();

    const portal = await openPage('fa-IR');
    await portal.page.goto(`${journey.api.url}/`);
    await Promise.all([
      portal.page.waitForURL(/\/kb\/fa$/),
      portal.page.getByRole('link', { name: 'رفتن به پایگاه دانش' }).click(),
    ]);
    await portal.page.getByRole('heading', { level: 1, name: 'پایگاه دانش' }).waitFor();
  });
});
