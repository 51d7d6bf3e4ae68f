import { randomBytes, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserJourney } from './browser-journey';
import { testOutputPath } from './test-output';

// Customers in the console, end to end against the real api. Through the api: a patron, Parisa,
// is recorded with her mobile number and email address, sends a ticket by the contact form giving
// her number, and asks Book a Librarian for a session by email; an older duplicate record of hers,
// with another address, has a ticket of its own. In the console an agent finds her by her number
// written another way, sees the ticket and the booking on her timeline, registers a product (a
// serial in the wrong format is refused in place first), merges the duplicate into her record and
// sees both histories on it — the duplicate's page then points to her — and exports her data as
// one JSON file.

const AGENT = { username: 'sara', password: 'deskstream-agent' };
const UI_TIMEOUT_MS = 45_000;
const PARISA = {
  name: 'Parisa Ahmadi',
  phone: '+98 912 555 0101',
  e164: '+989125550101',
  email: 'parisa.ahmadi@example.org',
};
const DUPLICATE = { name: 'P. Ahmadi', email: 'p.ahmadi@example.net' };
const SERIALS = { device: 'ND-4411-2290-7781', activation: 'NR-7K2Q-M4XP-55ZZ' };

const journey = useBrowserJourney({ dataDirPrefix: 'deskstream-e2e-customers-', uiTimeoutMs: UI_TIMEOUT_MS });

const byTest = (scope: Page | Locator, name: string) => scope.locator(`[data-test="${name}"]`);

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

async function recordCustomer(token: string, input: Record<string, unknown>): Promise<string> {
  const { recordCustomer } = await graphql<{ recordCustomer: { id: string } }>(
    'mutation ($input: CustomerInput!, $id: ID!) { recordCustomer(input: $input, commandId: $id) { id } }',
    { input: { kind: 'PERSON', language: 'en', ...input }, id: randomUUID() },
    token,
  );
  return recordCustomer.id;
}

/** A ticket through the public contact form, from the given requester. */
async function sendTicket(subject: string, requester: Record<string, unknown>): Promise<number> {
  const { publicTicketForm: form } = await graphql<{
    publicTicketForm: {
      departments: {
        department: { id: string };
        fields: { key: string; kind: string; options: string[]; required: boolean }[];
      }[];
      requesterTypes: { key: string }[];
    };
  }>(
    '{ publicTicketForm { departments { department { id } fields { key kind options required } } requesterTypes { key } } }',
    {},
  );
  const department = form.departments[0]!;
  const fields = department.fields
    .filter((field) => field.required)
    .map((field) => ({
      key: field.key,
      value: field.kind === 'SELECT' ? field.options[0] : field.kind === 'DATE' ? '2026-12-01' : '1',
    }));
  const { submitTicket } = await graphql<{ submitTicket: { number: number } }>(
    'mutation ($input: SubmitTicketInput!, $id: ID!) { submitTicket(input: $input, commandId: $id) { number } }',
    {
      id: randomUUID(),
      input: {
        departmentId: department.department.id,
        fields,
        requesterType: form.requesterTypes[0]?.key ?? 'customer',
        subject,
        text: `${subject}. Could you help?`,
        requester: { language: 'en', email: null, phone: null, ...requester },
        linkToken: randomBytes(32).toString('base64url'),
      },
    },
  );
  return submitTicket.number;
}

/** A Book a Librarian request by email, without a time (a librarian picks it up). */
async function askForSession(email: string): Promise<void> {
  const { bookingBranches, bookingTopics } = await graphql<{
    bookingBranches: { id: string; modes: string[] }[];
    bookingTopics: { id: string }[];
  }>('{ bookingBranches { id modes } bookingTopics { id } }', {});
  const branch = bookingBranches[0]!;
  await graphql('mutation ($input: BookSessionInput!) { bookSession(input: $input) { status } }', {
    input: {
      topicId: bookingTopics[0]!.id,
      preferredBranchId: branch.id,
      mode: branch.modes[0],
      details: 'Help with my family’s records',
      name: PARISA.name,
      email,
      locale: 'en',
      preferredTimes: 'Weekday mornings',
      linkToken: randomBytes(32).toString('base64url'),
      commandId: randomUUID(),
    },
  });
}

