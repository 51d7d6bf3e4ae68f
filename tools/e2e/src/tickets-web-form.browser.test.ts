import { readFile } from 'node:fs/promises';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserJourney } from './browser-journey';
import { testOutputPath } from './test-output';

// The public side of tickets, end to end, against the real api with mail going to a real SMTP
// server on loopback. A customer finds the contact form from the portal's home, writes about an
// installer error, attaches the installer's log (uploaded with its progress) and sends it; the
// receipt shows the ticket number and the private link, and the same link arrives by mail. The
// customer opens the link in another browser (in Persian): their message and file are there. An
// agent answers through the api with a file of their own; the answer appears on the open page
// without a reload, and both files download as they were sent. The customer replies from the
// page, which reopens the ticket; once the agent closes it, the page says it takes no more
// replies.

// A supervisor works every department's tickets, whichever department the form offered first.
const AGENT = { username: 'yuki', password: 'deskstream-agent' };
const CUSTOMER = { name: 'Parisa Rahimi', email: 'parisa.rahimi@example.ir' };
const MAIL_FROM = 'Support <desk@publisher.example>';
const UI_TIMEOUT_MS = 20_000;
const LINK = /\/tickets\/t\/([A-Za-z0-9_-]{43})/;
const LOG = Buffer.from('MSI (s) (7C:48): Product: Noor -- Installation failed.\nError 1603.\n', 'utf8');
const PATCH = Buffer.from('Run setup.exe as administrator, then choose Repair.\n', 'utf8');

const journey = useBrowserJourney({
  dataDirPrefix: 'deskstream-e2e-tickets-',
  uiTimeoutMs: UI_TIMEOUT_MS,
  mailFrom: MAIL_FROM,
});

async function openPage(options: BrowserContextOptions) {
  return journey.openPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
}

const byTest = (scope: Page | Locator, name: string) => scope.locator(`[data-test="${name}"]`);

