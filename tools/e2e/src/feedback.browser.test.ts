import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserJourney } from './browser-journey';
import type { ArrivedMail } from './loopback-smtp-process';
import { testOutputPath } from './test-output';

// Feedback to the product team and back, end to end: a visitor reports a bug in a chat (in
// Persian, leaving an email) and a customer reports it on a web-form ticket (in English). The agent
// marks the chat message and the ticket message as feedback, groups both into one bug topic (the
// second by the topic the console suggests from text similarity, confirmed by the agent), and
// forwards it to the team that owns the product. Pouya of that team finds it in the inbox and
// answers "fixed in 2.1"; the visitor gets a mail (at the loopback SMTP server) and the customer a
// reply on their ticket (mailed to them too), each recorded as delivered; the report shows the topic with a chart.

const AGENT = { username: 'sara', password: 'deskstream-agent' };
const PRODUCT_MEMBER = { username: 'pouya', password: 'deskstream-product' };
const MAIL_FROM = 'Noor Support <support@noor.example>';
const UI_TIMEOUT_MS = 20_000;
const PRODUCT = 'noor-desk';
const RUN = randomBytes(3).toString('hex');
const VISITOR = { name: 'Reza Karimi', email: `reza.${RUN}@example.org` };
const CUSTOMER = { name: 'Hannah Vogel', email: `hannah.${RUN}@example.org` };
const CHAT_TEXT = `خروجی PDF در پیشخوان نور با خطای E-4127 بسته می‌شود (${RUN})`;
const TICKET_TEXT = `PDF export in Noor Desk crashes with error E-4127 every time (${RUN}).`;
const TOPIC_TITLE = `PDF export crashes with E-4127 (${RUN})`;
const NOTE = `Update to 2.1 from the website (${RUN}).`;

const journey = useBrowserJourney({
  dataDirPrefix: 'deskstream-e2e-feedback-',
  uiTimeoutMs: UI_TIMEOUT_MS,
  mailFrom: MAIL_FROM,
});

