/**
 * Bad input at the reference desk, through the real api: unknown and malformed chat ids on
 * every operation, a visitor token used on another chat, empty and oversize text wherever text
 * is written, HTML and script kept as text, and floods from one address. Each gets a clear
 * error with a stable code and reason; none breaks a transcript or a read model.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphqlResponse, type TestApi } from './testing/harness';
import {
  ACCEPT,
  SEND_AGENT,
  STAFF_CHAT,
  codeOf,
  goOffline,
  goOnline,
  newVisitorToken,
  visitor,
} from './testing/reference-desk';

let api: TestApi;
let wsUrl: string;
let sara: string;
const clients: Client[] = [];
const GENEROUS = Object.fromEntries(
  ['startChat', 'question', 'message', 'typing', 'read'].map((action) => [action, { max: 10_000, windowMs: 60_000 }]),
) as never;

beforeAll(async () => {
  api = await startTestApi({ referenceDesk: { floodLimits: GENEROUS } });
  const address = await api.app.listen({ port: 0, host: '127.0.0.1' });
  wsUrl = `${address.replace(/^http/, 'ws')}/graphql`;
  sara = await api.signIn('sara', 'deskstream-agent');
  await goOnline(api.gql, sara);
});

afterAll(async () => {
  for (const client of clients) await client.dispose();
  if (sara) await goOffline(api.gql, sara).catch(() => undefined);
  await api?.close();
});

const UNKNOWN_IDS = [
  '00000000-0000-0000-0000-000000000000',
  'no-such-chat',
  '<script>alert(1)</script>',
  '',
  'ش'.repeat(2_000),
];

/** The first error's code and reason, or 'ok'. */
const outcome = (answer: GraphqlResponse) => (answer.errors ? codeOf(answer) : 'ok');

/** The first error of a subscription, over graphql-ws. */
function subscriptionError(query: string, variables: Record<string, unknown>, token?: string): Promise<unknown> {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  clients.push(client);
  return new Promise((resolve) => {
    client.subscribe(
      { query, variables },
      {
        next: (message) => resolve(message.errors ? (message.errors[0]!.extensions as unknown) : 'pushed'),
        error: (error) => resolve(Array.isArray(error) ? (error[0].extensions as unknown) : error),
        complete: () => resolve('completed'),
      },
    );
  });
}

describe('unknown chat ids', () => {
  it('are NOT_FOUND on every operation, for visitors and staff, whatever the id looks like', async () => {
    const token = newVisitorToken();
    const visitorOperations: [string, string, Record<string, unknown>][] = [
      ['visitorChat', 'query ($c: ID!, $t: String!) { visitorChat(chatId: $c, visitorToken: $t) { id } }', {}],
      [
        'sendVisitorMessage',
        'mutation ($c: ID!, $t: String!) { sendVisitorMessage(chatId: $c, visitorToken: $t, clientMessageId: "m1", text: "hello") { id } }',
        {},
      ],
      [
        'closeChatAsVisitor',
        'mutation ($c: ID!, $t: String!) { closeChatAsVisitor(chatId: $c, visitorToken: $t) { id } }',
        {},
      ],
      [
        'setVisitorTyping',
        'mutation ($c: ID!, $t: String!) { setVisitorTyping(chatId: $c, visitorToken: $t, typing: true) }',
        {},
      ],
      [
        'emailChatTranscript',
        'mutation ($c: ID!, $t: String!) { emailChatTranscript(chatId: $c, visitorToken: $t, email: "reza@example.ir") { mailId } }',
        {},
      ],
    ];
    const staffOperations: [string, string][] = [
      ['chat', 'query ($c: ID!) { chat(id: $c) { id } }'],
      ['acceptChat', 'mutation ($c: ID!) { acceptChat(chatId: $c) { id } }'],
      ['sendMessage', 'mutation ($c: ID!) { sendMessage(chatId: $c, clientMessageId: "m1", text: "hello") { id } }'],
      [
        'transferChat',
        'mutation ($c: ID!) { transferChat(chatId: $c, to: { departmentId: "law" }, commandId: "k1") { id } }',
      ],
      ['closeChat', 'mutation ($c: ID!) { closeChat(chatId: $c, reason: "done", commandId: "k1") { id } }'],
      ['setTyping', 'mutation ($c: ID!) { setTyping(chatId: $c, typing: true) }'],
    ];
    const notFound = { code: 'NOT_FOUND', reason: 'CHAT_NOT_FOUND' };
    for (const chatId of UNKNOWN_IDS) {
      for (const [name, query] of visitorOperations)
        expect(outcome(await api.gql(query, { c: chatId, t: token })), `${name}(${chatId.slice(0, 20)})`).toEqual(
          notFound,
        );
      for (const [name, query] of staffOperations)
        expect(outcome(await api.gql(query, { c: chatId }, sara)), `${name}(${chatId.slice(0, 20)})`).toEqual(notFound);
    }
    expect(
      outcome(
        await api.gql(
          'mutation { answerOfflineQuestion(questionId: "no-such-question", answer: "hi", commandId: "k1") { id } }',
          {},
          sara,
        ),
      ),
    ).toEqual({
      code: 'NOT_FOUND',
      reason: 'CHAT_QUESTION_NOT_FOUND',
    });
  });

  it('are NOT_FOUND for live subscriptions too', async () => {
    const chatId = 'no-such-chat';
    const token = newVisitorToken();
    const notFound = expect.objectContaining({ code: 'NOT_FOUND', reason: 'CHAT_NOT_FOUND' });
    expect(
      await subscriptionError(
        'subscription ($c: ID!) { chatActivity(chatId: $c) { entry { text } } }',
        { c: chatId },
        sara,
      ),
    ).toEqual(notFound);
    expect(
      await subscriptionError('subscription ($c: ID!) { chatTyping(chatId: $c) { typing } }', { c: chatId }, sara),
    ).toEqual(notFound);
    expect(
      await subscriptionError(
        'subscription ($c: ID!, $t: String!) { visitorChatActivity(chatId: $c, visitorToken: $t) { entry { text } } }',
        { c: chatId, t: token },
      ),
    ).toEqual(notFound);
    expect(
      await subscriptionError(
        'subscription ($c: ID!, $t: String!) { visitorChatTyping(chatId: $c, visitorToken: $t) { typing } }',
        { c: chatId, t: token },
      ),
    ).toEqual(notFound);
  });
});

