import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserJourney, type JourneyPage, type StaffSignIn } from './browser-journey';
import { watchPageProblems } from './page-problems';
import { testOutputPath } from './test-output';

// Issue 3's journey against the real api (`main.ts` with the embedded store on a fresh data
// folder): an agent goes online and offline, a supervisor's board follows live, and after the
// api restarts on the same data the board is rebuilt from the events.

const AGENT = { username: 'sara', password: 'deskstream-agent', name: 'Sara Ahmadi' };
const SUPERVISOR = { username: 'yuki', password: 'deskstream-agent', name: 'Yuki Tanaka' };
const PERSIAN_DIGITS = /[۰-۹]/;
// Limits, not pauses: every wait ends as soon as its condition holds. A busy 2-core machine can
// take most of a minute for the whole journey (two api starts with their replays), hence the room.
const UI_TIMEOUT_MS = 15_000;

const journey = useBrowserJourney({ dataDirPrefix: 'deskstream-e2e-', uiTimeoutMs: UI_TIMEOUT_MS });
/**
 * The console asks `/health/ready` whether the api has caught up; while it replays after the
 * restart the answer is a 503 ("catching up"), which the console expects and shows as a banner.
 */
const openConsole = () =>
  journey.openPage({ locale: 'en-US' }, (page) =>
    watchPageProblems(page, (url) => new URL(url).pathname === '/health/ready'),
  );

/** Signs in (agents and supervisors start at the chat desk) and opens the board of who is online. */
async function signIn({ page }: JourneyPage, who: StaffSignIn): Promise<void> {
  await journey.signInToConsole(page, who);
  await page.waitForURL(/\/console\/chats$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Online agents' }).click();
  await page.getByRole('heading', { name: 'Online agents' }).waitFor();
}

/** The board's section of one department, by its heading. */
const department = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const agentIn = (section: Locator, name: string) => section.getByRole('listitem').filter({ hasText: name });
/** The switch in the header bar (the profile menu's one is hidden while the menu is closed). */
const headerSwitch = (page: Page) => page.getByRole('banner').getByRole('switch').first();
const isChecked = (toggle: Locator) =>
  expect.poll(() => toggle.getAttribute('aria-checked'), { timeout: UI_TIMEOUT_MS });
const liveStatus = (page: Page) => page.locator('.presence-page__live');

/** Marks the document, so a later check can tell that the page was never reloaded. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { deskstreamJourney: 'same document' }));
const documentMark = (page: Page) => page.evaluate(() => (window as { deskstreamJourney?: string }).deskstreamJourney);

/**
 * While the api is down for its restart, the console's live socket and any query on its way
 * find nobody listening: the connection is refused, reset or closed without an answer. Those are
 * the restart itself (on a busy machine the console may try a query too, not only the socket);
 * an answer with an error, or anything else, is still a problem.
 */
const API_DOWN =
  /^(?:console: WebSocket connection to '\S+\/graphql' failed: .*|request failed: \S+\/graphql \(net::ERR_(?:CONNECTION_REFUSED|CONNECTION_RESET|CONNECTION_CLOSED|EMPTY_RESPONSE)\)|console: Failed to load resource: net::ERR_(?:CONNECTION_REFUSED|CONNECTION_RESET|CONNECTION_CLOSED|EMPTY_RESPONSE))$/;
const problemsBesidesRestart = ({ problems }: JourneyPage) =>
  problems.messages.filter((message) => !API_DOWN.test(message));

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

    expect(journey.apiErrors()).toEqual([]);
    expect(await journey.restartApi()).toBe(0);

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
    expect(journey.apiErrors()).toEqual([]);
  }, 150_000);
});
