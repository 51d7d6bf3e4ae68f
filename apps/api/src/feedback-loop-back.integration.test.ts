/**
 * The loop back: a product team's answer reaches every reporter of the topic once, through the
 * channel they used (a reply on the ticket, mail through the outbox to a real SMTP server on
 * loopback), in their language, with a record of delivery; an answer given while no process was
 * delivering is delivered after a restart, and a further restart repeats nothing; when the fixed
 * version ships, the reporters are told again.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { gqlOn, startTestApi, type TestApi } from './testing/harness';
import { goOnline, startLoopbackSmtp, visitor, type LoopbackSmtp } from './testing/reference-desk';

let api: TestApi;
let smtp: LoopbackSmtp;
let agent: string;
let admin: string;
let pouya: string;

const mailOptions = () => ({ mail: { smtpUrl: smtp.url, from: 'Support <support@desk.example>' } });

beforeAll(async () => {
  smtp = await startLoopbackSmtp();
  api = await startTestApi({ referenceDesk: mailOptions() });
  [agent, admin, pouya] = await Promise.all([
    api.signIn('sara', 'deskstream-agent'),
    api.signIn('admin', 'deskstream-admin'),
    api.signIn('pouya', 'deskstream-product'),
  ]);
  await goOnline(api.gql, agent);
});
afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

const CAPTURE = `mutation ($i: CaptureFeedbackInput!, $c: ID!) { captureFeedback(input: $i, commandId: $c) { id } }`;
const TOPIC = `query ($id: ID!) { feedbackTopic(id: $id) {
  deliveredCount undeliverableCount answers { status version fixReleasedAt }
  items { id channel deliveries { occasion channel delivered ticketId mailId language } } } }`;

async function captured(app: FastifyInstance, source: Record<string, unknown>, commandId: string): Promise<string> {
  const result = await gqlOn<{ captureFeedback: { id: string } }>(app, CAPTURE, { i: { source }, c: commandId }, agent);
  if (!result.data?.captureFeedback) throw new Error(`capture failed: ${JSON.stringify(result.errors)}`);
  return result.data.captureFeedback.id;
}

const REPORTERS = ['sam@example.org', 'linh@example.org'];
const addressOf = (mail: LoopbackSmtp['received'][number]) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : '');
/** The mails to the two reporters who are answered by mail (other mails, e.g. the ticket's, are not counted), once `count` have come. */
const answerMails = (count: number) =>
  vi.waitFor(
    () => {
      const mails = smtp.received.filter((mail) => REPORTERS.includes(addressOf(mail)));
      if (mails.length < count) throw new Error(`${mails.length} of ${count} answer mails arrived`);
      return mails;
    },
    { timeout: 20_000, interval: 50 },
  );

/** The topic once `deliveredCount` is `count`. */
const deliveredTo = (app: FastifyInstance, topicId: string, count: number) =>
  vi.waitFor(
    async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const topic = (await gqlOn<any>(app, TOPIC, { id: topicId }, agent)).data!.feedbackTopic;
      if (topic.deliveredCount < count) throw new Error(`${topic.deliveredCount} of ${count} delivered`);
      return topic;
    },
    { timeout: 20_000, interval: 50 },
  );

