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
const contexts: BrowserContext[] = [];

interface GraphqlAnswer<Data> {
  data?: Data;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

/** The agent's side, over GraphQL on HTTP as the console speaks it. */
async function gql<Data = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphqlAnswer<Data>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer<Data>;
}

async function agentDoes<Data = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<Data> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const answer = await gql<Data>(query, variables, agentToken);
  if (answer.errors || !answer.data) throw new Error(`the agent's request failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

const setPresence = (status: 'ONLINE' | 'OFFLINE') =>
  agentDoes('mutation ($s: PresenceStatus!, $c: ID!) { setPresence(status: $s, commandId: $c) { presence } }', { s: status, c: randomUUID() });

beforeAll(async () => {
  if (!existsSync(join(builtApps.portal, 'index.html')) || !existsSync(join(builtApps.portal, 'widget.js'))) {
    throw new Error('the portal is not built yet: run npm run build -w @deskstream/portal');
  }
  dataDir = await mkdtemp(join(tmpdir(), 'deskstream-chat-e2e-'));
  [api, browser] = await Promise.all([startApiProcess({ dataDir }), launchBrowser()]);
  const signedIn = await gql<{ signIn: { token: string } }>('mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }', {
    u: AGENT.username,
    p: AGENT.password,
  });
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
  for (const context of contexts) await context.close();
  await browser?.close();
  await api?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Visitor {
  page: Page;
  problems: PageProblems;
}

async function openVisitor(locale = 'en-US'): Promise<Visitor> {
  const context = await browser.newContext({ locale });
  contexts.push(context);
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  const page = await context.newPage();
  return { page, problems: watchPageProblems(page) };
}

const byTest = (scope: Page | Frame | Locator, name: string) => scope.locator(`[data-test="${name}"]`);
const htmlAttributes = (scope: Page | Frame) => scope.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
const savedChat = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('deskstream.visitorChat') ?? 'null') as { chatId: string; visitorToken: string } | null);
/** Marks the document, so a later check can tell that the page was never reloaded. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { deskstreamJourney: 'same document' }));
const documentMark = (page: Page) => page.evaluate(() => (window as { deskstreamJourney?: string }).deskstreamJourney);
const apiErrors = () => api.output().split('\n').filter((line) => /"level":(50|60)\b/.test(line));

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
    const saved = await savedChat(page);
    expect(saved?.visitorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    chatId = saved!.chatId;

    // The agent's queue has it, with the visitor's name and department.
    const pending = await agentDoes<{ pendingChats: { id: string; departmentId: string; visitor: { name: string } }[] }>(
      '{ pendingChats(departmentId: "law") { id departmentId visitor { name } } }',
    );
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
    await expect.poll(() => byTest(page, 'chat-agent-name').textContent(), { timeout: UI_TIMEOUT_MS }).toBe(`You are chatting with ${AGENT.name}`);
    await byTest(page, 'chat-entry').and(page.locator('[data-notice="ACCEPTED"]')).filter({ hasText: `${AGENT.name} has joined the chat` }).waitFor();
    expect(await byTest(page, 'chat-entry').first().getAttribute('data-status')).toBe('delivered');

    await agentDoes('mutation ($c: ID!) { setTyping(chatId: $c, typing: true) }', { c: chatId });
    await byTest(page, 'chat-agent-typing').filter({ hasText: `${AGENT.name} is typing…` }).waitFor();
    const reply = 'Yes: bring an ID card. <b>Not bold</b>';
    await agentDoes('mutation ($c: ID!, $m: ID!, $t: String!) { sendMessage(chatId: $c, clientMessageId: $m, text: $t) { id } }', { c: chatId, m: randomUUID(), t: reply });
    const agentEntry = byTest(page, 'chat-entry').and(page.locator('[data-author="AGENT"]'));
    await agentEntry.waitFor();
    expect(await byTest(agentEntry, 'chat-entry-text').textContent()).toBe(reply);
    expect(await agentEntry.locator('b').count()).toBe(0);

    const box = byTest(page, 'chat-send-input');
    await box.fill('Thank you! Which floor?');
    await box.press('Enter');
    const mine = byTest(page, 'chat-entry').and(page.locator('[data-author="VISITOR"]')).filter({ hasText: 'Which floor?' });
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
    expect(seen.chat.transcript.at(-1)).toEqual({ text: `${VISITOR} has closed the chat explicitly`, notice: 'CLOSED_BY_VISITOR' });

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

    const waiting = await agentDoes<{ offlineQuestions: { departmentId: string; question: string; visitor: { email: string } }[] }>(
      '{ offlineQuestions(status: WAITING) { departmentId question visitor { email } } }',
    );
    expect(waiting.offlineQuestions).toContainEqual({ departmentId: 'law', question: 'شرایط عضویت مهمان در کتابخانه چیست؟', visitor: { email: 'reza.karimi@example.ir' } });
    expect(problems.messages).toEqual([]);
    expect(apiErrors()).toEqual([]);
  });
});