const byTest = (scope: Page | Locator, name: string) => scope.locator(`[data-test="${name}"]`);

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${journey.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

/** The customer's ticket through the public form, answered by email; its number. */
async function customerWritesTicket(): Promise<number> {
  const { publicTicketForm } = await graphql<{
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
  const department =
    publicTicketForm.departments.find((each) => each.department.id === 'humanities') ??
    publicTicketForm.departments[0]!;
  const fields = department.fields
    .filter((field) => field.required)
    .map((field) => ({
      key: field.key,
      value: field.kind === 'SELECT' ? field.options[0] : field.kind === 'DATE' ? '2026-12-01' : '1',
    }));
  const { submitTicket } = await graphql<{ submitTicket: { number: number } }>(
    'mutation ($input: SubmitTicketInput!, $id: ID!) { submitTicket(input: $input, commandId: $id) { number } }',
    {
      id: `e2e-feedback-ticket-${RUN}`,
      input: {
        departmentId: department.department.id,
        fields,
        requesterType: publicTicketForm.requesterTypes[0]?.key ?? 'customer',
        subject: `PDF export crashes (${RUN})`,
        text: TICKET_TEXT,
        product: PRODUCT,
        version: '2.0',
        requester: { ...CUSTOMER, phone: null, language: 'en', contactMethod: 'EMAIL' },
        linkToken: randomBytes(32).toString('base64url'),
      },
    },
  );
  return submitTicket.number;
}

/** Opens the "mark as feedback" dialog on `entry`, classifies it as a bug of the product, and answers the item's id. */
async function markAsFeedback(page: Page, entry: Locator): Promise<string> {
  await byTest(entry, 'feedback-mark').click();
  const dialog = byTest(page, 'feedback-mark-dialog');
  await dialog.waitFor();
  await byTest(dialog, 'feedback-classify-product').selectOption(PRODUCT);
  await byTest(dialog, 'feedback-classify-kind').selectOption('BUG');
  await byTest(dialog, 'feedback-classify-severity').selectOption('HIGH');
  await byTest(dialog, 'feedback-mark-submit').click();
  const done = byTest(dialog, 'feedback-mark-done');
  await done.waitFor();
  const itemId = (await done.getAttribute('data-item-id'))!;
  await byTest(dialog, 'feedback-mark-close').click();
  await dialog.waitFor({ state: 'detached' });
  await byTest(entry, 'feedback-mark').and(page.locator('[data-state="captured"]')).waitFor();
  return itemId;
}

describe('feedback from a chat and a ticket, to the product team and back', () => {
  it('is marked, grouped into one bug topic, forwarded, answered "fixed in 2.1", delivered to both users and reported', async () => {
    const { page: desk, problems: deskProblems } = await journey.openPage({
      locale: 'en-US',
      viewport: { width: 1400, height: 1000 },
    });
    await journey.signInToConsole(desk, AGENT);
    const online = desk.getByRole('banner').getByRole('switch').first();
    await online.click();
    await expect.poll(() => online.getAttribute('aria-checked')).toBe('true');

    // The visitor asks in Persian, leaving an email; the agent accepts and marks the message.
    await graphql('mutation ($input: ChatRequestInput!) { requestChat(input: $input) { id } }', {
      input: {
        departmentId: 'law',
        name: VISITOR.name,
        email: VISITOR.email,
        question: CHAT_TEXT,
        visitorToken: randomBytes(32).toString('base64url'),
        locale: 'fa',
      },
    });
    const pending = byTest(desk, 'chat-pending-item').filter({ hasText: VISITOR.name });
    await byTest(pending, 'chat-accept').click();
    const visitorEntry = byTest(byTest(desk, 'chat-conversation'), 'chat-transcript-entry')
      .and(desk.locator('[data-author="visitor"]'))
      .filter({ hasText: 'E-4127' });
    const chatItem = await markAsFeedback(desk, visitorEntry);

    // The customer's ticket message, marked on the ticket page.
    const number = await customerWritesTicket();
    await desk.goto(`${journey.api.url}/console/tickets/${number}`);
    const message = byTest(desk, 'ticket-entry')
      .and(desk.locator('[data-kind="MESSAGE"]'))
      .filter({ hasText: 'E-4127' });
    const ticketItem = await markAsFeedback(desk, message);

    // Triage: the chat's item opens a new bug topic; the ticket's item is offered that topic and grouped into it.
    await desk.goto(`${journey.api.url}/console/feedback?item=${chatItem}`);
    const panel = byTest(desk, 'feedback-item').and(desk.locator(`[data-item-id="${chatItem}"]`));
    await expect.poll(() => byTest(panel, 'feedback-item-kind').innerText()).toContain('Bug');
    await byTest(panel, 'feedback-group-new-title').fill(TOPIC_TITLE);
    await byTest(panel, 'feedback-group-new').click();
    const grouped = byTest(panel, 'feedback-grouped');
    await grouped.waitFor();
    const topicId = (await grouped.getAttribute('data-topic-id'))!;

    await desk.goto(`${journey.api.url}/console/feedback?item=${ticketItem}`);
    const ticketPanel = byTest(desk, 'feedback-item').and(desk.locator(`[data-item-id="${ticketItem}"]`));
    const suggestion = byTest(ticketPanel, 'feedback-suggestion');
    await expect.poll(() => suggestion.getAttribute('data-topic-id')).toBe(topicId);
    expect(await byTest(suggestion, 'feedback-suggestion-title').innerText()).toBe(TOPIC_TITLE);
    await byTest(suggestion, 'feedback-group-suggested').click();
    await byTest(ticketPanel, 'feedback-grouped')
      .and(desk.locator(`[data-topic-id="${topicId}"]`))
      .waitFor();

    // The topic goes to the team that owns the product.
    await byTest(ticketPanel, 'feedback-grouped-open').click();
    await desk.waitForURL(`**/console/feedback/topics/${topicId}`);
    await expect.poll(() => byTest(desk, 'feedback-topic-item').count()).toBe(2);
    await byTest(desk, 'feedback-forward-submit').click();
    await byTest(desk, 'feedback-forwarded').waitFor();
    await desk.locator('[data-test="feedback-topic-page"][data-topic-state="FORWARDED"]').waitFor();

    // Pouya starts at the team's inbox, opens the topic and answers it.
    const { page: team, problems: teamProblems } = await journey.openPage({
      locale: 'en-US',
      viewport: { width: 1400, height: 1000 },
    });
    await journey.signInToConsole(team, PRODUCT_MEMBER);
    await team.waitForURL('**/console/feedback/inbox');
    const row = byTest(byTest(team, 'feedback-inbox-waiting'), 'feedback-topic-row').and(
      team.locator(`[data-topic-id="${topicId}"]`),
    );
    await byTest(row, 'feedback-topic-link').click();
    await team.waitForURL(`**/console/feedback/topics/${topicId}`);
    await byTest(team, 'feedback-answer-FIXED').check();
    await byTest(team, 'feedback-answer-version').fill('2.1');
    await byTest(team, 'feedback-answer-note').fill(NOTE);
    await byTest(team, 'feedback-answer-submit').click();
    await byTest(team, 'feedback-answer-sent').waitFor();
    await byTest(team, 'feedback-topic-answer')
      .and(team.locator('[data-status="FIXED"]'))
      .filter({ hasText: 'Fixed in 2.1' })
      .waitFor();

    // Both users hear back, each delivery recorded: the visitor by mail (in Persian), the customer on their ticket.
    const deliveries = desk.locator('[data-test="feedback-delivery"][data-delivered="true"]');
    await expect.poll(() => deliveries.count(), { timeout: 60_000 }).toBe(2);
    expect(await deliveries.evaluateAll((each) => each.map((one) => one.getAttribute('data-channel')).sort())).toEqual([
      'MAIL',
      'TICKET_REPLY',
    ]);
    const toVisitor = (each: ArrivedMail) => each.to.includes(VISITOR.email);
    const mail = await journey.smtp.waitForMail(toVisitor, 60_000).catch((error: Error) => {
      throw new Error(
        `${error.message}\n${journey.smtp.mails.map((each) => `${each.to.join()} ${each.subject}`).join('\n')}`,
      );
    });
    expect(mail.subject).toBe('دربارهٔ بازخورد شما');
    expect(mail.text).toContain('۲٫۱');
    expect(mail.text).toContain(NOTE);
    expect(mail.text).toContain(CHAT_TEXT);
    await desk.goto(`${journey.api.url}/console/tickets/${number}`);
    await byTest(desk, 'ticket-entry').and(desk.locator('[data-kind="REPLY"]')).filter({ hasText: NOTE }).waitFor();
    const reply = await journey.smtp.waitForMail(
      (each) => each.to.includes(CUSTOMER.email) && each.text.includes(NOTE),
      60_000,
    );
    expect(reply.text).toContain('fixed in version 2.1');

    // The report shows the topic, answered, beside its charts.
    await team.goto(`${journey.api.url}/console/feedback/report?topic=${topicId}`);
    await team.locator('[data-test="feedback-report"][data-state="ready"]').waitFor();
    const reported = byTest(team, 'report-topic').and(team.locator(`[data-topic-id="${topicId}"]`));
    await byTest(reported, 'report-topic-answer').and(team.locator('[data-status="FIXED"]')).waitFor();
    expect(await byTest(reported, 'report-topic-answer').innerText()).toContain('2.1');
    await team.locator('[data-test="report-figure-trend"] .figure-chart canvas').first().waitFor();
    await team.screenshot({ path: await testOutputPath('feedback-report-en.png') });

    expect(deskProblems.messages).toEqual([]);
    expect(teamProblems.messages).toEqual([]);
    expect(journey.apiErrors()).toEqual([]);
  }, 240_000);
});
