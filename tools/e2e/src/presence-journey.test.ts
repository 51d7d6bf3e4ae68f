import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from './api-process';
import { requireBuiltApps } from './built-apps';
import { launchBrowser } from './launch-browser';
import { watchPageProblems, type PageProblems } from './page-problems';
import { testOutputPath } from './test-output';

// Issue 3's journey against the real api (`main.ts` with the embedded store on a fresh data
// folder): an agent goes online and offline, a supervisor's board follows live, and after the
// api restarts on the same data the board is rebuilt from the events.

const AGENT = { username: 'sara', password: 'deskstream-agent', name: 'Sara Ahmadi' };
const SUPERVISOR = { username: 'yuki', password: 'deskstream-agent', name: 'Yuki Tanaka' };
const PERSIAN_DIGITS = /[۰-۹]/;
const UI_TIMEOUT_MS = 10_000;

let dataDir: string;
let api: ApiProcess | undefined;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  requireBuiltApps();
  dataDir = await mkdtemp(join(tmpdir(), 'deskstream-e2e-'));
  [api, browser] = await Promise.all([startApiProcess({ dataDir }), launchBrowser()]);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await api?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Console {
  page: Page;
  problems: PageProblems;
}

async function openConsole(): Promise<Console> {
  const context = await browser.newContext({ locale: 'en-US' });
  contexts.push(context);
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  const page = await context.newPage();
  return { page, problems: watchPageProblems(page) };
}

async function signIn({ page }: Console, who: { username: string; password: string }): Promise<void> {
  await page.goto(`${api!.url}/console/`);
  await page.waitForURL(/\/console\/sign-in$/);
  await page.getByLabel('Username').fill(who.username);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/console\/$/);
  await page.getByRole('heading', { name: 'Online agents' }).waitFor();
}

/** The board's section of one department, by its heading. */
const department = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const agentIn = (section: Locator, name: string) => section.getByRole('listitem').filter({ hasText: name });
/** The switch in the header bar (the profile menu's one is hidden while the menu is closed). */
const headerSwitch = (page: Page) => page.getByRole('banner').getByRole('switch').first();
const isChecked = (toggle: Locator) => expect.poll(() => toggle.getAttribute('aria-checked'), { timeout: UI_TIMEOUT_MS });
const liveStatus = (page: Page) => page.locator('.presence-page__live');

/** Marks the document, so a later check can tell that the page was never reloaded. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { deskstreamJourney: 'same document' }));
const documentMark = (page: Page) => page.evaluate(() => (window as { deskstreamJourney?: string }).deskstreamJourney);

/** Page problems other than the live socket being refused while the api is down for its restart. */
const problemsBesidesRestart = ({ problems }: Console) =>
  problems.messages.filter((message) => !/^console: WebSocket connection to '\S+\/graphql' failed: .*ERR_CONNECTION_REFUSED/.test(message));
/** The api's log lines at level error or fatal. */
const apiErrors = (running: ApiProcess) => running.output().split('\n').filter((line) => /"level":(50|60)\b/.test(line));

describe('agent presence, end to end', () => {
  it('an agent goes online and offline, a supervisor sees it live, and it survives an api restart', async () => {
    const agent = await openConsole();
    const supervisor = await openConsole();
    await Promise.all([signIn(agent, AGENT), signIn(supervisor, SUPERVISOR)]);

    // The supervisor's board is live and nobody is online in the agent's department.
    const board = supervisor.page;
    const humanities = department(board, 'Humanities');
    const law = department(board, 'Law');
    await liveStatus(board).filter({ hasText: 'Live' }).waitFor();
    await humanities.getByText('Nobody is online in this department right now.').waitFor();
    expect(await agentIn(humanities, AGENT.name).count()).toBe(0);
    await markDocument(board);

    // Online with the header switch: the board shows her in both her departments, without a reload.
    const agentSwitch = headerSwitch(agent.page);
    await isChecked(agentSwitch).toBe('false');
    await agentSwitch.click();
    await isChecked(agentSwitch).toBe('true');
    await agentIn(humanities, AGENT.name).waitFor();
    await agentIn(law, AGENT.name).waitFor();
    expect(await humanities.getByText('One agent online').count()).toBe(1);
    expect(await agentIn(department(board, 'Engineering'), AGENT.name).count()).toBe(0);
    expect(await documentMark(board)).toBe('same document');

    // Offline with the switch in the profile menu: she leaves the board, still without a reload.
    await agent.page.getByRole('button', { name: 'Profile and settings' }).click();
    const menuSwitch = agent.page.getByRole('group', { name: 'Profile and settings' }).getByRole('switch');
    await isChecked(menuSwitch).toBe('true');
    await menuSwitch.click();
    await isChecked(menuSwitch).toBe('false');
    await agent.page.keyboard.press('Escape');
    await isChecked(agentSwitch).toBe('false');
    await agentIn(humanities, AGENT.name).waitFor({ state: 'detached' });
    await agentIn(law, AGENT.name).waitFor({ state: 'detached' });
    await humanities.getByText('Nobody is online in this department right now.').waitFor();
    expect(await documentMark(board)).toBe('same document');

    // Online again, then the api restarts on the same data folder and port.
    await agentSwitch.click();
    await isChecked(agentSwitch).toBe('true');
    await agentIn(humanities, AGENT.name).waitFor();
    expect(agent.problems.messages).toEqual([]);
    expect(supervisor.problems.messages).toEqual([]);

    const { port } = api!;
    expect(apiErrors(api!)).toEqual([]);
    expect(await api!.stop()).toBe(0);
    api = undefined;
    api = await startApiProcess({ dataDir, port });

    // After a reload, both sessions are still valid and presence is rebuilt from the events.
    await board.reload();
    await board.getByRole('heading', { name: 'Online agents' }).waitFor();
    await agentIn(humanities, AGENT.name).waitFor();
    await agentIn(law, AGENT.name).waitFor();
    expect(await agentIn(humanities, SUPERVISOR.name).count()).toBe(0);
    await agent.page.reload();
    await isChecked(headerSwitch(agent.page)).toBe('true');

    // In Persian the board turns right to left, with Persian names and digits.
    await board.getByLabel('Language').selectOption('fa');
    await board.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await board.evaluate(() => document.documentElement.lang)).toBe('fa');
    const humanitiesFa = department(board, 'علوم انسانی');
    await agentIn(humanitiesFa, AGENT.name).waitFor();
    expect(await humanitiesFa.textContent()).toMatch(PERSIAN_DIGITS);
    await liveStatus(board).and(board.locator('.is-connected')).waitFor();
    await board.screenshot({ path: await testOutputPath('presence-board-fa.png'), fullPage: true });

    // The live push works across the restart: she goes offline and the Persian board follows.
    await markDocument(board);
    await headerSwitch(agent.page).click();
    await isChecked(headerSwitch(agent.page)).toBe('false');
    await agentIn(humanitiesFa, AGENT.name).waitFor({ state: 'detached' });
    expect(await documentMark(board)).toBe('same document');

    expect(problemsBesidesRestart(agent)).toEqual([]);
    expect(problemsBesidesRestart(supervisor)).toEqual([]);
    expect(apiErrors(api!)).toEqual([]);
  }, 60_000);
});
