import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from './api-process';
import { builtApps } from './built-apps';
import { launchBrowser } from './launch-browser';
import { watchPageProblems, type PageProblems } from './page-problems';
import { testOutputPath } from './test-output';

// The visitor's side of the reference desk against the real api (`main.ts` with the embedded
// store on a fresh data folder), in real Chromium: a chat started, waiting, resumed after a
// reload, answered live by an agent driven over GraphQL, closed explicitly; the widget script on
// a library's own site; the offline question form when nobody is online; Persian right to left.

const AGENT = { username: 'sara', password: 'deskstream-agent', name: 'Sara Ahmadi' };
const VISITOR = 'Reza Karimi';
const UI_TIMEOUT_MS = 10_000;
const PERSIAN_DIGITS = /[۰-۹]/;

let dataDir: string;
let api: ApiProcess;
let browser: Browser;
let agentToken: string;
let librarySite: { url: string; close(): Promise<void> } | undefined;
const otherSites: { close(): Promise<void> }[] = [];
const contexts: BrowserContext[] = [];

interface GraphqlAnswer<Data> {
  data?: Data;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

/** The agent's side, over GraphQL on HTTP as the console speaks it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function gql<Data = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphqlAnswer<Data>> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer<Data>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function agentDoes<Data = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const answer = await gql<Data>(query, variables, agentToken);
  if (answer.errors || !answer.data) throw new Error(`the agent's request failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

const setPresence = (status: 'ONLINE' | 'OFFLINE') =>
  agentDoes('mutation ($s: PresenceStatus!, $c: ID!) { setPresence(status: $s, commandId: $c) { presence } }', {
    s: status,
    c: randomUUID(),
  });

beforeAll(async () => {
  if (!existsSync(join(builtApps.portal, 'index.html')) || !existsSync(join(builtApps.portal, 'widget.js'))) {
    throw new Error('the portal is not built yet: run npm run build -w @deskstream/portal');
  }
  dataDir = await mkdtemp(join(tmpdir(), 'deskstream-chat-e2e-'));
  [api, browser] = await Promise.all([startApiProcess({ dataDir }), launchBrowser()]);
  const signedIn = await gql<{ signIn: { token: string } }>(
    'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
    {
      u: AGENT.username,
      p: AGENT.password,
    },
  );
  agentToken = signedIn.data!.signIn.token;
});

/**
 * A library's own web site with one page: another site than the desk (`localhost` rather than
 * `127.0.0.1`), on loopback like the api, as Chromium lets a loopback page embed a loopback desk.
 */
async function startLibrarySite(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

afterAll(async () => {
  await librarySite?.close();
  for (const site of otherSites) await site.close();
  for (const context of contexts) await context.close();
  await browser?.close();
  await api?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Visitor {
  page: Page;
  problems: PageProblems;
}

async function openVisitor(
  locale = 'en-US',
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
): Promise<Visitor> {
  const context = await browser.newContext({ locale, reducedMotion });
  contexts.push(context);
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  const page = await context.newPage();
  return { page, problems: watchPageProblems(page) };
}

const byTest = (scope: Page | Frame | Locator, name: string) => scope.locator(`[data-test="${name}"]`);
const htmlAttributes = (scope: Page | Frame) =>
  scope.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
const savedChat = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('deskstream.visitorChat') ?? 'null') as {
        chatId: string;
        visitorToken: string;
      } | null,
  );
/** Marks the document, so a later check can tell that the page was never reloaded. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { deskstreamJourney: 'same document' }));
const documentMark = (page: Page) => page.evaluate(() => (window as { deskstreamJourney?: string }).deskstreamJourney);
/** A library's page with the widget's script tag carrying these attributes, and a field of its own. */
async function libraryPage(attributes: string): Promise<string> {
  const site = await startLibrarySite(
    `<!doctype html><html lang="en"><head><title>Opening hours</title><link rel="icon" href="data:,"></head><body>
      <a href="#top" id="before">Central Library</a><h1>Opening hours</h1><label>Search the catalogue <input id="catalogue"></label>
      <script src="${api.url}/widget.js" ${attributes} async></script></body></html>`,
  );
  otherSites.push(site);
  return site.url;
}

const isChatFrameOf = (each: Frame) => each.url().startsWith(`${api.url}/chat?embed=1`);

/** The chat page in the widget's frame, once it is loaded (shown or not). */
async function chatFrameOf(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some(isChatFrameOf), { timeout: UI_TIMEOUT_MS }).toBe(true);
  return page.frames().find(isChatFrameOf)!;
}

/** Where the keyboard focus is: on the host page, in the widget's panel, or elsewhere in the widget. */
const focusIn = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-deskstream-chat]');
    if (!host || document.activeElement !== host)
      return `page:${document.activeElement?.id || document.activeElement?.tagName}`;
    const inner = host.shadowRoot!.activeElement;
    const name = inner?.getAttribute('data-test') ?? inner?.tagName;
    return inner?.closest('[data-test="deskstream-chat-panel"]') ? `panel:${name}` : `widget:${name}`;
  });

