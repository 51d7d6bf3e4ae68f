/** The reference desk's live chat through the real api, store and projection runner (000: the virtual reference desk). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, gqlOn, type TestApi } from './testing/harness';
import { DEMO_STAFF } from './demo-data';
import {
  ACCEPT,
  REQUEST_CHAT,
  SEND_AGENT,
  SEND_VISITOR,
  STAFF_CHAT,
  codeOf,
  goOffline,
  goOnline,
  newVisitorToken,
  visitor,
} from './testing/reference-desk';

let api: TestApi;
const GENEROUS = Object.fromEntries(
  ['startChat', 'question', 'message', 'typing', 'read'].map((action) => [action, { max: 10_000, windowMs: 60_000 }]),
) as never;
let sara: string;
let yuki: string;
let minh: string;

beforeAll(async () => {
  api = await startTestApi({ referenceDesk: { floodLimits: GENEROUS } });
  [sara, yuki, minh] = await Promise.all([
    api.signIn('sara', 'deskstream-agent'),
    api.signIn('yuki', 'deskstream-agent'),
    api.signIn('minh', 'deskstream-agent'),
  ]);
});
afterAll(() => api?.close());

const AVAILABILITY = 'query ($d: ID!) { chatAvailability(departmentId: $d) { online } }';
const PENDING = '{ pendingChats { id departmentId firstWords waitingSince visitor { name } } }';

describe('a live chat, as in the reference desk guide', () => {
  it('offers a live chat only while someone of the department is online', async () => {
    expect((await api.gql(AVAILABILITY, { d: 'law' })).data).toEqual({ chatAvailability: { online: false } });
    const refused = await api.gql(REQUEST_CHAT, {
      input: { departmentId: 'law', name: 'Reza', question: 'Hello?', visitorToken: newVisitorToken() },
    });
    expect(codeOf(refused)).toEqual({ code: 'CONFLICT', reason: 'CHAT_NO_AGENT_ONLINE' });
    expect(codeOf(await api.gql(AVAILABILITY, { d: 'astrology' }))).toEqual({
      code: 'NOT_FOUND',
      reason: 'CHAT_DEPARTMENT_NOT_FOUND',
    });
  });

  it('goes from pending to accepted, both ways, to "has closed the chat explicitly"', async () => {
    await goOnline(api.gql, sara);
    expect((await api.gql(AVAILABILITY, { d: 'humanities' })).data).toEqual({ chatAvailability: { online: true } });

    const reza = visitor(api.gql, 'Reza Karimi');
    const chatId = await reza.startChat('humanities', 'آیا کتاب «بوف کور» در کتابخانه موجود است؟');
    const pending = await api.gql(PENDING, {}, sara);
    expect(pending.data!.pendingChats).toContainEqual(
      expect.objectContaining({
        id: chatId,
        departmentId: 'humanities',
        visitor: { name: 'Reza Karimi' },
        firstWords: 'آیا کتاب «بوف کور» در کتابخانه موجود است؟',
      }),
    );
    expect((await api.gql(PENDING, {}, minh)).data!.pendingChats).toEqual([]);

    const accepted = await api.gql(ACCEPT, { chatId }, sara);
    expect(accepted.data!.acceptChat).toEqual({ id: chatId, status: 'ACTIVE', agent: { name: 'Sara Ahmadi' } });
    expect((await api.gql(PENDING, {}, sara)).data!.pendingChats.map((c: { id: string }) => c.id)).not.toContain(
      chatId,
    );

    const reply = await api.gql(SEND_AGENT, { chatId, id: 'r1', text: '**بله**، در قفسهٔ ۳.' }, sara);
    expect(reply.data!.sendMessage).toMatchObject({
      text: '**بله**، در قفسهٔ ۳.',
      author: { kind: 'AGENT', name: 'Sara Ahmadi' },
    });
    expect((await reza.say(chatId, 'ممنون! امانت می‌دهید؟')).errors).toBeUndefined();
    await api.gql(SEND_AGENT, { chatId, id: 'r2', text: 'بله، دو هفته.' }, sara);

    const closed = await api.gql(
      'mutation ($c: ID!, $t: String!) { closeChatAsVisitor(chatId: $c, visitorToken: $t) { status closedBy } }',
      { c: chatId, t: reza.token },
    );
    expect(closed.data!.closeChatAsVisitor).toEqual({ status: 'CLOSED', closedBy: 'VISITOR' });

    const transcript = (await api.gql(STAFF_CHAT, { id: chatId }, sara)).data!.chat.transcript as {
      kind: string;
      text: string;
      author: { name: string };
    }[];
    expect(
      transcript.map((entry) => (entry.kind === 'MESSAGE' ? `${entry.author.name}: ${entry.text}` : entry.text)),
    ).toEqual([
      'Reza Karimi: آیا کتاب «بوف کور» در کتابخانه موجود است؟',
      'Sara Ahmadi has joined the chat',
      'Sara Ahmadi: **بله**، در قفسهٔ ۳.',
      'Reza Karimi: ممنون! امانت می‌دهید؟',
      'Sara Ahmadi: بله، دو هفته.',
      'Reza Karimi has closed the chat explicitly',
    ]);
    expect(codeOf(await reza.say(chatId, 'one more thing'))).toEqual({ code: 'CONFLICT', reason: 'CHAT_CLOSED' });
    expect(codeOf(await api.gql(SEND_AGENT, { chatId, id: 'r3', text: 'hello?' }, sara))).toEqual({
      code: 'CONFLICT',
      reason: 'CHAT_CLOSED',
    });

    const again = await visitor(api.gql, 'Reza Karimi').startChat('humanities', 'A new question');
    expect(again).not.toBe(chatId);
  });

  it('gives a chat accepted at the same moment by two agents to exactly one of them', async () => {
    await goOnline(api.gql, yuki);
    const chatId = await visitor(api.gql, 'Maryam').startChat('humanities', 'Two of you at once?');
    const results = await Promise.all([api.gql(ACCEPT, { chatId }, sara), api.gql(ACCEPT, { chatId }, yuki)]);
    const winners = results.filter((result) => result.data?.acceptChat);
    const losers = results.filter((result) => result.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(codeOf(losers[0]!)).toEqual({
      code: 'CONFLICT',
      reason: expect.stringMatching(/^(CHAT_ALREADY_ACCEPTED|CONFLICT)$/),
    });
    const holder = winners[0]!.data!.acceptChat.agent.name;
    const chat = await api.gql(STAFF_CHAT, { id: chatId }, yuki);
    expect(chat.data!.chat.agent.name).toBe(holder);
    expect(chat.data!.chat.transcript.filter((entry: { notice: string }) => entry.notice === 'ACCEPTED')).toHaveLength(
      1,
    );
  });

  it('shows a retried message once', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'Retry me');
    const first = await reza.say(chatId, 'same words', 'client-message-1');
    const retried = await reza.say(chatId, 'same words', 'client-message-1');
    expect(retried.data!.sendVisitorMessage.id).toBe(first.data!.sendVisitorMessage.id);
    await api.gql(ACCEPT, { chatId }, sara);
    await api.gql(SEND_AGENT, { chatId, id: 'a-1', text: 'once' }, sara);
    await api.gql(SEND_AGENT, { chatId, id: 'a-1', text: 'once' }, sara);
    const texts = (await reza.view(chatId)).data!.visitorChat.transcript.map((entry: { text: string }) => entry.text);
    expect(texts.filter((text: string) => text === 'same words')).toHaveLength(1);
    expect(texts.filter((text: string) => text === 'once')).toHaveLength(1);
  });

  it('transfers to another department with a note staff see and the visitor does not', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'A question about contracts');
    await api.gql(ACCEPT, { chatId }, sara);
    const transferred = await api.gql(
      'mutation ($c: ID!, $to: TransferTargetInput!, $n: String, $k: ID!) { transferChat(chatId: $c, to: $to, note: $n, commandId: $k) { status departmentId } }',
      { c: chatId, to: { departmentId: 'law' }, n: 'contract law, not literature', k: 't1' },
      sara,
    );
    expect(transferred.data!.transferChat).toEqual({ status: 'PENDING', departmentId: 'law' });
    const staffView = (await api.gql(STAFF_CHAT, { id: chatId }, sara)).data!.chat.transcript.at(-1);
    expect(staffView).toMatchObject({
      notice: 'TRANSFERRED',
      text: 'The chat has been transferred to Law',
      staffNote: 'contract law, not literature',
    });
    expect((await reza.view(chatId)).data!.visitorChat.transcript.at(-1)).toMatchObject({
      notice: 'TRANSFERRED',
      staffNote: null,
    });
    const closed = await api.gql(
      'mutation ($c: ID!) { closeChat(chatId: $c, reason: "answered by phone", commandId: "k1") { status closeReason } }',
      { c: chatId },
      sara,
    );
    expect(closed.data!.closeChat).toEqual({ status: 'CLOSED', closeReason: 'answered by phone' });
  });
});

describe('transfers to a person', () => {
  const TRANSFER =
    'mutation ($c: ID!, $to: TransferTargetInput!, $k: ID!) { transferChat(chatId: $c, to: $to, commandId: $k) { status agent { name } } }';
  const staffId = (username: string) => DEMO_STAFF.find((staff) => staff.username === username)!.id;

  it('are refused to someone who does not answer chats, and go to an agent of a department', async () => {
    await goOnline(api.gql, sara);
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'Who answers?');
    await api.gql(ACCEPT, { chatId }, sara);
    for (const [username, k] of [
      ['pouya', 'to-product'],
      ['admin', 'to-admin'],
    ] as const) {
      expect(codeOf(await api.gql(TRANSFER, { c: chatId, to: { agentId: staffId(username) }, k }, sara))).toEqual({
        code: 'CONFLICT',
        reason: 'CHAT_TRANSFER_TARGET_CANNOT_ANSWER',
      });
    }
    expect((await api.gql(STAFF_CHAT, { id: chatId }, sara)).data!.chat).toMatchObject({
      status: 'ACTIVE',
      agent: { name: 'Sara Ahmadi' },
    });
    const toMinh = await api.gql(TRANSFER, { c: chatId, to: { agentId: staffId('minh') }, k: 'to-minh' }, sara);
    expect(toMinh.errors).toBeUndefined();
    expect(toMinh.data!.transferChat.status).toBe('ACTIVE');
  });
});

describe('client message ids', () => {
  it('come back on each side’s own messages, for everyone who reads the transcript', async () => {
    await goOnline(api.gql, sara);
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'Which is mine?');
    await api.gql(ACCEPT, { chatId }, sara);
    const sent = await api.gql(SEND_VISITOR, { chatId, token: reza.token, id: 'visitor-msg-1', text: 'mine' });
    expect(sent.errors).toBeUndefined();
    const replied = await api.gql(
      'mutation ($c: ID!) { sendMessage(chatId: $c, clientMessageId: "agent-msg-1", text: "yours") { clientMessageId } }',
      { c: chatId },
      sara,
    );
    expect(replied.data!.sendMessage).toEqual({ clientMessageId: 'agent-msg-1' });
    const entries = (entries: { text: string; clientMessageId: string | null }[]) =>
      entries.map((entry) => [entry.text, entry.clientMessageId]);
    const staffSide = await api.gql(
      'query ($id: ID!) { chat(id: $id) { transcript { text clientMessageId } } }',
      { id: chatId },
      sara,
    );
    expect(entries(staffSide.data!.chat.transcript)).toEqual([
      ['Which is mine?', null],
      ['Sara Ahmadi has joined the chat', null],
      ['mine', 'visitor-msg-1'],
      ['yours', 'agent-msg-1'],
    ]);
    const visitorSide = await api.gql(
      'query ($c: ID!, $t: String!) { visitorChat(chatId: $c, visitorToken: $t) { transcript { text clientMessageId } } }',
      { c: chatId, t: reza.token },
    );
    expect(entries(visitorSide.data!.visitorChat.transcript)).toEqual(entries(staffSide.data!.chat.transcript));
  });
});

describe('notices', () => {
  it('say whom they are about, so clients word them in their reader’s language; the English text stays', async () => {
    await goOnline(api.gql, sara);
    const reza = visitor(api.gql, 'Reza Karimi');
    const chatId = await reza.startChat('humanities', 'Whom is it about?');
    await api.gql(ACCEPT, { chatId }, sara);
    await api.gql(
      'mutation ($c: ID!) { transferChat(chatId: $c, to: { departmentId: "law" }, note: "n", commandId: "subject-t1") { id } }',
      { c: chatId },
      sara,
    );
    await api.gql(ACCEPT, { chatId }, sara);
    await api.gql('mutation ($c: ID!, $t: String!) { closeChatAsVisitor(chatId: $c, visitorToken: $t) { id } }', {
      c: chatId,
      t: reza.token,
    });
    const ENTRIES = 'transcript { kind notice text subject { kind id name } }';
    const staff = (await api.gql(`query ($id: ID!) { chat(id: $id) { ${ENTRIES} } }`, { id: chatId }, sara)).data!.chat
      .transcript;
    const saraId = (await api.gql('{ me { id } }', {}, sara)).data!.me.id;
    expect(staff).toEqual([
      { kind: 'MESSAGE', notice: null, text: 'Whom is it about?', subject: null },
      {
        kind: 'NOTICE',
        notice: 'ACCEPTED',
        text: 'Sara Ahmadi has joined the chat',
        subject: { kind: 'AGENT', id: saraId, name: 'Sara Ahmadi' },
      },
      {
        kind: 'NOTICE',
        notice: 'TRANSFERRED',
        text: 'The chat has been transferred to Law',
        subject: { kind: 'DEPARTMENT', id: 'law', name: 'Law' },
      },
      {
        kind: 'NOTICE',
        notice: 'ACCEPTED',
        text: 'Sara Ahmadi has joined the chat',
        subject: { kind: 'AGENT', id: saraId, name: 'Sara Ahmadi' },
      },
      {
        kind: 'NOTICE',
        notice: 'CLOSED_BY_VISITOR',
        text: 'Reza Karimi has closed the chat explicitly',
        subject: { kind: 'VISITOR', id: null, name: 'Reza Karimi' },
      },
    ]);
    const seenByVisitor = await api.gql(
      `query ($c: ID!, $t: String!) { visitorChat(chatId: $c, visitorToken: $t) { ${ENTRIES} } }`,
      { c: chatId, t: reza.token },
    );
    expect(seenByVisitor.data!.visitorChat.transcript).toEqual(staff);
  });
});

describe('who may do what', () => {
  it('keeps a chat to its visitor token and to the staff of its department', async () => {
    const reza = visitor(api.gql);
    const maryam = visitor(api.gql, 'Maryam');
    const rezaChat = await reza.startChat('humanities', 'mine');
    const maryamChat = await maryam.startChat('humanities', 'hers');
    expect(
      codeOf(
        await api.gql('query ($c: ID!, $t: String!) { visitorChat(chatId: $c, visitorToken: $t) { id } }', {
          c: maryamChat,
          t: reza.token,
        }),
      ),
    ).toEqual({
      code: 'FORBIDDEN',
      reason: 'CHAT_VISITOR_TOKEN_INVALID',
    });
    expect(codeOf(await reza.say(maryamChat, 'let me in'))).toEqual({
      code: 'FORBIDDEN',
      reason: 'CHAT_VISITOR_TOKEN_INVALID',
    });
    expect(codeOf(await api.gql(ACCEPT, { chatId: rezaChat }, minh))).toEqual({
      code: 'FORBIDDEN',
      reason: 'ACCESS_DEPARTMENT_REQUIRED',
    });
    expect(codeOf(await api.gql(ACCEPT, { chatId: rezaChat }))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'ACCESS_NOT_SIGNED_IN',
    });
    await api.gql(ACCEPT, { chatId: rezaChat }, sara);
    expect(codeOf(await api.gql(SEND_AGENT, { chatId: rezaChat, id: 'x', text: 'mine now' }, yuki))).toEqual({
      code: 'FORBIDDEN',
      reason: 'CHAT_NOT_YOURS',
    });
  });

  it('answers bad input with clear errors and keeps the transcript whole', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'bad input ahead');
    expect(codeOf(await reza.say(chatId, '   '))).toEqual({ code: 'VALIDATION_ERROR', reason: 'CHAT_MESSAGE_EMPTY' });
    expect(codeOf(await reza.say(chatId, 'x'.repeat(10_001)))).toEqual({
      code: 'VALIDATION_ERROR',
      reason: 'CHAT_MESSAGE_TOO_LONG',
    });
    expect((await reza.say(chatId, 'y'.repeat(10_000))).errors).toBeUndefined();
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    expect((await reza.say(chatId, html)).data!.sendVisitorMessage.text).toBe(html);
    const badName = await api.gql(REQUEST_CHAT, {
      input: { departmentId: 'humanities', name: '<b>Reza</b>', question: 'q', visitorToken: newVisitorToken() },
    });
    expect(codeOf(badName)).toEqual({ code: 'VALIDATION_ERROR', reason: 'CHAT_VISITOR_NAME_INVALID' });
    expect(
      codeOf(
        await api.gql(REQUEST_CHAT, {
          input: { departmentId: 'humanities', name: 'R', question: 'q', visitorToken: 'short' },
        }),
      ),
    ).toEqual({
      code: 'VALIDATION_ERROR',
      reason: 'CHAT_VISITOR_TOKEN_MALFORMED',
    });
    expect(codeOf(await reza.say('00000000-0000-0000-0000-000000000000', 'hello'))).toEqual({
      code: 'NOT_FOUND',
      reason: 'CHAT_NOT_FOUND',
    });
    const transcript = (await reza.view(chatId)).data!.visitorChat.transcript.map(
      (entry: { text: string }) => entry.text,
    );
    expect(transcript).toEqual(['bad input ahead', 'y'.repeat(10_000), html]);
  });

  it('rate limits a flood of messages from one address', async () => {
    const flooded = await startTestApi({
      referenceDesk: {
        floodLimits: {
          startChat: { max: 2, windowMs: 60_000 },
          question: { max: 2, windowMs: 60_000 },
          message: { max: 3, windowMs: 60_000 },
          typing: { max: 3, windowMs: 60_000 },
          read: { max: 100, windowMs: 60_000 },
        },
      },
    });
    try {
      await goOnline(flooded.gql, await flooded.signIn('sara', 'deskstream-agent'));
      const reza = visitor(flooded.gql);
      const chatId = await reza.startChat('law', 'flood');
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push(codeOf(await reza.say(chatId, `message ${i}`))?.code);
      expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
      expect((await reza.view(chatId)).data!.visitorChat.transcript).toHaveLength(4);
    } finally {
      await flooded.close();
    }
  });
});

describe('supervisors', () => {
  it('see waiting and active chats, each agent’s load and the day’s figures; agents do not', async () => {
    const overview = await api.gql(
      '{ chatOverview { waiting { id } active { id agent { name } } agents { agent { name } online activeChats } } }',
      {},
      yuki,
    );
    expect(overview.errors).toBeUndefined();
    const saraLoad = overview.data!.chatOverview.agents.find(
      (load: { agent: { name: string } }) => load.agent.name === 'Sara Ahmadi',
    );
    expect(saraLoad).toMatchObject({ online: true });
    expect(saraLoad.activeChats).toBe(
      overview.data!.chatOverview.active.filter(
        (chat: { agent: { name: string } }) => chat.agent.name === 'Sara Ahmadi',
      ).length,
    );
    expect(codeOf(await api.gql('{ chatOverview { waiting { id } } }', {}, sara))).toEqual({
      code: 'FORBIDDEN',
      reason: 'ACCESS_ROLE_REQUIRED',
    });

    const today = new Date().toISOString().slice(0, 10);
    const figures = await api.gql(
      'query ($d: String!) { chatDailyFigures(from: $d, to: $d) { day chatsStarted chatsAnswered medianWaitSeconds } }',
      { d: today },
      yuki,
    );
    expect(figures.data!.chatDailyFigures[0].chatsStarted).toBeGreaterThanOrEqual(5);
    expect(figures.data!.chatDailyFigures[0].medianWaitSeconds).toBeGreaterThanOrEqual(0);
  });
});

describe('an api restart in the middle of a chat', () => {
  it('loses nothing the visitor sent: a second api on the same store shows it all and carries on', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'before the restart');
    await api.gql(ACCEPT, { chatId }, sara);
    for (let i = 1; i <= 3; i++) await reza.say(chatId, `message ${i} ۱۲۳`);

    const second = await api.restart();
    const onSecond: TestApi['gql'] = (query, variables, token) => gqlOn(second, query, variables, token);
    const view = await onSecond<{ visitorChat: { status: string; agentName: string; transcript: { text: string }[] } }>(
      'query ($c: ID!, $t: String!) { visitorChat(chatId: $c, visitorToken: $t) { status agentName transcript { text } } }',
      { c: chatId, t: reza.token },
    );
    expect(view.data!.visitorChat.status).toBe('ACTIVE');
    expect(view.data!.visitorChat.agentName).toBe('Sara Ahmadi');
    expect(view.data!.visitorChat.transcript.map((entry) => entry.text)).toEqual([
      'before the restart',
      'Sara Ahmadi has joined the chat',
      'message 1 ۱۲۳',
      'message 2 ۱۲۳',
      'message 3 ۱۲۳',
    ]);
    const onwards = visitor(onSecond, 'Reza Karimi');
    expect((await onwards.say(chatId, 'not my chat')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await onSecond(
      'mutation ($c: ID!, $t: String!, $i: ID!, $x: String!) { sendVisitorMessage(chatId: $c, visitorToken: $t, clientMessageId: $i, text: $x) { text } }',
      { c: chatId, t: reza.token, i: 'after', x: 'after the restart' },
    );
    expect(after.errors).toBeUndefined();
    const reply = await onSecond(SEND_AGENT, { chatId, id: 'after-restart', text: 'still here' }, sara);
    expect(reply.data!.sendMessage.author.name).toBe('Sara Ahmadi');
  });
});

afterAll(async () => {
  if (sara) await goOffline(api.gql, sara).catch(() => undefined);
});