/** One GraphQL operation, as staff when a token is given; fails the test on any error. */
async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${journey.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

async function signIn(who: { username: string; password: string }): Promise<string> {
  const { signIn: session } = await graphql<{ signIn: { token: string } }>(
    'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
    { u: who.username, p: who.password },
  );
  return session.token;
}

let commandCount = 0;
const commandId = () => `00000000-0000-4000-9000-${String(++commandCount).padStart(12, '0')}`;

/** A file uploaded as staff, as the console does; answers its hash. */
async function uploadAsStaff(token: string, name: string, content: Buffer): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type: 'text/plain' }), name);
  const response = await fetch(`${journey.api.url}/api/tickets/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  const [stored] = (await response.json()) as { hash: string }[];
  return stored!.hash;
}

/** Clicks a download link and answers the bytes that arrived. */
async function download(page: Page, link: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  return readFile(path!);
}

describe('a request through the web form, followed by its private link', () => {
  it('sends the form with a file, shows the receipt, follows the answer live, replies, and refuses replies once closed', async () => {
    // The customer finds the form from the home page and sends it with the installer's log.
    const { page: form, problems: formProblems } = await openPage({ locale: 'en-US' });
    await form.goto(`${journey.api.url}/`);
    await byTest(form, 'home-ticket-link').click();
    await form.waitForURL(/\/tickets\/new$/);
    await byTest(form, 'ticket-form').waitFor();
    const department = byTest(form, 'ticket-form-department');
    const departmentId = await department.locator('option:not([disabled])').first().getAttribute('value');
    await department.selectOption(departmentId!);
    // The requester type is asked only where the desk distinguishes several.
    const requesterType = byTest(form, 'ticket-form-requester-type');
    if ((await requesterType.count()) > 0)
      await requesterType.selectOption(
        (await requesterType.locator('option:not([disabled])').first().getAttribute('value'))!,
      );
    await byTest(form, 'ticket-form-product').fill('Noor');
    await byTest(form, 'ticket-form-version').fill('2.4');
    await byTest(form, 'ticket-form-subject').fill('Error 1603 while installing');
    await byTest(form, 'ticket-form-text').fill('The installer stops with error 1603 at the end. The log is attached.');
    await byTest(form, 'ticket-form-name').fill(CUSTOMER.name);
    await byTest(form, 'ticket-form-email').fill(CUSTOMER.email);
    // The department may ask more: any required field of its own gets a value.
    for (const required of await byTest(form, 'ticket-form-fields').locator('input[required]').all())
      await required.fill((await required.getAttribute('type')) === 'date' ? '2026-12-01' : '1');
    await byTest(form, 'ticket-form-attachments-input').setInputFiles({
      name: 'install.log',
      mimeType: 'text/plain',
      buffer: LOG,
    });
    await form.locator('[data-test="ticket-form-attachments-file"][data-state="uploaded"]').waitFor();
    await byTest(form, 'ticket-form-submit').click();

    const receipt = byTest(form, 'ticket-receipt-number');
    await receipt.waitFor();
    const number = Number(await receipt.getAttribute('data-number'));
    expect(number).toBeGreaterThan(0);
    await expect(receipt.textContent()).resolves.toContain(String(number));
    const link = await byTest(form, 'ticket-receipt-link').inputValue();
    const token = LINK.exec(link)![1]!;
    await expect(byTest(form, 'ticket-receipt-mailed').textContent()).resolves.toContain(CUSTOMER.email);

    // The same link arrives by mail, in the customer's language, with the number in the subject.
    const mail = await journey.smtp.waitForMail((arrived) => arrived.to.includes(CUSTOMER.email), 30_000);
    expect(mail.subject).toContain(`[#${number}]`);
    expect(mail.text).toContain(`/tickets/t/${token}`);

    // The customer opens the link in another browser, in Persian: their message and file are there.
    const { page: link1, problems: linkProblems } = await openPage({ locale: 'fa-IR' });
    await link1.goto(`${journey.api.url}/tickets/t/${token}`);
    const heading = byTest(link1, 'ticket-link-heading');
    await heading.waitFor();
    expect(await link1.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await heading.getAttribute('data-number')).toBe(String(number));
    expect(await heading.textContent()).toMatch(/[۰-۹]/);
    const entries = byTest(link1, 'ticket-entry');
    await entries.first().waitFor();
    await expect(byTest(link1, 'ticket-link-status').getAttribute('data-status')).resolves.toBe('NEW');
    const ownFile = link1.locator('[data-test="ticket-attachment-download"]').first();
    expect(await download(link1, ownFile)).toEqual(LOG);

    // An agent answers through the api with a file; the page shows it without a reload.
    const agentToken = await signIn(AGENT);
    const { ticket } = await graphql<{ ticket: { id: string } }>(
      'query ($n: Int) { ticket(number: $n) { id } }',
      { n: number },
      agentToken,
    );
    const patchHash = await uploadAsStaff(agentToken, 'repair.txt', PATCH);
    await graphql(
      'mutation ($t: ID!, $text: String!, $a: [ID!], $id: ID!) { replyToTicket(ticketId: $t, text: $text, attachments: $a, commandId: $id) { id } }',
      {
        t: ticket.id,
        text: 'Please run the installer as administrator and choose Repair.',
        a: [patchHash],
        id: commandId(),
      },
      agentToken,
    );
    const reply = link1.locator('[data-test="ticket-entry"][data-kind="REPLY"]');
    await reply.waitFor();
    await expect(reply.textContent()).resolves.toContain('Repair');
    await link1.locator('[data-test="ticket-link-status"][data-status="WAITING_FOR_CUSTOMER"]').waitFor();
    expect(await download(link1, reply.locator('[data-test="ticket-attachment-download"]'))).toEqual(PATCH);

    // The customer replies from the page: the ticket is theirs to answer again, and the desk sees it open.
    await byTest(link1, 'ticket-reply-text').fill('Repair worked, thank you!');
    await byTest(link1, 'ticket-reply-send').click();
    await byTest(link1, 'ticket-reply-sent').waitFor();
    await link1.locator('[data-test="ticket-link-status"][data-status="OPEN"]').waitFor();
    await expect(link1.locator('[data-test="ticket-entry"][data-kind="MESSAGE"]').count()).resolves.toBe(2);

    // Closed by the agent: the page follows, and takes no more replies.
    await graphql(
      'mutation ($t: ID!, $id: ID!) { changeTicketStatus(ticketId: $t, status: CLOSED, commandId: $id) { id } }',
      { t: ticket.id, id: commandId() },
      agentToken,
    );
    await byTest(link1, 'ticket-reply-closed').waitFor();
    await link1.screenshot({ path: await testOutputPath('tickets-web-form-link-fa.png'), fullPage: true });

    // A link that leads nowhere says so, and nothing on the pages went red.
    const { page: stranger } = await openPage({ locale: 'en-US' });
    await stranger.goto(`${journey.api.url}/tickets/t/${'x'.repeat(43)}`);
    await byTest(stranger, 'ticket-link-not-found').waitFor();
    expect(formProblems.messages).toEqual([]);
    expect(linkProblems.messages).toEqual([]);
  }, 180_000);
});
