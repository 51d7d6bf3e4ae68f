import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserJourney } from './browser-journey';
import { testOutputPath } from './test-output';

// Calls, end to end: the PBX posts Zammad's generic CTI events to the api's webhook (with the token
// the admin reads on the telephony settings page). A call from a recorded customer's number makes
// the agent's console ring, on whatever page it is, with the customer named; the agent takes it,
// writes a note while it goes on, and once the PBX reports the hangup wraps it up into a new ticket,
// which exists with the call's notes. Then a caller hangs up before anyone answers: the missed call
// joins the callback queue, where the agent takes it, records the callback and marks it done.

const AGENT = { username: 'sara', password: 'deskstream-agent' };
const ADMIN = { username: 'admin', password: 'deskstream-admin' };
/** Verlag Nord's number in the demo's customer records, as a PBX sends it (no plus). */
const KNOWN_NUMBER = '493055571600';
const UNKNOWN_NUMBER = '+49 30 9018 2000';
const DESK_NUMBER = '4930123456';
const NOTE = 'Their reader shows error 1603 after the 2.2 update';
const SUBJECT = 'Reader update fails with error 1603';

const journey = useBrowserJourney({ dataDirPrefix: 'deskstream-e2e-calls-', uiTimeoutMs: 20_000 });

/** The admin's telephony page: the webhook's token, shown on request. */
async function ctiToken(): Promise<string> {
  const { page, problems } = await journey.openPage({ locale: 'en-US' });
  await journey.signInToConsole(page, ADMIN);
  await page.goto(`${journey.api.url}/console/calls/settings`);
  await page.locator('[data-test="cti-show"]').click();
  const token = (await page.locator('[data-test="cti-token"]').innerText()).trim();
  expect(token).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
  expect(await page.locator('[data-test="cti-webhook-url"]').innerText()).toContain(`/api/v1/cti/${token}`);
  expect(problems.messages).toEqual([]);
  return token;
}

/** The PBX: one CTI event, form-encoded as Zammad's generic CTI receives it. */
async function pbx(token: string, fields: Record<string, string>): Promise<void> {
  const response = await fetch(`${journey.api.url}/api/v1/cti/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

const ringing = (page: Page) => page.locator('[data-test="call-ring"]');

describe('calls from the PBX in the console', () => {
  it('rings with the identified caller, is taken, noted and wrapped up into a ticket; a missed call is called back', async () => {
    const token = await ctiToken();
    const { page, problems } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(page, AGENT);
    // The ringing banner is in the frame: it rings on the chat desk, the agent's start page.
    await page.locator('[data-test="nav-calls"]').waitFor();

    // A wrong token is refused and rings nothing.
    const forged = await fetch(`${journey.api.url}/api/v1/cti/not-the-token-at-all`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'event=newCall&direction=in&callId=forged&from=493055571600&to=4930123456',
    });
    expect(forged.status).toBe(401);

    const call = { callId: `e2e-known-${Date.now()}`, direction: 'in', from: KNOWN_NUMBER, to: DESK_NUMBER };
    await pbx(token, { event: 'newCall', ...call });
    await ringing(page).waitFor();
    await expect.poll(() => ringing(page).locator('[data-test="caller-name"]').innerText()).toBe('Verlag Nord');
    const callId = await ringing(page).getAttribute('data-call-id');
    await page.screenshot({ path: await testOutputPath('calls-ringing-en.png') });

    await ringing(page).locator('[data-test="call-ring-take"]').click();
    await page.waitForURL(`**/console/calls/${callId}`);
    await page.locator('[data-test="call-taken-by"]').filter({ hasText: 'Sara Ahmadi' }).waitFor();
    await pbx(token, { event: 'answer', ...call, answeringNumber: DESK_NUMBER });

    const note = page.locator('[data-test="call-note-input"]');
    await note.fill(NOTE);
    await note.press('Control+Enter');
    await page.locator('[data-test="call-note"]').filter({ hasText: NOTE }).waitFor();
    await page.locator('[data-test="call-wrap-up-waits"]').waitFor();

    await pbx(token, { event: 'hangup', ...call, cause: 'normalClearing' });
    await page.locator('[data-test="call-page"][data-call-state="ENDED"]').waitFor();
    await page.locator('[data-test="call-wrap-topic"]').fill('Reader update');
    const requesterType = page.locator('[data-test="call-wrap-requester-type"]');
    if (await requesterType.count()) await requesterType.selectOption({ index: 1 });
    await page.locator('[data-test="call-wrap-ticket-open"]').check();
    await page.locator('[data-test="call-wrap-subject"]').fill(SUBJECT);
    await page.locator('[data-test="call-wrap-submit"]').click();

    const ticketLink = page.locator('[data-test="call-ticket-link"]');
    await ticketLink.waitFor();
    await ticketLink.click();
    await page.waitForURL(/\/console\/tickets\/\d+$/);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: SUBJECT }).waitFor();
    await page.locator('[data-test="ticket-timeline"]').filter({ hasText: NOTE }).waitFor();

    // A caller hangs up before anyone answers: the console rang, and the call waits for a callback.
    const missed = { callId: `e2e-missed-${Date.now()}`, direction: 'in', from: UNKNOWN_NUMBER, to: DESK_NUMBER };
    await pbx(token, { event: 'newCall', ...missed });
    await ringing(page).locator('[data-test="caller-name"]').filter({ hasText: 'Unknown caller' }).waitFor();
    await pbx(token, { event: 'hangup', ...missed, cause: 'noAnswer' });
    await ringing(page).waitFor({ state: 'detached' });

    await page.goto(`${journey.api.url}/console/calls/callbacks`);
    const callback = page.locator('[data-test="callback"]').filter({ hasText: UNKNOWN_NUMBER });
    await callback.waitFor();
    await callback.locator('[data-test="callback-assign-me"]').click();
    await callback.locator('[data-test="callback-assignee"]').filter({ hasText: 'Sara Ahmadi' }).waitFor();
    await callback.locator('[data-test="callback-attempt-outcome"]').selectOption('REACHED');
    await callback.locator('[data-test="callback-attempt-note"]').fill('Called back, will send the invoice');
    await callback.locator('[data-test="callback-attempt-save"]').click();
    await callback.locator('[data-test="callback-attempt"][data-outcome="REACHED"]').waitFor();
    await callback.locator('[data-test="callback-done"]').click();
    await callback.waitFor({ state: 'detached' });

    expect(problems.messages).toEqual([]);
    expect(journey.apiErrors()).toEqual([]);
  }, 180_000);
});
