/**
 * The desk as people find it, live over graphql-ws: a chat transferred to an agent by name
 * reaches that agent at once, offline questions, the supervisor's overview and figures and the
 * outbox are pushed instead of polled, and a note's mentions reach the colleague mentioned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';
import { liveClients, liveUrlOf, watch } from './testing/live-clients';
import { DEMO_STAFF } from './demo-data';
import { ACCEPT, codeOf, goOnline, visitor } from './testing/reference-desk';

let api: TestApi;
let wsUrl: string;
let sara: string;
let minh: string;
let yuki: string;
const { connect, disposeAll } = liveClients(() => wsUrl);
const idOf = (username: string) => DEMO_STAFF.find((staff) => staff.username === username)!.id;

beforeAll(async () => {
  api = await startTestApi();
  const address = await api.app.listen({ port: 0, host: '127.0.0.1' });
  wsUrl = liveUrlOf(address);
  [sara, minh, yuki] = await Promise.all([
    api.signIn('sara', 'deskstream-agent'),
    api.signIn('minh', 'deskstream-agent'),
    api.signIn('yuki', 'deskstream-agent'),
  ]);
  for (const token of [sara, minh, yuki]) await goOnline(api.gql, token);
});
afterAll(async () => {
  await disposeAll();
  await api?.close();
});

const TRANSFER =
  'mutation ($c: ID!, $to: TransferTargetInput!, $k: ID!) { transferChat(chatId: $c, to: $to, note: "He knows the standards", commandId: $k) { status } }';
const NOTE =
  'mutation ($c: ID!, $k: ID!, $t: String!, $m: [ID!]) { addChatNote(chatId: $c, clientNoteId: $k, text: $t, mentionIds: $m) { id kind text author { name } mentions { id name } } }';

describe('a chat transferred to an agent by name', () => {
  it('appears on that agent’s desk at once, with who handed it over and the note', async () => {
    const handed = watch<{
      chatHandedToMe: {
        chat: { id: string; status: string; agent: { name: string } };
        by: { name: string };
        note: string;
      };
    }>(connect(minh), 'subscription { chatHandedToMe { chat { id status agent { name } } by { name } note } }');
    const reza = visitor(api.gql);
    const chats: string[] = [];
    const push = await handed.until(
      (p) => chats.includes(p.chatHandedToMe.chat.id),
      async (attempt) => {
        const chatId = await reza.startChat('law', `Which ISO standard covers this? (${attempt})`);
        chats.push(chatId);
        await api.gql(ACCEPT, { chatId }, sara);
        const moved = await api.gql(
          TRANSFER,
          { c: chatId, to: { agentId: idOf('minh') }, k: `to-minh-${attempt}` },
          sara,
        );
        expect(moved.errors).toBeUndefined();
      },
    );
    expect(push.chatHandedToMe).toMatchObject({
      chat: { status: 'ACTIVE', agent: { name: 'Nguyễn Văn Minh' } },
      by: { name: 'Sara Ahmadi' },
      note: 'He knows the standards',
    });
    handed.stop();
  });

  it('reaches nobody else', async () => {
    const others = watch<{ chatHandedToMe: { chat: { id: string } } }>(
      connect(yuki),
      'subscription { chatHandedToMe { chat { id } } }',
    );
    const mine = watch<{ chatHandedToMe: { chat: { id: string } } }>(
      connect(minh),
      'subscription { chatHandedToMe { chat { id } } }',
    );
    const reza = visitor(api.gql);
    const chats: string[] = [];
    await mine.until(
      (p) => chats.includes(p.chatHandedToMe.chat.id),
      async (attempt) => {
        const chatId = await reza.startChat('law', `again ${attempt}`);
        chats.push(chatId);
        await api.gql(ACCEPT, { chatId }, sara);
        await api.gql(TRANSFER, { c: chatId, to: { agentId: idOf('minh') }, k: `again-${attempt}` }, sara);
      },
    );
    expect(others.pushes).toEqual([]);
    others.stop();
    mine.stop();
  });
});

describe('pushed instead of polled', () => {
  it('an offline question reaches the agents of its department as it is asked', async () => {
    const questions = watch<{
      offlineQuestionChanged: {
        question: { id: string; departmentId: string; status: string; visitor: { name: string } };
      };
    }>(
      connect(sara),
      'subscription { offlineQuestionChanged { question { id departmentId status visitor { name } } } }',
    );
    const engineering = watch<{ offlineQuestionChanged: { question: { departmentId: string } } }>(
      connect(minh),
      'subscription { offlineQuestionChanged { question { departmentId } } }',
    );
    const push = await questions.until(
      (p) => p.offlineQuestionChanged.question.visitor.name === 'Leila Ahmadi',
      (attempt) =>
        api.gql('mutation ($input: OfflineQuestionInput!) { askOfflineQuestion(input: $input) { id } }', {
          input: {
            clientRequestId: `live-q-${attempt}`,
            departmentId: 'law',
            name: 'Leila Ahmadi',
            email: 'leila@example.ir',
            question: `Opening hours in Nowruz? ${attempt}`,
          },
        }),
    );
    expect(push.offlineQuestionChanged.question).toMatchObject({ departmentId: 'law', status: 'WAITING' });
    expect(engineering.pushes.filter((p) => p.offlineQuestionChanged.question.departmentId === 'law')).toEqual([]);
    questions.stop();
    engineering.stop();
  });

  it('the supervisor’s overview and figures as chats come and go; agents may not subscribe', async () => {
    const overview = watch<{ chatOverviewChanged: { waiting: { firstWords: string }[] } }>(
      connect(yuki),
      'subscription { chatOverviewChanged { waiting { firstWords } } }',
    );
    const figures = watch<{ chatFiguresChanged: string }>(connect(yuki), 'subscription { chatFiguresChanged }');
    await overview.until(
      (p) => p.chatOverviewChanged.waiting.some((chat) => chat.firstWords.startsWith('overview')),
      (attempt) => visitor(api.gql).startChat('medicine', `overview ${attempt}`),
    );
    await figures.until(
      (p) => /^\d{4}-\d{2}-\d{2}$/.test(p.chatFiguresChanged),
      (attempt) => visitor(api.gql).startChat('medicine', `figures ${attempt}`),
    );
    const refused = watch(connect(sara), 'subscription { chatOverviewChanged { waiting { id } } }');
    expect(await refused.failure).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
    overview.stop();
    figures.stop();
  });

  it('the outbox shows each mail as it is queued to the staff who may read it', async () => {
    const mails = watch<{ outboxMailChanged: { to: string; state: string; purpose: { kind: string } } }>(
      connect(sara),
      'subscription { outboxMailChanged { to state purpose { kind } } }',
    );
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('law', 'mail me the transcript', 'reza.live@example.ir');
    await api.gql(ACCEPT, { chatId }, sara);
    const push = await mails.until(
      (p) => p.outboxMailChanged.to === 'reza.live@example.ir',
      () =>
        api.gql(
          'mutation ($c: ID!, $t: String!) { emailChatTranscript(chatId: $c, visitorToken: $t, email: "reza.live@example.ir") { mailId } }',
          { c: chatId, t: reza.token },
        ),
    );
    expect(push.outboxMailChanged).toEqual({
      to: 'reza.live@example.ir',
      state: 'QUEUED',
      purpose: { kind: 'chat-transcript' },
    });
    mails.stop();
  });
});

describe('internal notes', () => {
  it('notify the colleague mentioned, stay out of the visitor’s transcript, and refuse a mention of someone who cannot read the chat', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'Do you have the 1953 edition of Hafez?');
    await api.gql(ACCEPT, { chatId }, sara);
    const candidates = await api.gql(
      'query ($c: ID!) { chatMentionCandidates(chatId: $c) { name } }',
      { c: chatId },
      sara,
    );
    expect(candidates.data!.chatMentionCandidates.map((each: { name: string }) => each.name)).toContain('Yuki Tanaka');
    expect(candidates.data!.chatMentionCandidates.map((each: { name: string }) => each.name)).not.toContain(
      'Nguyễn Văn Minh',
    );

    const refused = await api.gql(NOTE, { c: chatId, k: 'n-minh', t: '@Minh?', m: [idOf('minh')] }, sara);
    expect(codeOf(refused)).toMatchObject({ code: 'FORBIDDEN', reason: 'CHAT_MENTION_CANNOT_READ' });

    const visitorSide = watch<{ visitorChatActivity: { entry: { text: string } } }>(
      connect(),
      'subscription ($c: ID!, $t: String!) { visitorChatActivity(chatId: $c, visitorToken: $t) { entry { text } } }',
      { c: chatId, t: reza.token },
    );
    const mentions = watch<{
      chatMentions: { chatId: string; visitorName: string; by: { name: string }; note: { text: string; kind: string } };
    }>(connect(yuki), 'subscription { chatMentions { chatId visitorName by { name } note { text kind } } }');
    const push = await mentions.until(
      (p) => p.chatMentions.chatId === chatId,
      (attempt) =>
        api.gql(
          NOTE,
          { c: chatId, k: `n-yuki-${attempt}`, t: `@Yuki Tanaka do we still have it? (${attempt})`, m: [idOf('yuki')] },
          sara,
        ),
    );
    expect(push.chatMentions).toMatchObject({
      visitorName: 'Reza Karimi',
      by: { name: 'Sara Ahmadi' },
      note: { kind: 'NOTE' },
    });

    // The visitor's own view and live feed never carry a note.
    await visitorSide.until(
      (p) => p.visitorChatActivity.entry.text.startsWith('marker'),
      (attempt) => reza.say(chatId, `marker ${attempt}`),
    );
    expect(visitorSide.pushes.map((p) => p.visitorChatActivity.entry.text).join()).not.toContain('@Yuki');
    const seen = await reza.view(chatId);
    expect(JSON.stringify(seen.data)).not.toContain('@Yuki');
    const staffView = await api.gql(
      'query ($id: ID!) { chat(id: $id) { transcript { kind text mentions { name } } } }',
      { id: chatId },
      sara,
    );
    expect(staffView.data!.chat.transcript).toContainEqual(
      expect.objectContaining({ kind: 'NOTE', mentions: [{ name: 'Yuki Tanaka' }] }),
    );
    visitorSide.stop();
    mentions.stop();
  });
});
