import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApiProcess, type ApiProcess } from './api-process';
import { requireBuiltApps } from './built-apps';
import { launchBrowser } from './launch-browser';
import { startLoopbackSmtpProcess, type LoopbackSmtpProcess } from './loopback-smtp-process';
import { watchPageProblems } from './page-problems';

// Tickets by mail, end to end: a customer's mail client sends through real SMTP to the api's
// mail listener (the address of the humanities department); the new ticket appears in the agent's
// console list without a reload; the agent opens it, replies with Ctrl+Enter and marks it solved;
// the reply reaches the customer's mailbox (a loopback SMTP server) with the ticket number in
// the subject and threading headers pointing at the customer's mail; the customer answers that
// reply, and the answer lands in the same ticket, live on the agent's open page, reopening it.

const AGENT = { username: 'sara', password: 'deskstream-agent' };
const CUSTOMER = { name: 'Maryam Hosseini', email: 'maryam.hosseini@example.ir' };
const DESK = 'help@deskstream.localhost';
const MAIL_FROM = 'Reference Desk <desk@library.example>';
const UI_TIMEOUT_MS = 20_000;
const SUBJECT = 'Interlibrary loan for a Hafez manuscript facsimile';
const FIRST_MESSAGE_ID = '<ill-request-1@mail.example.ir>';

let dataDir: string;
let smtpIn: number;
let sink: LoopbackSmtpProcess;
let api: ApiProcess;
let browser: Browser;
let context: BrowserContext | undefined;

/** A port nobody listens on right now, for the api's mail listener. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  requireBuiltApps();
  dataDir = await mkdtemp(join(tmpdir(), 'deskstream-e2e-ticket-mail-'));
  [sink, browser, smtpIn] = await Promise.all([startLoopbackSmtpProcess(), launchBrowser(), freePort()]);
  api = await startApiProcess({
    dataDir,
    env: { SMTP_URL: sink.url, MAIL_FROM, SMTP_IN_PORT: String(smtpIn) },
  });
  // The listener starts once the api is ready; the customer's first mail waits for it.
  await vi.waitFor(() => expect(api.output()).toMatch(/"msg":"listening for mail"/), {
    timeout: 30_000,
    interval: 100,
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await api?.stop();
  await sink?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The customer's mail client: plain SMTP to the desk's listener on loopback. */
async function customerSends(mail: {
  subject: string;
  text: string;
  messageId: string;
  inReplyTo?: string;
  references?: string[];
}) {
  const transport = createTransport({ host: '127.0.0.1', port: smtpIn, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({ from: `${CUSTOMER.name} <${CUSTOMER.email}>`, to: DESK, ...mail });
  } finally {
    transport.close();
  }
}

const byTest = (scope: Page | Locator, name: string) => scope.locator(`[data-test="${name}"]`);

describe('a ticket by mail', () => {
  it('appears live in the console, is answered with threading headers, and reopens when the customer replies', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    context.setDefaultTimeout(UI_TIMEOUT_MS);
    const page = await context.newPage();
    const problems = watchPageProblems(page);

    // The agent signs in and watches their departments' tickets.
    await page.goto(`${api.url}/console/`);
    await page.waitForURL(/\/console\/sign-in$/);
    await page.getByLabel('Username').fill(AGENT.username);
    await page.getByLabel('Password').fill(AGENT.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
    await page.goto(`${api.url}/console/tickets?view=MY_DEPARTMENTS`);
    await byTest(page, 'tickets-page').waitFor();
    await page.locator('[data-test="ticket-row"], [data-test="tickets-empty"]').first().waitFor();
    await page.getByText('Live', { exact: true }).waitFor();

    // The customer writes; the ticket appears in the open list without a reload.
    await customerSends({
      subject: SUBJECT,
      text: 'Could the library borrow the 1971 facsimile of the Hafez manuscript for me?',
      messageId: FIRST_MESSAGE_ID,
    });
    const row = page.locator('[data-test="ticket-row"]', { hasText: SUBJECT });
    await row.waitFor();
    const number = Number(await row.getAttribute('data-ticket-number'));
    expect(number).toBeGreaterThan(0);

    // The agent opens it: the customer's mail is the first message of its timeline.
    await byTest(row, 'ticket-link').click();
    await page.waitForURL(new RegExp(`/console/tickets/${number}$`));
    const messages = page.locator('[data-test="ticket-entry"][data-kind="MESSAGE"]');
    await expect.poll(() => messages.count()).toBe(1);
    await expect(messages.first().textContent()).resolves.toContain('1971 facsimile');

    // `r` goes to the reply; it is sent with Ctrl+Enter and leaves the ticket solved.
    await page.keyboard.press('r');
    const composer = byTest(page, 'ticket-composer-text');
    await expect.poll(() => composer.evaluate((field) => field === document.activeElement)).toBe(true);
    await byTest(page, 'ticket-reply-status').selectOption('SOLVED');
    await composer.focus();
    await composer.fill(
      'We have requested the facsimile from the national library; it should arrive within two weeks.',
    );
    await composer.press('Control+Enter');
    await page.locator('[data-test="ticket-entry"][data-kind="REPLY"]').waitFor();
    await expect.poll(() => byTest(page, 'ticket-page-status').textContent()).toBe('Solved');

    // The reply reaches the customer, numbered and threaded to their mail.
    // Whoever writes in by mail first gets the receipt with the number and the secret link.
    const receipt = await sink.waitForMail(
      (mail) => mail.subject.includes(`[#${number}]`) && mail.text.includes('/tickets/t/'),
      30_000,
    );
    expect(receipt.to).toEqual([CUSTOMER.email]);
    const reply = await sink.waitForMail(
      (mail) => mail.subject.includes(`[#${number}]`) && (mail.messageId ?? '').startsWith(`<ticket-${number}.`),
      30_000,
    );
    expect(reply.to).toEqual([CUSTOMER.email]);
    expect(reply.subject).toContain(SUBJECT);
    expect(reply.text).toContain('national library');
    expect(reply.messageId).toMatch(new RegExp(`^<ticket-${number}\\.`));
    expect(reply.inReplyTo).toBe(FIRST_MESSAGE_ID);
    expect(reply.references).toContain(FIRST_MESSAGE_ID);

    // The customer answers the reply from their mail client: same ticket, reopened, live on the page.
    await customerSends({
      subject: `Re: ${reply.subject}`,
      text: 'Thank you! Could I also borrow the 1988 commentary?',
      messageId: '<ill-request-2@mail.example.ir>',
      inReplyTo: reply.messageId!,
      references: [FIRST_MESSAGE_ID, reply.messageId!],
    });
    await expect.poll(() => messages.count(), { timeout: UI_TIMEOUT_MS }).toBe(2);
    await expect(messages.nth(1).textContent()).resolves.toContain('1988 commentary');
    await expect.poll(() => byTest(page, 'ticket-page-status').textContent()).toBe('Open');

    expect(problems.messages).toEqual([]);
    expect(
      api
        .output()
        .split('\n')
        .filter((line) => /"level":(50|60)\b/.test(line)),
    ).toEqual([]);
  });
});
