/**
 * Surveys through the api: a satisfaction survey mailed once after a ticket is solved, answered
 * from its secret link in the requester's language (a comment entering the triage queue as a
 * SURVEY_ANSWER item, the rating in the report's satisfaction); a product survey a product team
 * mails to the registered users of its product.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { EventStoreDBClient } from '@eventstore/db-client';
import { toEventData } from '@deskstream/event-sourcing';
import { invitationIdFor, invitationMailId, satisfactionSurveyId } from '@deskstream/feedback-api';
import { startTestApi, type TestApi } from './testing/harness';

let api: TestApi;
let client: EventStoreDBClient;
let admin: string;
let pouya: string;

const OPEN = `mutation ($input: OpenTicketInput!, $c: ID!) { openTicket(input: $input, commandId: $c) { id revision } }`;
const STATUS = `mutation ($t: ID!, $s: TicketStatus!, $c: ID!) { changeTicketStatus(ticketId: $t, status: $s, commandId: $c) { id status } }`;
const INVITATION = `query ($t: String!) { surveyInvitation(token: $t) { kind question language answered rating comment product version } }`;
const ANSWER = `mutation ($t: String!, $r: Int!, $c: String) { answerSurvey(token: $t, rating: $r, comment: $c) { answered rating comment } }`;
const SEND = `mutation ($i: SendProductSurveyInput!) { sendProductSurvey(input: $i) { id product version invitations answers } }`;
const SURVEYS = `query { productSurveys { id product invitations answers average } }`;
const ITEMS = `query ($f: FeedbackReportFilter) { feedbackReportItems(filter: $f, first: 50) {
  items { id text channel language source { kind surveyId invitationId ticketId } reporter { email } } } }`;
const SATISFACTION = `query ($f: FeedbackReportFilter) { feedbackReport(filter: $f) { satisfaction { answers distribution } } }`;

/** The mail queued under this id, once it is there (the mailer runs after the change reached the read models). */
async function mailOf(mailId: string): Promise<{ to: string; subject: string; text: string }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    let mail: { to: string; subject: string; text: string } | undefined;
    try {
      for await (const resolved of client.readStream(`mail-${mailId}`, { maxCount: 1 }))
        mail = resolved.event!.data as typeof mail;
    } catch {
      // Not queued yet.
    }
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`the mail ${mailId} was never queued`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const PRODUCT = 'survey-test-atlas';
const TEAM = 'survey-test-team';
const POUYA = '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0005';