/** Waits until the api's timeline of a customer holds at least `count` entries (the projection is asynchronous). */
async function timelineHolds(token: string, id: string, count: number): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT_MS;
  for (;;) {
    const { customer } = await graphql<{ customer: { timeline: { totalCount: number } } }>(
      'query ($id: ID!) { customer(id: $id) { timeline(first: 1) { totalCount } } }',
      { id },
      token,
    );
    if (customer.timeline.totalCount >= count) return;
    if (Date.now() > deadline) throw new Error(`the timeline of ${id} holds ${customer.timeline.totalCount} entries`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for the timeline on the page to show `count` entries of `kind`, reading it again while it has fewer. */
async function timelineShows(page: Page, kind: string, count: number): Promise<void> {
  const entries = page.locator(`[data-test="customer-timeline-entry"][data-kind="${kind}"]`);
  const deadline = Date.now() + UI_TIMEOUT_MS;
  while ((await entries.count()) < count) {
    if (Date.now() > deadline) throw new Error(`the timeline shows fewer than ${count} ${kind} entries`);
    // Read again through the filter: everything, then the page's own reading.
    await byTest(page, 'customer-timeline-filter').selectOption(kind);
    await byTest(page, 'customer-timeline-filter').selectOption('');
    await page.locator('[data-test="customer-timeline"][data-state="ready"]').waitFor();
  }
}

describe('customers in the console', () => {
  it('finds a customer by a differently written number, registers a product, merges a duplicate and exports JSON', async () => {
    const { signIn } = await graphql<{ signIn: { token: string } }>(
      'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
      { u: AGENT.username, p: AGENT.password },
    );
    const token = signIn.token;
    const parisaId = await recordCustomer(token, {
      name: PARISA.name,
      phones: [PARISA.phone],
      emails: [PARISA.email],
      preferredContact: 'PHONE',
    });
    const duplicateId = await recordCustomer(token, {
      name: DUPLICATE.name,
      emails: [DUPLICATE.email],
      preferredContact: 'EMAIL',
    });
    const parisaTicket = await sendTicket('The reader will not start', {
      name: PARISA.name,
      phone: PARISA.phone,
      contactMethod: 'PHONE',
    });
    await askForSession(PARISA.email);
    const duplicateTicket = await sendTicket('A question about my order', {
      name: DUPLICATE.name,
      email: DUPLICATE.email,
      contactMethod: 'EMAIL',
    });
    await timelineHolds(token, parisaId, 2);
    await timelineHolds(token, duplicateId, 1);

    const { page, problems } = await journey.openPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    await journey.signInToConsole(page, AGENT);
    await page.goto(`${journey.api.url}/console/customers`);
    await byTest(page, 'customers-search-input').fill('0098 (912) 555-0101');
    await byTest(page, 'customers-search-input').press('Enter');
    const hit = page.locator(`[data-test="customer-hit"][data-customer-id="${parisaId}"]`);
    await hit.waitFor();
    expect(await page.locator('[data-test="customer-hit"]').count()).toBe(1);
    await hit.getByRole('link', { name: PARISA.name }).click();

    await page.waitForURL(`**/console/customers/${parisaId}`);
    await expect.poll(() => byTest(page, 'customer-name').textContent()).toBe(PARISA.name);
    await timelineShows(page, 'TICKET', 1);
    await timelineShows(page, 'BOOKING', 1);
    const ticketLink = page.locator('[data-test="customer-timeline-entry"][data-kind="TICKET"] a');
    expect(await ticketLink.getAttribute('href')).toBe(`/console/tickets/${parisaTicket}`);
    expect(await byTest(page, 'customer-contact').filter({ hasText: '+98 912 555 0101' }).count()).toBe(1);

    await byTest(page, 'customer-register-open').click();
    await byTest(page, 'register-product').selectOption('noor-desk');
    await byTest(page, 'register-device').fill('ND-44-22');
    await expect.poll(() => byTest(page, 'register-device-error').textContent()).toContain('Does not match');
    await byTest(page, 'register-device').fill(SERIALS.device);
    await byTest(page, 'register-activation').fill(SERIALS.activation);
    expect((await byTest(page, 'register-device-error').textContent())?.trim()).toBe('');
    await byTest(page, 'register-submit').click();
    await byTest(page, 'customer-registration-device').filter({ hasText: SERIALS.device }).waitFor();
    await timelineShows(page, 'REGISTRATION', 1);

    await byTest(page, 'customer-merge').click();
    await byTest(page, 'customer-merge-search').fill(DUPLICATE.email);
    await byTest(page, 'customer-merge-find').click();
    await page
      .locator(`[data-test="customer-merge-hit"][data-customer-id="${duplicateId}"] [data-test="customer-merge-pick"]`)
      .click();
    await byTest(page, 'customer-merge-confirm').click();
    await byTest(page, 'customer-merge-dialog').waitFor({ state: 'detached' });
    await page.locator(`[data-test="customer-contact"][data-value="${DUPLICATE.email}"]`).waitFor();
    await timelineShows(page, 'TICKET', 2);
    const tickets = await page
      .locator('[data-test="customer-timeline-entry"][data-kind="TICKET"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(tickets.sort()).toEqual([`/console/tickets/${parisaTicket}`, `/console/tickets/${duplicateTicket}`].sort());
    await page.screenshot({ path: await testOutputPath('customer-merged-en.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), byTest(page, 'customer-export').click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as unknown;
    const text = JSON.stringify(exported);
    expect(text).toContain(PARISA.name);
    expect(text).toContain(PARISA.e164);
    expect(text).toContain(SERIALS.device);
    expect(download.suggestedFilename()).toMatch(/\.json$/);

    await page.goto(`${journey.api.url}/console/customers/${duplicateId}`);
    await byTest(page, 'customer-merged-into').waitFor();
    await byTest(page, 'customer-survivor-link').click();
    await page.waitForURL(`**/console/customers/${parisaId}`);
    await byTest(page, 'customer-name').filter({ hasText: PARISA.name }).waitFor();

    expect(problems.messages).toEqual([]);
    expect(journey.apiErrors()).toEqual([]);
  }, 300_000);
});
