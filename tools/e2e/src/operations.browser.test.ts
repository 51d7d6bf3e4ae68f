import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserJourney } from './browser-journey';
import { testOutputPath } from './test-output';

// The operations dashboard, end to end on the real api with its demo data: the demo's book fair
// (six days before today of calls, tickets, mail, letters and agents' shifts) is on the supervisor's
// dashboard with its totals; an admin moves the end of the morning shift and the supervisor's
// figures by shift are recomputed from the same events (the hours no longer in a shift become their
// own rows); the period's CSV is the api's, with the same totals; the printable report is laid out
// on A4 paper without the console's frame; and in Persian the days are in the Persian calendar with
// Persian digits.

const SUPERVISOR = { username: 'yuki', password: 'deskstream-agent' };
const ADMIN = { username: 'admin', password: 'deskstream-admin' };
/** The demo fair's totals (the seed's plan is fixed: the same fair on every start, whatever the day). */
const FAIR = {
  INBOUND_CALL: 59,
  OUTBOUND_CALL: 13,
  TICKET: 26,
  EMAIL: 9,
  LETTER: 5,
  personDays: 33,
};

const journey = useBrowserJourney({ dataDirPrefix: 'deskstream-e2e-operations-', uiTimeoutMs: 20_000 });

const byTest = (scope: Page | Locator, name: string) => scope.locator(`[data-test="${name}"]`);
const dayBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** The first figure (received) of a row of the table by channel. */
const received = (page: Page, channel: string) =>
  byTest(page, 'operations-by-channel').locator(`tr[data-key="${channel}"] td`).first().innerText();

/** The person-hours of the staffing table's rows whose name holds `label` (a shift's name), summed. */
async function personHoursOf(page: Page, label: string): Promise<number> {
  const rows = byTest(page, 'operations-staffing-table').locator('tbody tr').filter({ hasText: label });
  const hours = await rows.evaluateAll((found) =>
    found.map((row) => row.querySelectorAll('td')[1]?.textContent ?? '0'),
  );
  return hours.reduce((sum, text) => sum + Number(text.replace(/,/g, '')), 0);
}

/** Chooses the fair's six days (up to yesterday) and a granularity. */
async function showFair(page: Page, today: string, granularity: 'DAY' | 'SHIFT'): Promise<void> {
  const from = dayBefore(today, 6);
  await byTest(page, 'operations-from').fill(from);
  await byTest(page, 'operations-to').fill(dayBefore(today, 1));
  await byTest(page, 'operations-granularity').selectOption(granularity);
  await byTest(page, 'operations-show').click();
  await page.waitForURL((url) => url.searchParams.get('from') === from && url.searchParams.get('by') === granularity);
  await page.locator('[data-test="operations-page"][data-state="ready"]').waitFor();
}

