import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserJourney } from './browser-journey';
import { sendPublicTicket } from './public-ticket';
import { testOutputPath } from './test-output';

// The main pages of the portal and the console, scanned by axe-core in Chromium as a visitor, an
// agent and a supervisor see them, in English and in Persian (right to left). A serious or
// critical finding fails the test; the report names the rule, the element and the page.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FAILING_IMPACTS = new Set(['serious', 'critical']);
const AGENT = { username: 'sara', password: 'deskstream-agent' };
const SUPERVISOR = { username: 'yuki', password: 'deskstream-agent' };
const ADMIN = { username: 'admin', password: 'deskstream-admin' };

const journey = useBrowserJourney({ dataDirPrefix: 'deskstream-e2e-a11y-', uiTimeoutMs: 15_000 });

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** The serious and critical axe findings of the page as it is now, one line each. */
async function seriousFindings(page: Page, label: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Finding[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations
    .filter((v) => FAILING_IMPACTS.has(v.impact ?? ''))
    .map(
      (v) => `${label}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
}

async function scan(page: Page, path: string, ready: (page: Page) => Promise<unknown>): Promise<string[]> {
  await page.goto(`${journey.api.url}${path}`);
  await ready(page);
  return seriousFindings(page, path);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first().waitFor();

/** The demo patron signs in to the portal through its form. */
async function signInAsPatron(page: Page): Promise<void> {
  await page.goto(`${journey.api.url}/account/sign-in`);
  await page.locator('[data-test="account-sign-in-card"]').fill('01234567');
  await page.locator('[data-test="account-sign-in-password"]').fill('books2026');
  await page.locator('[data-test="account-sign-in-submit"]').click();
  await page.waitForURL((url) => url.pathname === '/account');
}

/** The desk's page of the demo patron, found by card number. */
async function patronPagePath(page: Page): Promise<string> {
  await page.goto(`${journey.api.url}/console/patrons?q=01234567`);
  const id = await page.locator('[data-test="patrons-result"]').first().getAttribute('data-account-id');
  return `/console/patrons/${id}`;
}

describe('accessibility of the main pages (axe-core)', () => {
  it("the console's calls pages (live, today, callbacks, log, lists, a call, the ringing banner, telephony) have no serious or critical findings", async () => {
    const findings: string[] = [];
    const admin = { username: 'admin', password: 'deskstream-admin' };
    const { page: settings } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(settings, admin);
    findings.push(
      ...(await scan(settings, '/console/calls/settings', (p) => p.locator('[data-test="cti-token"]').waitFor())),
    );
    await settings.locator('[data-test="cti-show"]').click();
    const token = (await settings.locator('[data-test="cti-token"]').innerText()).trim();

    const { page: agent } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(agent, AGENT);
    const ring = await fetch(`${journey.api.url}/api/v1/cti/${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'event=newCall&direction=in&callId=a11y-call&from=493055571600&to=4930123456',
    });
    expect(ring.status).toBe(200);
    findings.push(...(await scan(agent, '/console/calls', (p) => p.locator('[data-test="call-ring"]').waitFor())));
    findings.push(
      ...(await scan(agent, '/console/calls/today', (p) => p.locator('[data-test="call-row"]').first().waitFor())),
    );
    const callPath = await agent.locator('[data-test="call-row-open"]').first().getAttribute('href');
    findings.push(
      ...(await scan(agent, callPath!, (p) => p.locator('[data-test="call-page"][data-state="ready"]').waitFor())),
    );
    findings.push(
      ...(await scan(agent, '/console/calls/callbacks', (p) =>
        p.locator('[data-test="callback"], [data-test="callbacks-empty"]').first().waitFor(),
      )),
    );
    findings.push(
      ...(await scan(agent, '/console/calls/log', (p) => p.locator('[data-test="call-log-form"]').waitFor())),
    );
    findings.push(
      ...(await scan(agent, '/console/calls/lists', (p) => p.locator('[data-test="call-list-create"]').waitFor())),
    );

    const { page: persian } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(persian, SUPERVISOR);
    await persian.getByLabel('Language').selectOption('fa');
    await persian.waitForFunction(() => document.documentElement.dir === 'rtl');
    findings.push(...(await scan(persian, '/console/calls', (p) => p.locator('[data-test="call-ring"]').waitFor())));
    findings.push(
      ...(await scan(persian, callPath!, (p) => p.locator('[data-test="call-page"][data-state="ready"]').waitFor())),
    );
    findings.push(
      ...(await scan(persian, '/console/calls/callbacks', (p) =>
        p.locator('[data-test="callback"], [data-test="callbacks-empty"]').first().waitFor(),
      )),
    );
    expect(findings).toEqual([]);
  }, 150_000);

  it('the portal, the chat and the knowledge base have no serious or critical findings, left to right and right to left', async () => {
    const findings: string[] = [];
    const ticket = await sendPublicTicket(journey.api.url);
    for (const locale of ['en-US', 'fa-IR']) {
      const { page } = await journey.openPage({ locale });
      findings.push(...(await scan(page, '/tickets/new', (p) => p.locator('[data-test="ticket-form"]').waitFor())));
      findings.push(
        ...(await scan(page, `/tickets/t/${ticket.token}`, (p) =>
          p.locator('[data-test="ticket-entry"]').first().waitFor(),
        )),
      );
      findings.push(...(await scan(page, '/', heading)));
      findings.push(...(await scan(page, '/chat', (p) => p.getByRole('main').waitFor())));
      findings.push(...(await scan(page, '/book', (p) => p.locator('[data-test="booking-form"]').waitFor())));
      findings.push(...(await scan(page, '/kb/en', heading)));
      findings.push(...(await scan(page, '/kb/fa', heading)));
      findings.push(...(await scan(page, '/kb/errors/1603', heading)));
    }
    expect(findings).toEqual([]);
  }, 120_000);

  it("the patron's account pages have no serious or critical findings, left to right and right to left", async () => {
    const findings: string[] = [];
    for (const locale of ['en-US', 'fa-IR']) {
      const { page } = await journey.openPage({ locale });
      findings.push(
        ...(await scan(page, '/account/sign-in', (p) => p.locator('[data-test="account-sign-in-form"]').waitFor())),
      );
      findings.push(
        ...(await scan(page, '/account/forgot', (p) => p.locator('[data-test="account-forgot-form"]').waitFor())),
      );
      await signInAsPatron(page);
      findings.push(
        ...(await scan(page, '/account', (p) => p.locator('[data-test="account-notice"]').first().waitFor())),
      );
      findings.push(
        ...(await scan(page, '/account/loans', (p) => p.locator('[data-test="account-loan"]').first().waitFor())),
      );
      findings.push(
        ...(await scan(page, '/account/settings', (p) => p.locator('[data-test="account-preferences"]').waitFor())),
      );
    }
    expect(findings).toEqual([]);
  }, 180_000);

  it("the console's sign-in, desk, articles, tickets and supervisor pages have no serious or critical findings", async () => {
    const findings: string[] = [];
    const { page: signIn } = await journey.openPage({ locale: 'en-US' });
    findings.push(...(await scan(signIn, '/console/sign-in', (p) => p.getByLabel('Username').waitFor())));

    const { page: agent } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(agent, AGENT);
    findings.push(...(await scan(agent, '/console/chats', heading)));
    findings.push(...(await scan(agent, '/console/articles', heading)));
    findings.push(
      ...(await scan(agent, '/console/tickets', (p) =>
        p.locator('[data-test="ticket-row"], [data-test="tickets-empty"]').first().waitFor(),
      )),
    );
    findings.push(
      ...(await scan(agent, '/console/security', (p) => p.locator('[data-test="security-session"]').first().waitFor())),
    );
    findings.push(
      ...(await scan(agent, '/console/customers?q=Ali', (p) =>
        p.locator('[data-test="customer-hit"]').first().waitFor(),
      )),
    );
    findings.push(
      ...(await scan(agent, '/console/customers/new', (p) => p.locator('[data-test="customer-form"]').waitFor())),
    );
    findings.push(
      ...(await scan(agent, '/console/patrons?q=01234567', (p) =>
        p.locator('[data-test="patrons-result"]').first().waitFor(),
      )),
    );
    findings.push(
      ...(await scan(agent, await patronPagePath(agent), (p) =>
        p.locator('[data-test="patron-notice"]').first().waitFor(),
      )),
    );

    // The supervisor signs in in English (the sign-in helper's labels), then reads the console in Persian.
    const { page: supervisor } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(supervisor, SUPERVISOR);
    await supervisor.getByLabel('Language').selectOption('fa');
    await supervisor.waitForFunction(() => document.documentElement.dir === 'rtl');
    findings.push(...(await scan(supervisor, '/console/supervisor', heading)));
    findings.push(
      ...(await scan(supervisor, '/console/bookings', (p) =>
        p.locator('[data-test="booking-calendar"] .fc-timegrid').waitFor(),
      )),
    );
    findings.push(...(await scan(supervisor, '/console/bookings/requests', heading)));
    findings.push(...(await scan(supervisor, '/console/bookings/figures', heading)));
    findings.push(...(await scan(supervisor, '/console/bookings/setup', heading)));
    findings.push(
      ...(await scan(supervisor, '/console/tickets?view=ALL', (p) =>
        p.locator('[data-test="ticket-row"]').first().waitFor(),
      )),
    );
    findings.push(
      ...(await scan(supervisor, '/console/tickets/1', (p) => p.locator('[data-test="ticket-timeline"]').waitFor())),
    );
    findings.push(
      ...(await scan(supervisor, '/console/tickets/settings', (p) =>
        p.locator('[data-test="settings-requester-types"]').waitFor(),
      )),
    );
    findings.push(
      ...(await scan(supervisor, '/console/customers/demo-ali', (p) =>
        p.locator('[data-test="customer-timeline"][data-state="ready"]').waitFor(),
      )),
    );
    findings.push(...(await scan(supervisor, '/console/', heading)));
    findings.push(
      ...(await scan(supervisor, await patronPagePath(supervisor), (p) =>
        p.locator('[data-test="patron-data"]').waitFor(),
      )),
    );
    findings.push(
      ...(await scan(supervisor, '/console/security', (p) =>
        p.locator('[data-test="security-session"]').first().waitFor(),
      )),
    );

    // The security log and staff access, for admins.
    const { page: securityAdmin } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(securityAdmin, { username: 'admin', password: 'deskstream-admin' });
    findings.push(
      ...(await scan(securityAdmin, '/console/security/log', (p) =>
        p.locator('[data-test="security-log-entry"]').first().waitFor(),
      )),
    );
    findings.push(
      ...(await scan(securityAdmin, '/console/security/staff', (p) =>
        p.locator('[data-test="staff-access-member"]').first().waitFor(),
      )),
    );

    const { page: admin } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(admin, ADMIN);
    findings.push(
      ...(await scan(admin, '/console/customers/products', (p) =>
        p.locator('[data-test="product"]').first().waitFor(),
      )),
    );
    expect(findings).toEqual([]);
  }, 240_000);

  it("the console's feedback pages (triage queue with an item open, topics, a topic, the team's inbox, product teams) have no serious or critical findings, left to right and right to left", async () => {
    const findings: string[] = [];
    const queueReady = (p: Page) => p.locator('[data-test="feedback-item"]').waitFor();
    const topicReady = (p: Page) => p.locator('[data-test="feedback-topic-page"][data-state="ready"]').waitFor();
    const { page: agent } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(agent, AGENT);
    await agent.goto(`${journey.api.url}/console/feedback`);
    const itemId = await agent.locator('[data-test="feedback-row"]').first().getAttribute('data-item-id');
    findings.push(...(await scan(agent, `/console/feedback?item=${itemId}`, queueReady)));
    findings.push(
      ...(await scan(agent, '/console/feedback/topics', (p) =>
        p.locator('[data-test="feedback-topic-row"]').first().waitFor(),
      )),
    );
    const topicPath = await agent.locator('[data-test="feedback-topic-link"]').first().getAttribute('href');
    findings.push(...(await scan(agent, topicPath!, topicReady)));

    const { page: supervisor } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(supervisor, SUPERVISOR);
    await supervisor.getByLabel('Language').selectOption('fa');
    await supervisor.waitForFunction(() => document.documentElement.dir === 'rtl');
    findings.push(...(await scan(supervisor, `/console/feedback?item=${itemId}`, queueReady)));
    findings.push(...(await scan(supervisor, topicPath!, topicReady)));

    for (const language of ['en', 'fa'] as const) {
      const { page: product } = await journey.openPage({ locale: 'en-US' });
      await journey.signInToConsole(product, { username: 'pouya', password: 'deskstream-product' });
      if (language === 'fa') {
        await product.getByLabel('Language').selectOption('fa');
        await product.waitForFunction(() => document.documentElement.dir === 'rtl');
      }
      findings.push(
        ...(await scan(product, '/console/feedback/inbox', (p) =>
          p.locator('[data-test="feedback-inbox-page"][data-state="ready"]').waitFor(),
        )),
      );
    }

    const { page: admin } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(admin, ADMIN);
    findings.push(
      ...(await scan(admin, '/console/feedback/teams', (p) =>
        p.locator('[data-test="product-team"]').first().waitFor(),
      )),
    );
    expect(findings).toEqual([]);
  }, 180_000);

  it("the console's feedback report (figures and charts, the items behind one, the definitions) has no serious or critical findings, left to right and right to left", async () => {
    const findings: string[] = [];
    const reportReady = (p: Page) =>
      p.locator('[data-test="feedback-report"][data-state="ready"] [data-test="report-topic"]').first().waitFor();
    const itemsReady = (p: Page) => p.locator('[data-test="report-item"]').first().waitFor();
    const { page: admin } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(admin, ADMIN);
    findings.push(...(await scan(admin, '/console/feedback/report', reportReady)));
    findings.push(...(await scan(admin, '/console/feedback/report/items?kind=BUG', itemsReady)));
    findings.push(
      ...(await scan(admin, '/console/feedback/report/definitions', (p) =>
        p.locator('[data-test="report-definition-form"]').waitFor(),
      )),
    );

    // The product team reads it in Persian: right to left, Persian digits on the charts too.
    const { page: product } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(product, { username: 'pouya', password: 'deskstream-product' });
    await product.getByLabel('Language').selectOption('fa');
    await product.waitForFunction(() => document.documentElement.dir === 'rtl');
    findings.push(...(await scan(product, '/console/feedback/report', reportReady)));
    await product.locator('[data-test="report-figure-trend"] canvas').waitFor();
    await product.screenshot({ path: await testOutputPath('feedback-report-fa.png'), fullPage: true });
    findings.push(...(await scan(product, '/console/feedback/report/items?kind=BUG', itemsReady)));
    expect(findings).toEqual([]);
  }, 240_000);

  it("the console's operations pages (dashboard, printable report, shifts and definitions) have no serious or critical findings, left to right and right to left", async () => {
    const findings: string[] = [];
    const dashboardReady = (p: Page) =>
      p.locator('[data-test="operations-page"][data-state="ready"] [data-test="operations-headline"]').waitFor();
    const reportReady = (p: Page) => p.locator('[data-test="operations-report"][data-state="ready"]').waitFor();
    const settingsReady = (p: Page) => p.locator('[data-test="operations-shifts-form"]').waitFor();
    const { page: admin } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(admin, ADMIN);
    findings.push(...(await scan(admin, '/console/operations', dashboardReady)));
    const today = new Date().toISOString().slice(0, 10);
    findings.push(...(await scan(admin, `/console/operations?from=${today}&to=${today}&by=HOUR`, dashboardReady)));
    findings.push(...(await scan(admin, '/console/operations/report', reportReady)));
    findings.push(...(await scan(admin, '/console/operations/settings', settingsReady)));

    // The supervisor reads them in Persian (the settings without a way to change them).
    const { page: supervisor } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(supervisor, SUPERVISOR);
    await supervisor.getByLabel('Language').selectOption('fa');
    await supervisor.waitForFunction(() => document.documentElement.dir === 'rtl');
    findings.push(...(await scan(supervisor, '/console/operations', dashboardReady)));
    findings.push(...(await scan(supervisor, '/console/operations/report', reportReady)));
    findings.push(...(await scan(supervisor, '/console/operations/settings', settingsReady)));
    expect(findings).toEqual([]);
  }, 180_000);
});
