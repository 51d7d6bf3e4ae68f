import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserJourney } from './browser-journey';
import { sendPublicTicket } from './public-ticket';

// The main pages of the portal and the console, scanned by axe-core in Chromium as a visitor, an
// agent and a supervisor see them, in English and in Persian (right to left). A serious or
// critical finding fails the test; the report names the rule, the element and the page.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FAILING_IMPACTS = new Set(['serious', 'critical']);
const AGENT = { username: 'sara', password: 'deskstream-agent' };
const SUPERVISOR = { username: 'yuki', password: 'deskstream-agent' };

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

describe('accessibility of the main pages (axe-core)', () => {
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
    findings.push(...(await scan(supervisor, '/console/', heading)));
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
    expect(findings).toEqual([]);
  }, 120_000);
});