describe('the operations dashboard', () => {
  it('shows the demo fair, recomputes after a shift changes, downloads the CSV and prints the report on A4', async () => {
    const { page, problems } = await journey.openPage({ locale: 'en-US', acceptDownloads: true });
    await journey.signInToConsole(page, SUPERVISOR);
    await byTest(page, 'nav-operations').click();
    await page.waitForURL((url) => url.pathname === '/console/operations' && url.searchParams.has('from'));
    await page.locator('[data-test="operations-page"][data-state="ready"]').waitFor();
    // The dashboard opens on the last seven days up to the desk's today.
    const today = await byTest(page, 'operations-to').inputValue();

    // The fair's totals, channel by channel, and the agents' person-days.
    await showFair(page, today, 'DAY');
    for (const channel of ['INBOUND_CALL', 'OUTBOUND_CALL', 'TICKET', 'EMAIL', 'LETTER'] as const)
      await expect.poll(() => received(page, channel), { timeout: 10_000 }).toBe(String(FAIR[channel]));
    expect(await byTest(page, 'operations-headline-personDays').locator('dd').innerText()).toBe(
      String(FAIR.personDays),
    );
    await byTest(page, 'supervisor-chart-operations-volumes').locator('canvas').waitFor();

    // By shift: the person-hours of the morning shifts and of the hours outside any shift.
    await showFair(page, today, 'SHIFT');
    await expect.poll(() => personHoursOf(page, 'Morning shift')).toBeGreaterThan(0);
    const before = {
      morning: await personHoursOf(page, 'Morning shift'),
      outside: await personHoursOf(page, 'Outside shifts'),
    };
    const shiftUrl = page.url();

    // An admin ends the morning shift at noon: the afternoon's hours belong to no shift.
    const { page: admin } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(admin, ADMIN);
    await admin.goto(`${journey.api.url}/console/operations/settings`);
    const morning = admin.locator('[data-test="operations-shift"][data-key="morning"]');
    await morning.waitFor();
    const versionBefore = Number(await byTest(admin, 'operations-settings-version').getAttribute('data-version'));
    await byTest(morning, 'operations-shift-end').selectOption('12');
    await byTest(admin, 'operations-shifts-save').click();
    await byTest(admin, 'operations-shifts-saved').waitFor();
    expect(Number(await byTest(admin, 'operations-settings-version').getAttribute('data-version'))).toBe(
      versionBefore + 1,
    );

    // The supervisor's figures by shift, read again, are recomputed with the new shift times: the
    // afternoon's work moved from the morning shift to the hours outside any shift.
    await page.goto(shiftUrl);
    await page.locator('[data-test="operations-page"][data-state="ready"]').waitFor();
    await expect.poll(() => personHoursOf(page, 'Morning shift'), { timeout: 15_000 }).toBeLessThan(before.morning);
    expect(await personHoursOf(page, 'Outside shifts')).toBeGreaterThan(before.outside);
    // The same contacts, only cut differently.
    await byTest(page, 'operations-rebuilding').waitFor({ state: 'detached' });
    await expect.poll(() => received(page, 'INBOUND_CALL'), { timeout: 15_000 }).toBe(String(FAIR.INBOUND_CALL));

    // The period's CSV, as the api builds it: the same totals on its last row.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTest(page, 'operations-download-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^operations-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}-shift\.csv$/);
    const csv = (await readFile((await download.path())!, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const header = csv[0]!.split(',');
    const total = csv.at(-1)!.split(',');
    expect(Number(total[header.indexOf('INBOUND_CALL_received')])).toBe(FAIR.INBOUND_CALL);
    expect(Number(total[header.indexOf('LETTER_received')])).toBe(FAIR.LETTER);
    expect(Number(total[header.indexOf('personDays')])).toBe(FAIR.personDays);

    // The printable report of the same period, laid out on A4 without the console's frame.
    await byTest(page, 'operations-report-link').click();
    await page.waitForURL((url) => url.pathname === '/console/operations/report');
    const report = page.locator('[data-test="operations-report"][data-state="ready"]');
    await report.waitFor();
    await expect
      .poll(() => byTest(page, 'operations-report-volumes').locator('tfoot td').first().innerText())
      .toBe(String(FAIR.INBOUND_CALL + FAIR.OUTBOUND_CALL + FAIR.TICKET + FAIR.EMAIL + FAIR.LETTER));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.console-header').isVisible()).toBe(false);
    expect(await page.locator('.console-nav').isVisible()).toBe(false);
    expect(await byTest(page, 'operations-print').isVisible()).toBe(false);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    // A4 is 595 × 842 points (Chromium writes 594.96 × 841.92); its default, Letter, would be 612 × 792.
    expect(pdf.match(/\/MediaBox\s*\[[^\]]*\]/)?.[0]).toMatch(/\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/);
    await page.emulateMedia({ media: 'screen' });

    // In Persian: the period in the Persian calendar, figures in Persian digits.
    await byTest(page, 'operations-report-back').click();
    await page.locator('[data-test="operations-page"][data-state="ready"]').waitFor();
    await page.getByLabel('Language').selectOption('fa');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expect.poll(() => byTest(page, 'operations-from-shown').innerText()).toMatch(/۱۴۰[۰-۹]/);
    await expect
      .poll(() => received(page, 'INBOUND_CALL'))
      .toBe(String(FAIR.INBOUND_CALL).replace(/\d/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)]!));
    await page.screenshot({ path: await testOutputPath('operations-dashboard-fa.png'), fullPage: true });

    expect(problems.messages).toEqual([]);
    expect(journey.apiErrors()).toEqual([]);
  }, 240_000);
});
