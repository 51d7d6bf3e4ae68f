/**
 * Feedback captured from every conversation item, linked to its exact source (a chat message, a
 * ticket message, a call note, an offline question, a knowledge-base question, and a "not helpful"
 * vote's comment that enters the queue by itself), triaged into a topic with the suggestion that
 * makes a Persian and an English report meet, forwarded to the product team, and who may do what.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';
import { goOnline, visitor } from './testing/reference-desk';

let api: TestApi;
let agent: string;
let admin: string;
let pouya: string;

const ITEM = `id text channel language product version kind state
  source { kind chatId ticketId ticketNumber messageId callId noteId questionId articleId articleRevision eventId }
  reporter { kind ticketId name email phone } topic { id }`;
const CAPTURE = `mutation ($i: CaptureFeedbackInput!, $c: ID!) { captureFeedback(input: $i, commandId: $c) { ${ITEM} } }`;
const GROUP = `mutation ($i: GroupFeedbackInput!, $c: ID!) { groupFeedback(input: $i, commandId: $c) { id title state itemCount reporterCount } }`;
const FORWARD = `mutation ($t: ID!, $c: ID!) { forwardFeedbackTopic(topicId: $t, commandId: $c) { id state team { id name } } }`;
const DEFINE_TEAM = `mutation ($i: ProductTeamInput!, $c: ID!) { defineProductTeam(input: $i, commandId: $c) { id name products } }`;

const capture = (source: Record<string, unknown>, commandId: string, more: Record<string, unknown> = {}) =>
  api.gql(CAPTURE, { i: { source, ...more }, c: commandId }, agent);

const english = 'The app crashes when I search after updating to 2.1 (error E-1042)';
const persian = 'بعد از به‌روزرسانی به نسخه ۲٫۱ برنامه هنگام جست‌وجو بسته می‌شود، خطای E-1042';

beforeAll(async () => {
  api = await startTestApi();
  [agent, admin, pouya] = await Promise.all([
    api.signIn('sara', 'deskstream-agent'),
    api.signIn('admin', 'deskstream-admin'),
    api.signIn('pouya', 'deskstream-product'),
  ]);
  await goOnline(api.gql, agent);
});
afterAll(() => api?.close());

describe('capture from each source', () => {
  const ids: Record<string, string> = {};

  it('captures a chat message, a ticket message and a call note with their exact refs, once each', async () => {
    const reza = visitor(api.gql, 'Reza Karimi');
    const chatId = await reza.startChat('law', english, 'reza@example.org', 'en');
    const chat = await api.gql(
      'query ($id: ID!) { chat(id: $id) { transcript { id kind text } } }',
      { id: chatId },
      agent,
    );
    const message = chat.data!.chat.transcript.find((entry: { text: string }) => entry.text === english);
    const fromChat = await capture({ kind: 'CHAT_MESSAGE', chatId, messageId: message.id }, 'cap-chat');
    expect(fromChat.errors).toBeUndefined();
    expect(fromChat.data!.captureFeedback).toMatchObject({
      text: english,
      channel: 'CHAT',
      language: 'en',
      state: 'OPEN',
      source: { kind: 'CHAT_MESSAGE', chatId, messageId: message.id, ticketId: null },
      reporter: { kind: 'CUSTOMER', name: 'Reza Karimi', email: 'reza@example.org' },
    });
    ids.chat = fromChat.data!.captureFeedback.id;
    // Another agent marking the same message finds the same item.
    const again = await capture({ kind: 'CHAT_MESSAGE', chatId, messageId: message.id }, 'cap-chat-again');
    expect(again.data!.captureFeedback.id).toBe(ids.chat);

    const opened = await api.gql(
      `mutation ($i: OpenTicketInput!, $c: ID!) { openTicket(input: $i, commandId: $c) { id timeline { id kind text } } }`,
      {
        i: {
          channel: 'EMAIL',
          requester: { name: 'مریم احمدی', email: 'maryam@example.org', language: 'fa', contactMethod: 'EMAIL' },
          requesterType: 'patron',
          departmentId: 'law',
          subject: 'خطا در جست‌وجو',
          text: persian,
        },
        c: 'feedback-ticket-1',
      },
      agent,
    );
    expect(opened.errors).toBeUndefined();
    const ticket = opened.data!.openTicket;
    const entry = ticket.timeline.find((given: { text: string | null }) => given.text === persian);
    const fromTicket = await capture(
      { kind: 'TICKET_MESSAGE', ticketId: ticket.id, messageId: entry.id },
      'cap-ticket',
    );
    expect(fromTicket.errors).toBeUndefined();
    expect(fromTicket.data!.captureFeedback).toMatchObject({
      channel: 'TICKET',
      language: 'fa',
      source: { kind: 'TICKET_MESSAGE', ticketId: ticket.id, ticketNumber: expect.any(Number), eventId: entry.id },
      reporter: { ticketId: ticket.id, email: 'maryam@example.org' },
    });
    ids.ticket = fromTicket.data!.captureFeedback.id;

    const logged = await api.gql(
      `mutation ($i: LogCallInput!, $c: ID!) { logCall(input: $i, commandId: $c) { id notes { id text } } }`,
      {
        i: {
          direction: 'IN',
          number: '+493055571600',
          startedAt: '2026-12-01T09:00:00.000Z',
          durationSeconds: 120,
          outcome: 'ANSWERED',
          notes: 'Caller wants dark mode in the reader.',
        },
        c: 'feedback-call-1',
      },
      agent,
    );
    const call = logged.data!.logCall;
    const fromCall = await capture({ kind: 'CALL_NOTE', callId: call.id, noteId: call.notes[0].id }, 'cap-call');
    expect(fromCall.data!.captureFeedback).toMatchObject({
      channel: 'PHONE',
      source: { kind: 'CALL_NOTE', callId: call.id, noteId: call.notes[0].id },
      reporter: { phone: '+493055571600' },
    });
  });

  it('captures an offline question and a knowledge-base question, and a "not helpful" vote’s comment by itself', async () => {
    const asked = await api.gql('mutation ($i: OfflineQuestionInput!) { askOfflineQuestion(input: $i) { id } }', {
      i: {
        clientRequestId: 'feedback-offline-1',
        departmentId: 'law',
        name: 'Ana',
        email: 'ana@example.org',
        question: 'Please add an export to PDF.',
        locale: 'en',
      },
    });
    const offline = await capture(
      { kind: 'OFFLINE_QUESTION', questionId: asked.data!.askOfflineQuestion.id },
      'cap-off',
    );
    expect(offline.data!.captureFeedback).toMatchObject({
      channel: 'OFFLINE_QUESTION',
      reporter: { email: 'ana@example.org' },
    });

    const kb = await api.gql('mutation ($i: KnowledgeBaseQuestionInput!) { askKnowledgeBase(input: $i) { id } }', {
      i: {
        question: 'Where is the 1603 fix for Windows 11?',
        locale: 'en',
        name: 'Li',
        email: 'li@example.org',
        commandId: 'fb-kbq',
      },
    });
    const kbItem = await capture({ kind: 'KB_QUESTION', questionId: kb.data!.askKnowledgeBase.id }, 'cap-kbq');
    expect(kbItem.data!.captureFeedback).toMatchObject({ channel: 'KNOWLEDGE_BASE', source: { kind: 'KB_QUESTION' } });

    const voted = await api.gql(
      'mutation ($id: ID!, $c: String) { voteOnArticle(id: $id, helpful: false, comment: $c) { notHelpful } }',
      { id: 'error-1603.en', c: 'The steps for Windows 11 are missing.' },
    );
    expect(voted.errors).toBeUndefined();
    const fromVote = await vi.waitFor(
      async () => {
        const queue = await api.gql(
          `{ feedbackQueue(filter: { sourceKind: ARTICLE_VOTE }) { nodes { ${ITEM} } } }`,
          {},
          agent,
        );
        const found = queue.data!.feedbackQueue.nodes[0];
        if (!found) throw new Error('the vote has not reached the queue yet');
        return found;
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(fromVote).toMatchObject({
      text: 'The steps for Windows 11 are missing.',
      channel: 'KNOWLEDGE_BASE',
      source: {
        kind: 'ARTICLE_VOTE',
        articleId: 'error-1603.en',
        articleRevision: expect.any(Number),
        eventId: expect.any(String),
      },
    });
  });

  it('refuses a source that does not exist or lacks its refs, and callers who are not support staff', async () => {
    expect(
      (await capture({ kind: 'CHAT_MESSAGE', chatId: 'nope', messageId: 'x' }, 'bad-1')).errors?.[0]?.extensions,
    ).toMatchObject({
      reason: 'FEEDBACK_SOURCE_NOT_FOUND',
    });
    expect((await capture({ kind: 'TICKET_MESSAGE', ticketId: 't' }, 'bad-2')).errors?.[0]?.extensions).toMatchObject({
      reason: 'FEEDBACK_SOURCE_INVALID',
    });
    const byProduct = await api.gql(
      CAPTURE,
      { i: { source: { kind: 'OFFLINE_QUESTION', questionId: 'q' } }, c: 'bad-3' },
      pouya,
    );
    expect(byProduct.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await api.gql('{ feedbackQueue { totalCount } }', {}, pouya)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('suggests the topic a Persian report of an English one’s bug belongs to, and forwards it to the owning team', async () => {
    const grouped = await api.gql(
      GROUP,
      {
        i: { itemIds: [ids.chat], newTopic: { title: 'Search crashes (E-1042)', product: 'jame-feqh', kind: 'BUG' } },
        c: 'grp-1',
      },
      agent,
    );
    expect(grouped.errors).toBeUndefined();
    const topicId = grouped.data!.groupFeedback.id;
    const suggested = await api.gql(
      'query ($i: ID!) { feedbackSuggestions(itemId: $i) { topics { topic { id } score } } }',
      { i: ids.ticket },
      agent,
    );
    const top = suggested.data!.feedbackSuggestions.topics[0];
    expect(top.topic.id).toBe(topicId);
    const confirmed = await api.gql(
      GROUP,
      { i: { itemIds: [ids.ticket], topicId, suggested: true, score: top.score }, c: 'grp-2' },
      agent,
    );
    expect(confirmed.data!.groupFeedback).toMatchObject({ itemCount: 2, reporterCount: 2, state: 'OPEN' });

    expect((await api.gql(FORWARD, { t: topicId, c: 'fwd-0' }, agent)).errors?.[0]?.extensions?.reason).toBe(
      'FEEDBACK_TOPIC_NO_TEAM',
    );
    const team = await api.gql(DEFINE_TEAM, { i: { name: 'Jame team', products: ['jame-feqh'] }, c: 'team-1' }, admin);
    expect(team.errors).toBeUndefined();
    const teamId = team.data!.defineProductTeam.id;
    expect(
      (await api.gql(DEFINE_TEAM, { i: { name: 'Other', products: ['jame-feqh'] }, c: 'team-2' }, admin)).errors?.[0]
        ?.extensions?.reason,
    ).toBe('FEEDBACK_PRODUCT_OWNED');
    expect(
      (await api.gql(DEFINE_TEAM, { i: { name: 'X', products: [] }, c: 'team-3' }, agent)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const forwarded = await api.gql(FORWARD, { t: topicId, c: 'fwd-1' }, agent);
    expect(forwarded.data!.forwardFeedbackTopic).toMatchObject({ state: 'FORWARDED', team: { id: teamId } });

    // A product team sees its forwarded topics, without personal data until an admin grants it.
    const member = await api.gql(
      'mutation ($t: ID!, $s: ID!, $c: ID!) { addProductTeamMember(teamId: $t, staffId: $s, commandId: $c) { members { staffId name } } }',
      { t: teamId, s: (await api.gql('{ me { id } }', {}, pouya)).data!.me.id, c: 'member-1' },
      admin,
    );
    expect(member.errors).toBeUndefined();
    expect(member.data!.addProductTeamMember.members[0].name).toMatch(/\S/);
    expect(member.data!.addProductTeamMember.members[0].name).not.toBe(
      member.data!.addProductTeamMember.members[0].staffId,
    );
    const seen = () =>
      api.gql(
        '{ feedbackTopics(filter: { mine: true }) { nodes { id items { reporter { name email } } } } }',
        {},
        pouya,
      );
    const hidden = (await seen()).data!.feedbackTopics.nodes;
    expect(hidden.map((topic: { id: string }) => topic.id)).toEqual([topicId]);
    expect(hidden[0].items[0].reporter).toEqual({ name: null, email: null });
    await api.gql(
      'mutation ($t: ID!, $c: ID!) { grantTeamPersonalData(teamId: $t, commandId: $c) { personalDataGranted } }',
      { t: teamId, c: 'grant-1' },
      admin,
    );
    expect((await seen()).data!.feedbackTopics.nodes[0].items[0].reporter.email).toBe('reza@example.org');
  });
});