describe('a visitor token used on another chat', () => {
  it('is FORBIDDEN on every visitor operation, and leaves the chat untouched', async () => {
    const owner = visitor(api.gql, 'Reza Karimi');
    const chatId = await owner.startChat('humanities', 'Mine alone');
    const stranger = visitor(api.gql, 'Someone Else');
    await stranger.startChat('humanities', 'Theirs');
    const forbidden = { code: 'FORBIDDEN', reason: 'CHAT_VISITOR_TOKEN_INVALID' };
    const asStranger = { c: chatId, t: stranger.token };
    expect(
      outcome(
        await api.gql(
          'mutation ($c: ID!, $t: String!) { closeChatAsVisitor(chatId: $c, visitorToken: $t) { id } }',
          asStranger,
        ),
      ),
    ).toEqual(forbidden);
    expect(
      outcome(
        await api.gql(
          'mutation ($c: ID!, $t: String!) { setVisitorTyping(chatId: $c, visitorToken: $t, typing: true) }',
          asStranger,
        ),
      ),
    ).toEqual(forbidden);
    expect(
      outcome(
        await api.gql(
          'mutation ($c: ID!, $t: String!) { emailChatTranscript(chatId: $c, visitorToken: $t, email: "thief@example.org") { mailId } }',
          asStranger,
        ),
      ),
    ).toEqual(forbidden);
    expect(
      await subscriptionError(
        'subscription ($c: ID!, $t: String!) { visitorChatTyping(chatId: $c, visitorToken: $t) { typing } }',
        asStranger,
      ),
    ).toEqual(expect.objectContaining(forbidden));
    // A well-formed token of no chat at all, and a malformed one.
    expect(
      outcome(
        await api.gql('query ($c: ID!, $t: String!) { visitorChat(chatId: $c, visitorToken: $t) { id } }', {
          c: chatId,
          t: newVisitorToken(),
        }),
      ),
    ).toEqual(forbidden);
    expect(
      outcome(
        await api.gql('query ($c: ID!, $t: String!) { visitorChat(chatId: $c, visitorToken: $t) { id } }', {
          c: chatId,
          t: 'not a token <b>',
        }),
      ),
    ).toEqual({
      code: 'VALIDATION_ERROR',
      reason: 'CHAT_VISITOR_TOKEN_MALFORMED',
    });

    const mine = await owner.view(chatId);
    expect(mine.data!.visitorChat).toMatchObject({ status: 'PENDING', closedBy: null });
    expect(mine.data!.visitorChat.transcript.map((entry: { text: string }) => entry.text)).toEqual(['Mine alone']);
  });
});