/** The product, a registered customer and the team that owns the product, as their contexts record them. */
async function givenAProductTeamWithAUser() {
  const at = '2026-01-01T00:00:00.000Z';
  const system = { kind: 'system' } as const;
  const write = async (stream: string, events: { type: string; data: unknown }[]) => {
    const metadata = { correlationId: 'test', causationId: 'test', actor: { kind: 'system', id: 'test' }, schema: 1 };
    const written = await client.appendToStream(
      stream,
      events.map((event) => toEventData(event, randomUUID(), metadata as never)),
    );
    return written.position!;
  };
  await write('product-catalogue', [
    {
      type: 'ProductDefined',
      data: {
        productKey: PRODUCT,
        name: 'Atlas',
        serialFormats: { deviceSerial: '####', activationSerial: '####' },
        at,
        by: system,
      },
    },
  ]);
  await write('customer-survey-test-mina', [
    {
      type: 'CustomerRecorded',
      data: {
        customerId: 'survey-test-mina',
        kind: 'PERSON',
        organisationType: null,
        language: 'ja',
        preferredContact: 'EMAIL',
        requesterType: null,
        organisationId: null,
        personal: { name: 'Mina', emails: ['mina@example.jp'], phones: [] },
        at,
        by: system,
      },
    },
  ]);
  await write('registration-survey-test-1', [
    {
      type: 'ProductRegistered',
      data: {
        registrationId: 'survey-test-1',
        customerId: 'survey-test-mina',
        productKey: PRODUCT,
        version: '1.0',
        deviceSerial: '1234',
        activationSerial: '5678',
        at,
        by: system,
      },
    },
  ]);
  const by = { kind: 'staff', id: 'test' };
  const position = await write('product-teams', [
    { type: 'ProductTeamDefined', data: { teamId: TEAM, name: 'Atlas team', products: [PRODUCT], by, at } },
    { type: 'ProductTeamMemberAdded', data: { teamId: TEAM, staffId: POUYA, by, at } },
  ]);
  for (const deadline = Date.now() + 10_000; ;) {
    const reached = api.app.platform.status().position;
    if (
      reached &&
      (reached.commit > position.commit || (reached.commit === position.commit && reached.prepare >= position.prepare))
    )
      return;
    if (Date.now() > deadline) throw new Error('the read models did not reach the test data');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const tokenIn = (text: string) => /\/survey\/([A-Za-z0-9_-]+)/.exec(text)![1]!;

beforeAll(async () => {
  api = await startTestApi({ publicOrigin: 'https://desk.example.org' });
  client = EventStoreDBClient.connectionString(api.store.url);
  [admin, pouya] = await Promise.all([
    api.signIn('admin', 'deskstream-admin'),
    api.signIn('pouya', 'deskstream-product'),
  ]);
}, 120_000);

afterAll(async () => {
  await client?.dispose();
  await api?.close();
});

describe('satisfaction surveys', () => {
  it('mails one after a ticket is solved, in the requester language, and takes one answer from the link', async () => {
    const opened = await api.gql(
      OPEN,
      {
        input: {
          channel: 'PHONE',
          requester: { name: 'نرگس', email: 'narges@example.org', language: 'fa', contactMethod: 'EMAIL' },
          requesterType: 'patron',
          departmentId: 'law',
          subject: 'خروجی گرفتن کار نمی‌کند',
          text: 'کمک کنید',
        },
        c: 'survey-test-open',
      },
      admin,
    );
    expect(opened.errors).toBeUndefined();
    const ticketId = opened.data!.openTicket.id as string;
    expect((await api.gql(STATUS, { t: ticketId, s: 'SOLVED', c: 'survey-test-solve' }, admin)).errors).toBeUndefined();

    const surveyId = satisfactionSurveyId('TICKET', ticketId);
    const invitationId = invitationIdFor(surveyId, 'narges@example.org');
    const mail = await mailOf(invitationMailId(invitationId));
    expect(mail.to).toBe('narges@example.org');
    expect(mail.text).toContain('از پاسخی که گرفتید چقدر راضی هستید؟');
    expect(mail.text).toContain('https://desk.example.org/survey/');
    const token = tokenIn(mail.text);

    const seen = await api.gql(INVITATION, { t: token });
    expect(seen.data!.surveyInvitation).toMatchObject({ kind: 'SATISFACTION', language: 'fa', answered: false });
    expect((await api.gql(INVITATION, { t: 'not-a-real-token' })).data!.surveyInvitation).toBeNull();
    expect((await api.gql(ANSWER, { t: token, r: 6 })).errors?.[0]?.extensions).toMatchObject({
      reason: 'FEEDBACK_SURVEY_RATING_INVALID',
    });

    const answered = await api.gql(ANSWER, { t: token, r: 2, c: 'پاسخ دیر رسید و خروجی هنوز خراب است' });
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.answerSurvey).toEqual({
      answered: true,
      rating: 2,
      comment: 'پاسخ دیر رسید و خروجی هنوز خراب است',
    });
    const again = await api.gql(ANSWER, { t: token, r: 2, c: 'پاسخ دیر رسید و خروجی هنوز خراب است' });
    expect(again.errors).toBeUndefined();
    const other = await api.gql(ANSWER, { t: token, r: 5 });
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'FEEDBACK_SURVEY_ALREADY_ANSWERED',
    });

    // The comment is a feedback item from the survey; the rating counts in the report's satisfaction.
    const items = (await api.gql(ITEMS, { f: { channel: 'SURVEY' } }, admin)).data!.feedbackReportItems.items;
    expect(items).toContainEqual(
      expect.objectContaining({
        text: 'پاسخ دیر رسید و خروجی هنوز خراب است',
        language: 'fa',
        source: { kind: 'SURVEY_ANSWER', surveyId, invitationId, ticketId },
        reporter: { email: 'narges@example.org' },
      }),
    );
    const satisfaction = (await api.gql(SATISFACTION, { f: { channel: 'TICKET' } }, pouya)).data!.feedbackReport
      .satisfaction;
    expect(satisfaction.answers).toBeGreaterThanOrEqual(1);
    expect(satisfaction.distribution[1]).toBeGreaterThanOrEqual(1);

    // Solved again after a reopening: still one survey.
    await api.gql(STATUS, { t: ticketId, s: 'OPEN', c: 'survey-test-reopen' }, admin);
    await api.gql(STATUS, { t: ticketId, s: 'SOLVED', c: 'survey-test-solve-again' }, admin);
    const survey = (await api.gql(INVITATION, { t: token })).data!.surveyInvitation;
    expect(survey).toMatchObject({ answered: true, rating: 2 });
  });
});

describe('product surveys', () => {
  it('are mailed by the owning team to the registered users of a product, in their language', async () => {
    await givenAProductTeamWithAUser();
    const input = {
      teamId: TEAM,
      product: PRODUCT,
      version: '1.0',
      question: {
        fa: 'نسخهٔ ۱ را چطور می‌بینید؟',
        en: 'How do you find version 1?',
        ja: 'バージョン1はいかがですか？',
        vi: 'Bạn thấy phiên bản 1 thế nào?',
      },
      commandId: 'survey-test-product',
    };
    const refused = await api.gql(SEND, { i: { ...input, product: 'no-such-product' } }, pouya);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'FEEDBACK_SURVEY_PRODUCT_NOT_FOUND' });
    const sent = await api.gql(SEND, { i: input }, pouya);
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendProductSurvey).toMatchObject({
      product: PRODUCT,
      version: '1.0',
      invitations: 1,
      answers: 0,
    });
    const repeated = await api.gql(SEND, { i: input }, pouya);
    expect(repeated.data!.sendProductSurvey).toEqual(sent.data!.sendProductSurvey);

    const surveyId = sent.data!.sendProductSurvey.id as string;
    const mail = await mailOf(invitationMailId(invitationIdFor(surveyId, 'mina@example.jp')));
    expect(mail.to).toBe('mina@example.jp');
    expect(mail.text).toContain('バージョン1はいかがですか？');
    const answered = await api.gql(ANSWER, { t: tokenIn(mail.text), r: 5 });
    expect(answered.errors).toBeUndefined();
    const listed = (await api.gql(SURVEYS, {}, pouya)).data!.productSurveys;
    expect(listed).toContainEqual(expect.objectContaining({ id: surveyId, answers: 1, average: 5 }));
    const agent = await api.gql(SEND, { i: input }, await api.signIn('sara', 'deskstream-agent'));
    expect(agent.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
