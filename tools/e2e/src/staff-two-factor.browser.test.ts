import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { useBrowserJourney } from './browser-journey';

// A staff member turns on two-factor sign-in in the console: scans (here: reads) the key, confirms
// it with a first code from the app (here: computed from the key, as an authenticator app does),
// keeps the recovery codes, signs out, and signs in again with password and code. A wrong code
// is refused; a code of the time step already used is never accepted twice, so the journey waits
// for the app's next code before signing in.

const MINH = { username: 'minh', password: 'deskstream-agent' };
const PERIOD_MS = 30_000;

const journey = useBrowserJourney({ dataDirPrefix: 'deskstream-e2e-two-factor-', uiTimeoutMs: 15_000 });

const totpOf = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
const stepAt = (ms: number) => Math.floor(ms / PERIOD_MS);

/** Waits (at most one period) until the app's code belongs to a later time step than `step`. */
async function nextStepAfter(step: number): Promise<void> {
  while (stepAt(Date.now()) <= step) await new Promise((resolve) => setTimeout(resolve, 250));
}

describe('staff two-factor sign-in', () => {
  it('enrols with the key from the QR code, then signs in with password and code; a wrong code is refused', async () => {
    const { page, problems } = await journey.openPage({ locale: 'en-US' });
    await journey.signInToConsole(page, MINH);

    await page.getByRole('button', { name: 'Profile and settings' }).click();
    await page.getByRole('link', { name: 'Security and sessions' }).click();
    await page.waitForURL(/\/console\/security$/);
    await page.locator('[data-test="security-session"][data-current="true"]').waitFor();

    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    const secret = (await page.locator('[data-test="security-two-factor-secret"]').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    const totp = totpOf(secret);
    const enrolledAt = Date.now();
    await page.getByLabel('Code from the app').fill(totp.generate({ timestamp: enrolledAt }));
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    const recovery = page.locator('[data-test="security-recovery-codes"] li');
    await recovery.first().waitFor();
    expect(await recovery.count()).toBe(10);
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.locator('[data-test="security-two-factor-state"][data-enabled="true"]').waitFor();

    await page.getByRole('button', { name: 'Profile and settings' }).click();
    await page.getByRole('group', { name: 'Profile and settings' }).getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/console\/sign-in/);

    await page.getByLabel('Username').fill(MINH.username);
    await page.getByLabel('Password').fill(MINH.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();

    // A code that is not the app's for any step around now.
    const around = [-1, 0, 1].map((offset) => totp.generate({ timestamp: Date.now() + offset * PERIOD_MS }));
    const wrong = ['000000', '111111', '222222', '333333'].find((code) => !around.includes(code))!;
    await page.getByLabel('Code', { exact: true }).fill(wrong);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('That code is not correct');
    expect(page.url()).toMatch(/\/console\/sign-in/);

    await nextStepAfter(stepAt(enrolledAt));
    await page.getByLabel('Code', { exact: true }).fill(totp.generate({ timestamp: Date.now() }));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/console/') && !url.pathname.endsWith('/sign-in'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    await page.goto(`${journey.api.url}/console/security`);
    const current = page.locator('[data-test="security-session"][data-current="true"]');
    await current.waitFor();
    expect(await current.textContent()).toContain('Password and code');
    expect(problems.messages).toEqual([]);
    expect(journey.apiErrors()).toEqual([]);
  }, 120_000);
});