describe('text that is empty, too long, or full of markup', () => {
  it('is refused with a clear reason wherever text is written, counted in characters as people see them', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'Lengths ahead');
    await api.gql(ACCEPT, { chatId }, sara);
    const empty = { code: 'VALIDATION_ERROR', reason: 'CHAT_MESSAGE_EMPTY' };
    const tooLong = { code: 'VALIDATION_ERROR', reason: 'CHAT_MESSAGE_TOO_LONG' };
    const agentSays = (text: string, id = `agent-${Math.random()}`) => api.gql(SEND_AGENT, { chatId, id, text }, sara);

    for (const blank of ['', ' ', '\n\t \u00a0']) {
      expect(outcome(await reza.say(chatId, blank)), JSON.stringify(blank)).toEqual(empty);
      expect(outcome(await agentSays(blank)), JSON.stringify(blank)).toEqual(empty);
    }
    // 10,000 characters pass, 10,001 do not; an emoji is one character, though two UTF-16 units.
    expect(outcome(await reza.say(chatId, '😀'.repeat(10_000)))).toBe('ok');
    expect(outcome(await reza.say(chatId, '😀'.repeat(10_001)))).toEqual(tooLong);
    expect(outcome(await agentSays('ب'.repeat(10_000)))).toBe('ok');
    expect(outcome(await agentSays('ب'.repeat(10_001)))).toEqual(tooLong);
    expect(outcome(await reza.say(chatId, 'fine', ''))).toEqual({
      code: 'VALIDATION_ERROR',
      reason: 'CHAT_CLIENT_ID_INVALID',
    });
    expect(outcome(await reza.say(chatId, 'fine', 'x'.repeat(129)))).toEqual({
      code: 'VALIDATION_ERROR',
      reason: 'CHAT_CLIENT_ID_INVALID',
    });

    const start = (question: string, name = 'Reza') =>
      api.gql('mutation ($i: ChatRequestInput!) { requestChat(input: $i) { id } }', {
        i: { departmentId: 'humanities', name, question, visitorToken: newVisitorToken() },
      });
    expect(outcome(await start('   '))).toEqual(empty);
    expect(outcome(await start('x'.repeat(10_001)))).toEqual(tooLong);
    const ask = (question: string, name = 'Reza', email = 'reza@example.ir') =>
      api.gql('mutation ($i: OfflineQuestionInput!) { askOfflineQuestion(input: $i) { id } }', {
        i: { clientRequestId: `q-${Math.random()}`, departmentId: 'law', name, email, question },
      });
    expect(outcome(await ask(''))).toEqual(empty);
    expect(outcome(await ask('x'.repeat(10_001)))).toEqual(tooLong);

    const close = (reason: string) =>
      api.gql(
        'mutation ($c: ID!, $r: String!) { closeChat(chatId: $c, reason: $r, commandId: "close-1") { status } }',
        { c: chatId, r: reason },
        sara,
      );
    expect(outcome(await close(' '))).toEqual({ code: 'VALIDATION_ERROR', reason: 'CHAT_REASON_INVALID' });
    expect(outcome(await close('r'.repeat(501)))).toEqual({ code: 'VALIDATION_ERROR', reason: 'CHAT_REASON_INVALID' });
    const transfer = await api.gql(
      'mutation ($c: ID!, $n: String) { transferChat(chatId: $c, to: { departmentId: "law" }, note: $n, commandId: "t-1") { status } }',
      { c: chatId, n: 'n'.repeat(1_001) },
      sara,
    );
    expect(outcome(transfer)).toEqual({ code: 'VALIDATION_ERROR', reason: 'CHAT_NOTE_TOO_LONG' });

    // None of it reached the transcript, and the chat goes on.
    const seen = (
      await api.gql<{ chat: { status: string; transcript: { kind: string; text: string }[] } }>(
        STAFF_CHAT,
        { id: chatId },
        sara,
      )
    ).data!.chat;
    expect(seen.status).toBe('ACTIVE');
    expect(seen.transcript.map((entry) => (entry.kind === 'NOTICE' ? entry.text : [...entry.text].length))).toEqual([
      13,
      'Sara Ahmadi has joined the chat',
      10_000,
      10_000,
    ]);
  });

  it('keeps HTML and script as the text typed everywhere, and refuses markup in names and addresses', async () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a> & &amp;';
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', markup);
    await api.gql(ACCEPT, { chatId }, sara);
    expect((await reza.say(chatId, markup)).data!.sendVisitorMessage.text).toBe(markup);
    expect(
      (await api.gql(SEND_AGENT, { chatId, id: 'html-1', text: `**bold** ${markup}` }, sara)).data!.sendMessage.text,
    ).toBe(`**bold** ${markup}`);
    const transferred = await api.gql(
      'mutation ($c: ID!, $n: String) { transferChat(chatId: $c, to: { departmentId: "law" }, note: $n, commandId: "t-html") { status } }',
      { c: chatId, n: markup },
      sara,
    );
    expect(transferred.errors).toBeUndefined();
    await api.gql(ACCEPT, { chatId }, sara);
    const closed = await api.gql(
      'mutation ($c: ID!, $r: String!) { closeChat(chatId: $c, reason: $r, commandId: "c-html") { closeReason } }',
      { c: chatId, r: markup },
      sara,
    );
    expect(closed.data!.closeChat.closeReason).toBe(markup);

    const staffView = (
      await api.gql<{
        chat: { transcript: { kind: string; text: string; staffNote: string | null; notice: string | null }[] };
      }>(STAFF_CHAT, { id: chatId }, sara)
    ).data!.chat.transcript;
    expect(staffView.filter((entry) => entry.kind === 'MESSAGE').map((entry) => entry.text)).toEqual([
      markup,
      markup,
      `**bold** ${markup}`,
    ]);
    expect(staffView.filter((entry) => entry.staffNote !== null).map((entry) => entry.staffNote)).toEqual([
      markup,
      markup,
    ]);

    const asked = await api.gql('mutation ($i: OfflineQuestionInput!) { askOfflineQuestion(input: $i) { id } }', {
      i: {
        clientRequestId: 'html-question',
        departmentId: 'law',
        name: 'Reza',
        email: 'reza@example.ir',
        question: markup,
      },
    });
    expect(asked.errors).toBeUndefined();
    const questions = await api.gql<{ offlineQuestions: { id: string; question: string }[] }>(
      '{ offlineQuestions { id question } }',
      {},
      sara,
    );
    expect(
      questions.data!.offlineQuestions.find((each) => each.id === asked.data!.askOfflineQuestion.id)!.question,
    ).toBe(markup);

    const nameInvalid = { code: 'VALIDATION_ERROR', reason: 'CHAT_VISITOR_NAME_INVALID' };
    for (const name of [
      '<script>alert(1)</script>',
      'Reza <b>',
      'Reza\u0000Karimi',
      'Line\nbreak',
      ' ',
      'n'.repeat(81),
    ]) {
      const started = await api.gql('mutation ($i: ChatRequestInput!) { requestChat(input: $i) { id } }', {
        i: { departmentId: 'humanities', name, question: 'q', visitorToken: newVisitorToken() },
      });
      expect(outcome(started), JSON.stringify(name)).toEqual(nameInvalid);
      const question = await api.gql('mutation ($i: OfflineQuestionInput!) { askOfflineQuestion(input: $i) { id } }', {
        i: {
          clientRequestId: `bad-name-${name.length}`,
          departmentId: 'law',
          name,
          email: 'reza@example.ir',
          question: 'q',
        },
      });
      expect(outcome(question), JSON.stringify(name)).toEqual(nameInvalid);
    }
    for (const email of [
      '<script>@example.ir',
      'reza@example.ir<br>',
      'not-an-email',
      `${'a'.repeat(250)}@example.ir`,
    ]) {
      const question = await api.gql('mutation ($i: OfflineQuestionInput!) { askOfflineQuestion(input: $i) { id } }', {
        i: { clientRequestId: `bad-email-${email.length}`, departmentId: 'law', name: 'Reza', email, question: 'q' },
      });
      expect(outcome(question), email).toEqual({ code: 'VALIDATION_ERROR', reason: 'CHAT_EMAIL_INVALID' });
    }
  });
});

