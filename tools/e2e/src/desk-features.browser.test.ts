import { randomBytes, randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserJourney, type JourneyPage } from './browser-journey';
import { watchPageProblems } from './page-problems';
import { testOutputPath } from './test-output';

// The desk as people find it, against the real api (`main.ts` with the embedded store on a fresh
// data folder): a chat a colleague transfers to Minh by name appears on his desk as it happens
// (a tab, the title) without a reload; his internal note mentioning Sara reaches her on another
// page of the console, with a link to the chat; Sara finds the chat in the archive by a Persian
// word typed with Arabic letters and opens it at its own address, note included; Yuki's
// supervisor page shows the figures as charts, each with its table.

const SARA = { username: 'sara', password: 'deskstream-agent', name: 'Sara Ahmadi' };
const MINH = { username: 'minh', password: 'deskstream-agent', name: 'Nguyễn Văn Minh' };
const YUKI = { username: 'yuki', password: 'deskstream-agent', name: 'Yuki Tanaka' };
const QUESTION = 'کتاب «قانون مدنی» را کجا پیدا کنم؟';
// Limits, not pauses: every wait ends as soon as its condition holds.
const UI_TIMEOUT_MS = 15_000;

const journey = useBrowserJourney({ dataDirPrefix: 'deskstream-e2e-desk-features-', uiTimeoutMs: UI_TIMEOUT_MS });
const openConsole = () =>
  journey.openPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } }, (page) => watchPageProblems(page));
const byTest = (page: Page, name: string) => page.locator(`[data-test="${name}"]`);
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { deskstreamJourney: 'same document' }));
const documentMark = (page: Page) => page.evaluate(() => (window as { deskstreamJourney?: string }).deskstreamJourney);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${journey.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const signIn = async (who: { username: string; password: string }) =>
  (
    await gql<{ signIn: { token: string } }>(
      'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
      { u: who.username, p: who.password },
    )
  ).signIn.token;

describe('the desk as people find it', () => {
  let minh: JourneyPage;
  let sara: JourneyPage;
  let chatId: string;

  it('shows a chat transferred to an agent by name on their desk at once, without a reload', async () => {
    const saraToken = await signIn(SARA);
    await gql(
      'mutation ($c: ID!) { setPresence(status: ONLINE, commandId: $c) { presence } }',
      { c: randomUUID() },
      saraToken,
    );
    const visitorToken = randomBytes(32).toString('base64url');
    chatId = (
      await gql<{ requestChat: { id: string } }>(
        'mutation ($input: ChatRequestInput!) { requestChat(input: $input) { id } }',
        {
          input: { departmentId: 'law', name: 'لیلا احمدی', question: QUESTION, visitorToken },
        },
      )
    ).requestChat.id;

    minh = await openConsole();
    await journey.signInToConsole(minh.page, MINH);
    await minh.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
    await minh.page.getByRole('heading', { name: 'Outbox' }).first().waitFor();
    await markDocument(minh.page);

    await gql('mutation ($c: ID!) { acceptChat(chatId: $c) { id } }', { c: chatId }, saraToken);
    const candidates = await gql<{ chatMentionCandidates: { name: string }[] }>(
      'query ($c: ID!) { chatMentionCandidates(chatId: $c) { name } }',
      { c: chatId },
      saraToken,
    );
    // Minh is of engineering: he may not read the law chat until it is his.
    expect(candidates.chatMentionCandidates.map((each) => each.name)).not.toContain(MINH.name);
    const minhToken = await signIn(MINH);
    const me = (await gql<{ me: { id: string } }>('{ me { id } }', {}, minhToken)).me;
    await gql(
      'mutation ($c: ID!, $to: TransferTargetInput!, $k: ID!) { transferChat(chatId: $c, to: $to, note: "Engineering standards", commandId: $k) { id } }',
      { c: chatId, to: { agentId: me.id }, k: randomUUID() },
      saraToken,
    );

    await expect.poll(() => minh.page.title(), { timeout: UI_TIMEOUT_MS }).toBe('(1) New chat — Deskstream Console');
    await minh.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Chats/ }).click();
    await byTest(minh.page, 'chat-tab').filter({ hasText: 'لیلا احمدی' }).waitFor();
    await byTest(minh.page, 'chat-conversation').filter({ hasText: QUESTION }).waitFor();
    expect(await documentMark(minh.page)).toBe('same document');
  });

  it('notifies a colleague mentioned in an internal note, wherever they are in the console', async () => {
    sara = await openConsole();
    await journey.signInToConsole(sara.page, SARA);
    await sara.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
    await sara.page.getByRole('heading', { name: 'Outbox' }).first().waitFor();

    const note = byTest(minh.page, 'chat-note-input');
    await note.fill('@Sar');
    await byTest(minh.page, 'chat-note-suggestion').filter({ hasText: SARA.name }).waitFor();
    await note.press('Enter');
    await note.pressSequentially('which edition did you promise?');
    await byTest(minh.page, 'chat-note-add').click();
    await byTest(minh.page, 'chat-transcript-entry').and(minh.page.locator('[data-kind="note"]')).waitFor();

    const mention = byTest(sara.page, 'chat-mention');
    await mention.filter({ hasText: `${MINH.name} mentioned you in the chat with لیلا احمدی` }).waitFor();
    await sara.page.screenshot({ path: await testOutputPath('desk-features-mention.png') });
    await byTest(sara.page, 'chat-mention-open').click();
    await sara.page.waitForURL(new RegExp(`/console/chats/archive/${chatId}$`));
    await byTest(sara.page, 'chat-transcript-entry')
      .and(sara.page.locator('[data-kind="note"]'))
      .filter({ hasText: 'which edition did you promise?' })
      .waitFor();
  });

  it('finds the chat in the archive by a Persian word typed with Arabic letters, at its own address', async () => {
    await sara.page.goto(`${journey.api.url}/console/chats/archive`);
    await byTest(sara.page, 'chat-archive-text').fill('كتاب مدني');
    await byTest(sara.page, 'chat-archive-search').click();
    const hit = byTest(sara.page, 'chat-archive-hit').and(sara.page.locator(`[data-chat-id="${chatId}"]`));
    await hit.waitFor();
    expect(await hit.textContent()).toContain('قانون مدنی');
    await hit.getByRole('link').click();
    await sara.page.waitForURL(new RegExp(`/console/chats/archive/${chatId}$`));
    await byTest(sara.page, 'chat-archive-chat').filter({ hasText: QUESTION }).waitFor();
    expect(sara.problems.messages).toEqual([]);
    expect(minh.problems.messages).toEqual([]);
  });

  it('shows the supervisor the figures as charts, each with its table', async () => {
    const yuki = await openConsole();
    await journey.signInToConsole(yuki.page, YUKI);
    await yuki.page.goto(`${journey.api.url}/console/supervisor`);
    const chart = byTest(yuki.page, 'supervisor-chart-chats');
    await chart.locator('canvas').waitFor();
    expect(await chart.getByRole('img').getAttribute('aria-label')).toBe('Chats per day');
    await expect
      .poll(() => byTest(yuki.page, 'supervisor-table-chats').locator('tbody tr').count(), { timeout: UI_TIMEOUT_MS })
      .toBe(7);
    await byTest(yuki.page, 'supervisor-chart-ratings').locator('canvas').waitFor();
    await yuki.page.screenshot({ path: await testOutputPath('desk-features-supervisor.png'), fullPage: true });
    expect(yuki.problems.messages).toEqual([]);
    expect(journey.apiErrors()).toEqual([]);
  });
});