describe('the answer back to every reporter', () => {
  let topicId: string;
  let ticketId: string;
  let app: FastifyInstance;

  it('is owed to three reporters on two channels, and delivered after a restart by the process that takes over', async () => {
    // A chat visitor and an offline question's asker (mail), and a ticket's requester (a reply on the ticket).
    const chatId = await visitor(api.gql, 'Sam Lee').startChat(
      'law',
      'Search crashes with E-1042 in 2.0',
      'sam@example.org',
      'en',
    );
    const chat = await api.gql('query ($id: ID!) { chat(id: $id) { transcript { id kind } } }', { id: chatId }, agent);
    const messageId = chat.data!.chat.transcript.find((entry: { kind: string }) => entry.kind === 'MESSAGE').id;
    const opened = await api.gql(
      `mutation ($i: OpenTicketInput!, $c: ID!) { openTicket(input: $i, commandId: $c) { id timeline { id text } } }`,
      {
        i: {
          channel: 'EMAIL',
          requester: { name: 'مریم', email: 'maryam@example.org', language: 'fa', contactMethod: 'EMAIL' },
          requesterType: 'patron',
          departmentId: 'law',
          subject: 'جست‌وجو',
          text: 'جست‌وجو با خطای E-1042 بسته می‌شود',
        },
        c: 'loop-ticket',
      },
      agent,
    );
    ticketId = opened.data!.openTicket.id;
    const entry = opened.data!.openTicket.timeline.find((given: { text: string | null }) => given.text);
    const asked = await api.gql('mutation ($i: OfflineQuestionInput!) { askOfflineQuestion(input: $i) { id } }', {
      i: {
        clientRequestId: 'loop-offline',
        departmentId: 'law',
        name: 'Linh',
        email: 'linh@example.org',
        question: 'Tìm kiếm bị treo, lỗi E-1042',
        locale: 'vi',
      },
    });
    const itemIds = [
      await captured(api.app, { kind: 'CHAT_MESSAGE', chatId, messageId }, 'loop-cap-1'),
      await captured(api.app, { kind: 'TICKET_MESSAGE', ticketId, messageId: entry.id }, 'loop-cap-2'),
      await captured(
        api.app,
        { kind: 'OFFLINE_QUESTION', questionId: asked.data!.askOfflineQuestion.id },
        'loop-cap-3',
      ),
    ];
    const grouped = await api.gql(
      'mutation ($i: GroupFeedbackInput!, $c: ID!) { groupFeedback(input: $i, commandId: $c) { id } }',
      {
        i: { itemIds, newTopic: { title: 'Search crashes (E-1042)', product: 'jame-feqh', kind: 'BUG' } },
        c: 'loop-grp',
      },
      agent,
    );
    topicId = grouped.data!.groupFeedback.id;
    const pouyaId = (await api.gql('{ me { id } }', {}, pouya)).data!.me.id;
    const team = await api.gql(
      'mutation ($i: ProductTeamInput!, $c: ID!) { defineProductTeam(input: $i, commandId: $c) { id } }',
      { i: { name: 'Jame', products: ['jame-feqh'] }, c: 'loop-team' },
      admin,
    );
    const teamId = team.data!.defineProductTeam.id;
    await api.gql(
      'mutation ($t: ID!, $s: ID!, $c: ID!) { addProductTeamMember(teamId: $t, staffId: $s, commandId: $c) { id } }',
      { t: teamId, s: pouyaId, c: 'loop-member' },
      admin,
    );
    await api.gql(
      'mutation ($t: ID!, $c: ID!) { forwardFeedbackTopic(topicId: $t, commandId: $c) { id } }',
      { t: topicId, c: 'loop-fwd' },
      agent,
    );

    // Only members of the team answer; the process that would deliver is gone before the answer.
    const ANSWER = `mutation ($t: ID!, $i: AnswerFeedbackTopicInput!, $c: ID!) { answerFeedbackTopic(topicId: $t, input: $i, commandId: $c) { state } }`;
    const fixed = { status: 'FIXED', version: '9.1', note: 'Thank you for the reports.' };
    expect(
      (await api.gql(ANSWER, { t: topicId, i: fixed, c: 'loop-answer-x' }, agent)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    await api.app.feedbackLoopBack.stop();
    const answered = await api.gql(ANSWER, { t: topicId, i: fixed, c: 'loop-answer' }, pouya);
    expect(answered.data!.answerFeedbackTopic.state).toBe('ANSWERED');
    expect((await api.gql(TOPIC, { id: topicId }, agent)).data!.feedbackTopic.deliveredCount).toBe(0);

    await api.app.close();
    app = await api.restart({ referenceDesk: mailOptions() });
    const topic = await deliveredTo(app, topicId, 3);
    const deliveries = Object.fromEntries(
      topic.items.map((item: { channel: string; deliveries: unknown[] }) => [item.channel, item.deliveries]),
    );
    expect(deliveries.TICKET).toEqual([
      { occasion: 'ANSWER', channel: 'TICKET_REPLY', delivered: true, ticketId, mailId: null, language: 'fa' },
    ]);
    expect(deliveries.CHAT).toMatchObject([{ channel: 'MAIL', delivered: true, language: 'en' }]);
    expect(deliveries.OFFLINE_QUESTION).toMatchObject([{ channel: 'MAIL', delivered: true, language: 'vi' }]);

    const mails = await answerMails(2);
    const byAddress = Object.fromEntries(
      mails.map((mail) => [mail.to && !Array.isArray(mail.to) ? mail.to.text : '', mail]),
    );
    expect(byAddress['sam@example.org']?.subject).toBe('About your feedback');
    expect(byAddress['sam@example.org']?.text).toContain('It has been fixed in version 9.1.');
    expect(byAddress['sam@example.org']?.text).toContain('Thank you for the reports.');
    expect(byAddress['linh@example.org']?.text).toContain('Vấn đề đã được khắc phục trong phiên bản 9.1.');
    const timeline = await gqlOn<{ ticket: { timeline: { kind: string; text: string | null }[] } }>(
      app,
      'query ($id: ID!) { ticket(id: $id) { timeline { kind text } } }',
      { id: ticketId },
      agent,
    );
    const replies = timeline.data!.ticket.timeline.filter((given) => given.kind === 'REPLY');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain('این مشکل در نسخهٔ ۹٫۱ برطرف شده است.');
    // The reply is mailed to the requester who chose email, as an agent's reply is.
    const replyMail = await vi.waitFor(
      () => {
        const found = smtp.received.find(
          (mail) => addressOf(mail) === 'maryam@example.org' && mail.text?.includes('۹٫۱'),
        );
        if (!found) throw new Error('the ticket reply’s mail has not arrived yet');
        return found;
      },
      { timeout: 20_000, interval: 50 },
    );
    expect(replyMail.subject).toContain('[#');
  });

  it('repeats nothing after another restart, and tells the reporters again when the fixed version ships', async () => {
    await app.close();
    app = await api.restart({ referenceDesk: mailOptions() });
    await app.feedbackLoopBack.idle();
    const again = await gqlOn<{ feedbackTopic: { deliveredCount: number } }>(app, TOPIC, { id: topicId }, agent);
    expect(again.data!.feedbackTopic.deliveredCount).toBe(3);
    expect(await answerMails(2)).toHaveLength(2);
    const outbox = await gqlOn<{ outboxMails: { purpose: { kind: string } }[] }>(
      app,
      '{ outboxMails { purpose { kind } } }',
      {},
      admin,
    );
    expect(outbox.data!.outboxMails.filter((mail) => mail.purpose.kind === 'feedback-answer')).toHaveLength(2);

    const added = await gqlOn(
      app,
      'mutation ($p: ID!, $v: String!, $c: ID!) { addProductVersion(productKey: $p, version: $v, commandId: $c) { key } }',
      { p: 'jame-feqh', v: '9.1', c: 'loop-version' },
      admin,
    );
    expect(added.errors).toBeUndefined();
    const topic = await deliveredTo(app, topicId, 6);
    expect(topic.answers[0].fixReleasedAt).toEqual(expect.any(String));
    const mails = await answerMails(4);
    expect(mails.map((mail) => mail.text).join('\n')).toContain('Version 9.1, which fixes it, is now available.');
  });
});