describe('a flood from one address', () => {
  it('is RATE_LIMITED per action across visitors and tokens, while another address goes on', async () => {
    const flooded = await startTestApi({
      referenceDesk: {
        floodLimits: {
          startChat: { max: 2, windowMs: 60_000 },
          question: { max: 2, windowMs: 60_000 },
          message: { max: 3, windowMs: 60_000 },
          typing: { max: 2, windowMs: 60_000 },
          read: { max: 4, windowMs: 60_000 },
        },
      },
    });
    try {
      await goOnline(flooded.gql, await flooded.signIn('sara', 'deskstream-agent'));
      /** GraphQL over HTTP from a given client address. */
      const from = async (address: string, query: string, variables: Record<string, unknown>) => {
        const response = await flooded.app.inject({
          method: 'POST',
          url: '/graphql',
          remoteAddress: address,
          payload: { query, variables },
        });
        return response.json() as GraphqlResponse;
      };
      const limited = { code: 'RATE_LIMITED', reason: 'CHAT_RATE_LIMITED' };
      const flooder = '203.0.113.7';
      const neighbour = '198.51.100.20';
      const START = 'mutation ($i: ChatRequestInput!) { requestChat(input: $i) { id } }';
      const start = (address: string, token = newVisitorToken()) =>
        from(address, START, { i: { departmentId: 'law', name: 'Reza', question: 'q', visitorToken: token } });
      const ASK = 'mutation ($i: OfflineQuestionInput!) { askOfflineQuestion(input: $i) { id } }';
      const ask = (address: string, n: number) =>
        from(address, ASK, {
          i: {
            clientRequestId: `flood-${address}-${n}`,
            departmentId: 'law',
            name: 'Reza',
            email: 'reza@example.ir',
            question: `q ${n}`,
          },
        });
      const SAY_WITH_ID =
        'mutation ($c: ID!, $t: String!, $m: ID!, $x: String!) { sendVisitorMessage(chatId: $c, visitorToken: $t, clientMessageId: $m, text: $x) { id } }';
      const say = (address: string, chat: { c: string; t: string }, text: string) =>
        from(address, SAY_WITH_ID, { ...chat, m: text, x: text });
      const TYPE = 'mutation ($c: ID!, $t: String!) { setVisitorTyping(chatId: $c, visitorToken: $t, typing: true) }';
      const READ = 'query ($c: ID!, $t: String!) { visitorChat(chatId: $c, visitorToken: $t) { id } }';

      // New chats, each with its own token: two pass, then the address is held back; its neighbour is not.
      const [tokenA, tokenB] = [newVisitorToken(), newVisitorToken()];
      const chatA = await start(flooder, tokenA);
      const chatB = await start(flooder, tokenB);
      expect([outcome(chatA), outcome(chatB), outcome(await start(flooder))]).toEqual(['ok', 'ok', limited]);
      expect(outcome(await start(neighbour))).toBe('ok');
      const a = { c: chatA.data!.requestChat.id as string, t: tokenA };
      const b = { c: chatB.data!.requestChat.id as string, t: tokenB };

      // Questions for email.
      expect([outcome(await ask(flooder, 1)), outcome(await ask(flooder, 2)), outcome(await ask(flooder, 3))]).toEqual([
        'ok',
        'ok',
        limited,
      ]);
      expect(outcome(await ask(neighbour, 1))).toBe('ok');

      // Messages: one budget for the address, whichever of its chats (and tokens) they go to.
      const said = [
        await say(flooder, a, 'a-1'),
        await say(flooder, b, 'b-1'),
        await say(flooder, a, 'a-2'),
        await say(flooder, b, 'b-2'),
        await say(flooder, a, 'a-3'),
      ];
      expect(said.map(outcome)).toEqual(['ok', 'ok', 'ok', limited, limited]);
      expect(outcome(await say(neighbour, a, 'a-from-elsewhere'))).toBe('ok');

      // Typing and reading have budgets of their own.
      expect([
        outcome(await from(flooder, TYPE, a)),
        outcome(await from(flooder, TYPE, b)),
        outcome(await from(flooder, TYPE, a)),
      ]).toEqual(['ok', 'ok', limited]);
      const reads = [];
      for (let i = 0; i < 5; i++) reads.push(outcome(await from(flooder, READ, a)));
      expect(reads).toEqual(['ok', 'ok', 'ok', 'ok', limited]);

      // The transcripts hold exactly what was let through.
      const staff = await flooded.signIn('sara', 'deskstream-agent');
      const texts = async (chatId: string) =>
        (
          await flooded.gql<{ chat: { transcript: { text: string }[] } }>(STAFF_CHAT, { id: chatId }, staff)
        ).data!.chat.transcript.map((entry) => entry.text);
      expect(await texts(a.c)).toEqual(['q', 'a-1', 'a-2', 'a-from-elsewhere']);
      expect(await texts(b.c)).toEqual(['q', 'b-1']);
    } finally {
      await flooded.close();
    }
  });
});

describe('after all that', () => {
  it('the read models are whole: no dead letters, and the desk still answers', async () => {
    const ready = await api.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ readModels: { deadLetters: 0 } });
    const pending = await api.gql<{ pendingChats: { id: string }[] }>('{ pendingChats { id } }', {}, sara);
    expect(pending.errors).toBeUndefined();
    const chatId = await visitor(api.gql).startChat('humanities', 'Still there?');
    expect((await api.gql(ACCEPT, { chatId }, sara)).errors).toBeUndefined();
  });
});