const apiErrors = () =>
  api
    .output()
    .split('\n')
    .filter((line) => /"level":(50|60)\b/.test(line));

describe('the chat for visitors, end to end', () => {
  let visitor: Visitor;
  let chatId: string;

  it('starts a chat for a department, waits in the queue, and resumes the same chat after a reload', async () => {
    await setPresence('ONLINE');
    visitor = await openVisitor();
    const { page } = visitor;
    await page.goto(`${api.url}/`);
    await byTest(page, 'home-chat-link').click();
    await page.waitForURL(/\/chat$/);

    // Without a department, "Start chat" can be pressed and says why it cannot start.
    const unchosen = byTest(page, 'chat-start-form');
    await byTest(unchosen, 'chat-start-name').fill(VISITOR);
    await byTest(unchosen, 'chat-start-question').fill('Which department?');
    expect(await byTest(unchosen, 'chat-start-submit').isEnabled()).toBe(true);
    await byTest(unchosen, 'chat-start-submit').click();
    const why = byTest(page, 'chat-start-department-error');
    await why.waitFor();
    const department = byTest(unchosen, 'chat-start-department');
    expect(await department.getAttribute('aria-invalid')).toBe('true');
    expect(await department.getAttribute('aria-describedby')).toBe(await why.getAttribute('id'));
    expect(await department.evaluate((select) => select === document.activeElement)).toBe(true);

    await page.goto(`${api.url}/chat?department=law`);

    const form = byTest(page, 'chat-start-form');
    await form.waitFor();
    expect(await byTest(form, 'chat-start-department').inputValue()).toBe('law');
    await byTest(form, 'chat-availability').and(page.locator('[data-state="online"]')).waitFor();
    await byTest(form, 'chat-start-name').fill(VISITOR);
    await byTest(form, 'chat-start-question').fill('Can a guest borrow books from the law library?');
    await byTest(form, 'chat-start-submit').click();

    await byTest(page, 'chat-waiting').waitFor();
    expect(await byTest(page, 'chat-queue-position').getAttribute('data-position')).toBe('1');
    const first = byTest(page, 'chat-entry').first();
    expect(await first.getAttribute('data-author')).toBe('VISITOR');
    expect(await first.getAttribute('data-status')).toBe('sent');
    expect(await byTest(first, 'chat-entry-text').textContent()).toBe('Can a guest borrow books from the law library?');
    // A list of entries inside the live log, so it is announced as a list.
    expect(await page.getByRole('log').getByRole('list').getByRole('listitem').count()).toBe(1);
    const saved = await savedChat(page);
    expect(saved?.visitorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    chatId = saved!.chatId;

    // The agent's queue has it, with the visitor's name and department.
    const pending = await agentDoes<{
      pendingChats: { id: string; departmentId: string; visitor: { name: string } }[];
    }>('{ pendingChats(departmentId: "law") { id departmentId visitor { name } } }');
    expect(pending.pendingChats).toContainEqual({ id: chatId, departmentId: 'law', visitor: { name: VISITOR } });

    await page.reload();
    await byTest(page, 'chat-waiting').waitFor();
    expect((await savedChat(page))?.chatId).toBe(chatId);
    expect(await byTest(page, 'chat-entry').count()).toBe(1);
    await byTest(page, 'chat-send-input').waitFor();
  });

  it('follows the agent live: joined, typing, replies; the visitor writes back with Enter; then closes explicitly', async () => {
    const { page } = visitor;
    await markDocument(page);
    await agentDoes('mutation ($c: ID!) { acceptChat(chatId: $c) { id } }', { c: chatId });
    await expect
      .poll(() => byTest(page, 'chat-agent-name').textContent(), { timeout: UI_TIMEOUT_MS })
      .toBe(`You are chatting with ${AGENT.name}`);
    await byTest(page, 'chat-entry')
      .and(page.locator('[data-notice="ACCEPTED"]'))
      .filter({ hasText: `${AGENT.name} has joined the chat` })
      .waitFor();
    expect(await byTest(page, 'chat-entry').first().getAttribute('data-status')).toBe('delivered');

    await agentDoes('mutation ($c: ID!) { setTyping(chatId: $c, typing: true) }', { c: chatId });
    await byTest(page, 'chat-agent-typing')
      .filter({ hasText: `${AGENT.name} is typing…` })
      .waitFor();
    const reply = 'Yes: bring an ID card. <b>Not bold</b>';
    await agentDoes(
      'mutation ($c: ID!, $m: ID!, $t: String!) { sendMessage(chatId: $c, clientMessageId: $m, text: $t) { id } }',
      { c: chatId, m: randomUUID(), t: reply },
    );
    const agentEntry = byTest(page, 'chat-entry').and(page.locator('[data-author="AGENT"]'));
    await agentEntry.waitFor();
    expect(await byTest(agentEntry, 'chat-entry-text').textContent()).toBe(reply);
    expect(await agentEntry.locator('b').count()).toBe(0);

    const box = byTest(page, 'chat-send-input');
    await box.fill('Thank you! Which floor?');
    await box.press('Enter');
    const mine = byTest(page, 'chat-entry')
      .and(page.locator('[data-author="VISITOR"]'))
      .filter({ hasText: 'Which floor?' });
    await mine.and(page.locator('[data-status="delivered"]')).waitFor();
    expect(await box.inputValue()).toBe('');
    expect(await documentMark(page)).toBe('same document');
    await page.screenshot({ path: await testOutputPath('chat-conversation-en.png'), fullPage: true });

    await byTest(page, 'chat-close').click();
    await byTest(page, 'chat-close-confirm').click();
    await byTest(page, 'chat-closed').waitFor();
    await byTest(page, 'chat-new-chat').waitFor();
    const seen = await agentDoes<{ chat: { status: string; transcript: { text: string; notice: string | null }[] } }>(
      'query ($c: ID!) { chat(id: $c) { status transcript { text notice } } }',
      { c: chatId },
    );
    expect(seen.chat.status).toBe('CLOSED');
    expect(seen.chat.transcript.map((entry) => entry.text)).toContain('Thank you! Which floor?');
    expect(seen.chat.transcript.at(-1)).toEqual({
      text: `${VISITOR} has closed the chat explicitly`,
      notice: 'CLOSED_BY_VISITOR',
    });

    // The rating, from the keyboard: the focus is on the first score; arrows choose, Tab goes on.
    const rating = byTest(page, 'chat-rating-form');
    await rating.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-test')))
      .toBe('chat-rating-score-1');
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
    expect(await byTest(rating, 'chat-rating-score-5').isChecked()).toBe(true);
    await byTest(rating, 'chat-rating-comment').fill('Quick and clear, thank you.');
    await byTest(rating, 'chat-rating-submit').click();
    await byTest(page, 'chat-rating-thanks').filter({ hasText: 'You rated this chat 5 out of 5.' }).waitFor();
    const rated = await agentDoes<{ chat: { rating: { score: number; good: boolean; comment: string } } }>(
      'query ($c: ID!) { chat(id: $c) { rating { score good comment } } }',
      { c: chatId },
    );
    expect(rated.chat.rating).toEqual({ score: 5, good: true, comment: 'Quick and clear, thank you.' });
    await page.reload();
    await byTest(page, 'chat-rating-thanks').waitFor();
    expect(await byTest(page, 'chat-rating-form').count()).toBe(0);

    await byTest(page, 'chat-new-chat').click();
    await byTest(page, 'chat-start-form').waitFor();
    expect(await savedChat(page)).toBeNull();
    expect(visitor.problems.messages).toEqual([]);
  });

  it('the widget script on a library site opens the chat in a frame, in Persian, right to left', async () => {
    // The demo page the portal ships, served by the api.
    const demo = await openVisitor();
    await demo.page.goto(`${api.url}/widget-demo.html`);
    const demoLauncher = byTest(demo.page, 'deskstream-chat-launcher');
    await demoLauncher.waitFor();
    expect(await demoLauncher.getAttribute('aria-expanded')).toBe('false');
    await demoLauncher.click();
    expect(await demoLauncher.getAttribute('aria-expanded')).toBe('true');
    const demoFrame = demo.page.frameLocator('[data-test="deskstream-chat-frame"]');
    await byTest(demoFrame.locator('body'), 'chat-start-form').waitFor();
    // Another department and language: the page reloads the widget with them and shows the snippet.
    await byTest(demo.page, 'widget-demo-department').selectOption('law');
    await byTest(demo.page, 'widget-demo-locale').selectOption('en');
    await byTest(demo.page, 'widget-demo-apply').click();
    await demo.page.waitForURL(/department=law&locale=en/);
    expect(await byTest(demo.page, 'widget-demo-snippet').textContent()).toBe(
      `<script src="${api.url}/widget.js" data-department="law" data-locale="en" async></script>`,
    );
    const reloaded = byTest(demo.page, 'deskstream-chat-launcher');
    await reloaded.filter({ hasText: 'Close the chat' }).waitFor();
    const demoChat = new URL((await byTest(demo.page, 'deskstream-chat-frame').getAttribute('src'))!);
    expect(Object.fromEntries(demoChat.searchParams)).toEqual({ embed: '1', locale: 'en', department: 'law' });
    expect(await byTest(demoFrame.locator('body'), 'chat-start-department').inputValue()).toBe('law');
    expect(demo.problems.messages).toEqual([]);

    // The same script pasted into another site: the frame comes from the desk, across origins.
    const host = await openVisitor();
    const chatResponse = await host.page.request.get(`${api.url}/chat?embed=1`);
    expect(chatResponse.headers()['x-frame-options']).toBeUndefined();
    expect(chatResponse.headers()['content-security-policy'] ?? '').not.toMatch(/frame-ancestors/);
    librarySite = await startLibrarySite(
      `<!doctype html><html lang="en"><head><title>Central Library</title><link rel="icon" href="data:,"></head><body><h1>Central Library</h1>
        <script src="${api.url}/widget.js" data-department="humanities" data-locale="fa" async></script></body></html>`,
    );
    await host.page.goto(librarySite.url);
    const launcher = byTest(host.page, 'deskstream-chat-launcher');
    await launcher.waitFor();
    expect(await launcher.textContent()).toBe('گفت‌وگو با کتابدار');
    await launcher.click();
    await byTest(host.page, 'deskstream-chat-frame').waitFor();
    const isChatFrame = (each: Frame) => each.url().startsWith(`${api.url}/chat?embed=1`);
    await expect.poll(() => host.page.frames().some(isChatFrame), { timeout: UI_TIMEOUT_MS }).toBe(true);
    const chatFrame = host.page.frames().find(isChatFrame)!;
    await byTest(chatFrame, 'chat-start-form').waitFor();
    expect(await htmlAttributes(chatFrame)).toEqual({ lang: 'fa', dir: 'rtl' });
    expect(await chatFrame.locator('h1').textContent()).toBe('گفت‌وگو با کتابدار');
    expect(await byTest(chatFrame, 'chat-start-department').inputValue()).toBe('humanities');
    expect(await chatFrame.locator('header.portal-header').count()).toBe(0);

    // A Persian chat in the frame: first in the queue, times in Persian digits.
    await byTest(chatFrame, 'chat-start-name').fill('رضا کریمی');
    await byTest(chatFrame, 'chat-start-question').fill('آیا کتابخانه روز جمعه باز است؟');
    await byTest(chatFrame, 'chat-start-submit').click();
    const position = byTest(chatFrame, 'chat-queue-position');
    await position.waitFor();
    expect(await position.getAttribute('data-position')).toBe('1');
    expect(await position.textContent()).toBe('نفر بعدی در صف شما هستید.');
    const transcript = await byTest(chatFrame, 'chat-transcript').textContent();
    expect(transcript).toMatch(PERSIAN_DIGITS);
    expect(transcript).not.toMatch(/[0-9]/);
    await host.page.screenshot({ path: await testOutputPath('chat-widget-fa.png') });
    expect(host.problems.messages).toEqual([]);
  });

  it('keeps the keyboard inside the open widget panel, and Escape in the chat closes it back to the launcher', async () => {
    const { page, problems } = await openVisitor();
    await page.goto(await libraryPage('data-department="law" data-locale="en"'));
    const launcher = byTest(page, 'deskstream-chat-launcher');
    await launcher.waitFor();
    const panelFollowsLauncher = await page.evaluate(() => {
      const root = document.querySelector('[data-deskstream-chat]')!.shadowRoot!;
      const [launcherAt, panelAt] = ['deskstream-chat-launcher', 'deskstream-chat-panel'].map((name) =>
        root.querySelector(`[data-test="${name}"]`)!,
      );
      return Boolean(launcherAt!.compareDocumentPosition(panelAt!) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(panelFollowsLauncher).toBe(true);

    await launcher.focus();
    await page.keyboard.press('Enter');
    const chatFrame = await chatFrameOf(page);
    await byTest(chatFrame, 'chat-start-form').waitFor();
    expect(await focusIn(page)).toBe('panel:deskstream-chat-frame');
    expect(await byTest(page, 'deskstream-chat-panel').getAttribute('role')).toBe('dialog');

    const visited = new Set<string>();
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let step = 0; step < 24; step += 1) {
        await page.keyboard.press(key);
        // Focus that wraps round into the chat's frame gets there by a message to the frame, a
        // moment later on a busy machine: wait until it has settled inside the panel.
        await expect
          .poll(() => focusIn(page), { message: `${key} ×${step + 1}`, timeout: UI_TIMEOUT_MS })
          .toMatch(/^panel:/);
        const at = await focusIn(page);
        visited.add(
          at === 'panel:deskstream-chat-frame'
            ? `frame:${await chatFrame.evaluate(() => document.activeElement?.getAttribute('data-test') ?? document.activeElement?.tagName)}`
            : at,
        );
      }
    }
    expect([...visited]).toEqual(
      expect.arrayContaining(['panel:deskstream-chat-close', 'frame:chat-start-name', 'frame:chat-start-submit']),
    );

    await byTest(chatFrame, 'chat-start-name').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => focusIn(page), { timeout: UI_TIMEOUT_MS }).toBe('widget:deskstream-chat-launcher');
    expect(await byTest(page, 'deskstream-chat-panel').isHidden()).toBe(true);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.press('Enter');
    await byTest(page, 'deskstream-chat-close').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => focusIn(page), { timeout: UI_TIMEOUT_MS }).toBe('widget:deskstream-chat-launcher');
    expect(problems.messages).toEqual([]);
  });

  it('invites to chat once someone of the department is online, never taking the focus, and opens the chat when accepted', async () => {
    await setPresence('OFFLINE');
    const { page, problems } = await openVisitor();
    await page.goto(
      await libraryPage(
        'data-department="law" data-locale="en" data-invite-after="1" data-invite-when-online data-invite-paths="/, /hours*"',
      ),
    );
    await page.locator('#catalogue').focus();
    await page.keyboard.type('Rumi');

    // The chat page loads unseen to learn who is online: nobody, so no invitation.
    const chatFrame = await chatFrameOf(page);
    await byTest(chatFrame, 'chat-offline-form').waitFor({ state: 'attached' });
    expect(await byTest(page, 'deskstream-chat-invite-accept').count()).toBe(0);
    expect(await byTest(page, 'deskstream-chat-panel').isHidden()).toBe(true);

    await setPresence('ONLINE');
    await chatFrame.evaluate(() => window.dispatchEvent(new Event('focus')));
    const accept = byTest(page, 'deskstream-chat-invite-accept');
    await accept.waitFor();
    const invite = byTest(page, 'deskstream-chat-invite');
    expect(await invite.getAttribute('role')).toBe('status');
    expect(await invite.textContent()).toContain('A librarian is here to help');
    expect(await focusIn(page)).toBe('page:catalogue');
    expect(await invite.evaluate((element) => getComputedStyle(element).animationName)).toBe('deskstream-rise');
    const today = await page.evaluate(() => localStorage.getItem('deskstream.chatWidget.invitedOn'));
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await accept.click();
    await byTest(chatFrame, 'chat-start-form').waitFor();
    expect(await byTest(page, 'deskstream-chat-panel').isVisible()).toBe(true);
    expect(await invite.evaluate((element) => element.childElementCount)).toBe(0);
    expect(problems.messages).toEqual([]);
  });

  it('keeps the invitation still for visitors who asked for reduced motion, and lets them dismiss it', async () => {
    const { page, problems } = await openVisitor('en-US', 'reduce');
    await page.goto(
      await libraryPage('data-department="law" data-locale="en" data-invite-after="0" data-invite-frequency="visit"'),
    );
    const dismiss = byTest(page, 'deskstream-chat-invite-dismiss');
    await dismiss.waitFor();
    expect(
      await byTest(page, 'deskstream-chat-invite').evaluate((element) => getComputedStyle(element).animationName),
    ).toBe('none');
    await dismiss.click();
    expect(await focusIn(page)).toBe('widget:deskstream-chat-launcher');
    expect(await byTest(page, 'deskstream-chat-invite').evaluate((element) => element.childElementCount)).toBe(0);
    expect(problems.messages).toEqual([]);
  });

  it('turns into the offline question form when nobody is online, and takes the question for email', async () => {
    const { page, problems } = await openVisitor('fa-IR');
    await page.goto(`${api.url}/chat?department=law`);
    await byTest(page, 'chat-start-form').waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'fa', dir: 'rtl' });

    // The agent goes offline while the form is open; coming back to the page asks again.
    await setPresence('OFFLINE');
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const form = byTest(page, 'chat-offline-form');
    await form.waitFor();
    expect(await byTest(form, 'chat-offline-notice').textContent()).toContain('حقوق');
    expect(await byTest(form, 'chat-offline-email').getAttribute('required')).not.toBeNull();
    await byTest(form, 'chat-offline-name').fill('رضا کریمی');
    await byTest(form, 'chat-offline-email').fill('reza.karimi@example.ir');
    await byTest(form, 'chat-offline-question').fill('شرایط عضویت مهمان در کتابخانه چیست؟');
    await byTest(form, 'chat-offline-submit').click();
    const sent = byTest(page, 'chat-offline-sent');
    await sent.waitFor();
    expect(await sent.textContent()).toContain('reza.karimi@example.ir');
    await page.screenshot({ path: await testOutputPath('chat-offline-fa.png'), fullPage: true });

    const waiting = await agentDoes<{
      offlineQuestions: { departmentId: string; question: string; visitor: { email: string } }[];
    }>('{ offlineQuestions(status: WAITING) { departmentId question visitor { email } } }');
    expect(waiting.offlineQuestions).toContainEqual({
      departmentId: 'law',
      question: 'شرایط عضویت مهمان در کتابخانه چیست؟',
      visitor: { email: 'reza.karimi@example.ir' },
    });
    expect(problems.messages).toEqual([]);
    expect(apiErrors()).toEqual([]);
  });
});
