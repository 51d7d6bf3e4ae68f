/** The reference desk live over graphql-ws: the pending queue, a chat's entries and typing, both ways. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';
import { liveClients, liveUrlOf, watch } from './testing/live-clients';
import { DEMO_STAFF } from './demo-data';
import { ACCEPT, SEND_AGENT, goOnline, visitor } from './testing/reference-desk';

let api: TestApi;
let wsUrl: string;
let sara: string;
const { connect, disposeAll } = liveClients(() => wsUrl);

beforeAll(async () => {
  api = await startTestApi();
  const address = await api.app.listen({ port: 0, host: '127.0.0.1' });
  wsUrl = liveUrlOf(address);
  sara = await api.signIn('sara', 'deskstream-agent');
  await goOnline(api.gql, sara);
});
afterAll(async () => {
  await disposeAll();
  await api?.close();
});

type Queue = { chatQueueChanged: { departmentId: string; chats: { id: string; visitor: { name: string } }[] } };
type Activity = { chatActivity: { chat: { status: string }; entry: { text: string; author: { kind: string } } } };
type VisitorActivity = {
  visitorChatActivity: {
    chat: { status: string; agentName: string | null };
    entry: { text: string; staffNote: string | null };
  };
};
type Typing = { typing: { by: string; name: string; typing: boolean } };

describe('live', () => {
  it('pushes the pending queue of the agent’s departments when a visitor starts a chat', async () => {
    const queue = watch<Queue>(
      connect(sara),
      'subscription { chatQueueChanged { departmentId chats { id visitor { name } } } }',
    );
    const push = await queue.until(
      (p) => p.chatQueueChanged.chats.some((chat) => chat.visitor.name === 'Leila'),
      () => visitor(api.gql, 'Leila').startChat('law', 'Is the law reading room open?'),
    );
    expect(push.chatQueueChanged.departmentId).toBe('law');
    queue.stop();
  });

  it('pushes each new entry to the agent and the visitor, and typing both ways', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'live?');
    await api.gql(ACCEPT, { chatId }, sara);

    const agentSide = watch<Activity>(
      connect(sara),
      'subscription ($c: ID!) { chatActivity(chatId: $c) { chat { status } entry { text author { kind } } } }',
      { c: chatId },
    );
    const fromVisitor = await agentSide.until(
      (p) => p.chatActivity.entry.author.kind === 'VISITOR' && p.chatActivity.entry.text.startsWith('ping'),
      (attempt) => reza.say(chatId, `ping ${attempt}`),
    );
    expect(fromVisitor.chatActivity.chat.status).toBe('ACTIVE');

    const visitorSide = watch<VisitorActivity>(
      connect(),
      'subscription ($c: ID!, $t: String!) { visitorChatActivity(chatId: $c, visitorToken: $t) { chat { status agentName } entry { text staffNote } } }',
      { c: chatId, t: reza.token },
    );
    const fromAgent = await visitorSide.until(
      (p) => p.visitorChatActivity.entry.text.startsWith('pong'),
      (attempt) => api.gql(SEND_AGENT, { chatId, id: `pong-${attempt}`, text: `pong ${attempt}` }, sara),
    );
    expect(fromAgent.visitorChatActivity.chat).toEqual({ status: 'ACTIVE', agentName: 'Sara Ahmadi' });

    const agentTyping = watch<{ chatTyping: Typing['typing'] }>(
      connect(sara),
      'subscription ($c: ID!) { chatTyping(chatId: $c) { by name typing } }',
      { c: chatId },
    );
    const visitorTyping = await agentTyping.until(
      () => true,
      () =>
        api.gql('mutation ($c: ID!, $t: String!) { setVisitorTyping(chatId: $c, visitorToken: $t, typing: true) }', {
          c: chatId,
          t: reza.token,
        }),
    );
    expect(visitorTyping.chatTyping).toEqual({ by: 'VISITOR', name: 'Reza Karimi', typing: true });

    const seenByVisitor = watch<{ visitorChatTyping: Typing['typing'] }>(
      connect(),
      'subscription ($c: ID!, $t: String!) { visitorChatTyping(chatId: $c, visitorToken: $t) { by name typing } }',
      { c: chatId, t: reza.token },
    );
    const typingAgent = await seenByVisitor.until(
      () => true,
      () => api.gql('mutation ($c: ID!) { setTyping(chatId: $c, typing: true) }', { c: chatId }, sara),
    );
    expect(typingAgent.visitorChatTyping).toEqual({ by: 'AGENT', name: 'Sara Ahmadi', typing: true });
    // The visitor never hears their own typing, nor the agent their own.
    expect(seenByVisitor.pushes.every((p) => p.visitorChatTyping.by === 'AGENT')).toBe(true);
    expect(agentTyping.pushes.every((p) => p.chatTyping.by === 'VISITOR')).toBe(true);
    for (const each of [agentSide, visitorSide, agentTyping, seenByVisitor]) each.stop();
  });

  it('stops following a chat for the agent it was transferred away from: no later replies, no closing reason', async () => {
    const minhId = DEMO_STAFF.find((staff) => staff.username === 'minh')!.id;
    const minh = await api.signIn('minh', 'deskstream-agent');
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'handed over and back');
    await api.gql(ACCEPT, { chatId }, sara);
    // Minh is of engineering only: he may follow the chat while it is his.
    const handed = await api.gql(
      'mutation ($c: ID!, $to: TransferTargetInput!) { transferChat(chatId: $c, to: $to, commandId: "to-minh") { status } }',
      { c: chatId, to: { agentId: minhId } },
      sara,
    );
    expect(handed.errors).toBeUndefined();
    const following = watch<Activity>(
      connect(minh),
      'subscription ($c: ID!) { chatActivity(chatId: $c) { chat { status } entry { text author { kind } } } }',
      { c: chatId },
    );
    await following.until(
      (p) => p.chatActivity.entry.text.startsWith('still there'),
      (attempt) => reza.say(chatId, `still there ${attempt}`),
    );

    // Back to humanities; Sara takes it again, answers and closes with a staff-only reason.
    const back = await api.gql(
      'mutation ($c: ID!) { transferChat(chatId: $c, to: { departmentId: "humanities" }, note: "not engineering", commandId: "back") { status } }',
      { c: chatId },
      minh,
    );
    expect(back.errors).toBeUndefined();
    await api.gql(ACCEPT, { chatId }, sara);
    await api.gql(SEND_AGENT, { chatId, id: 'after-transfer', text: 'Sara again, privately' }, sara);
    await api.gql(
      'mutation ($c: ID!) { closeChat(chatId: $c, reason: "staff-only reason", commandId: "close-after") { status } }',
      { c: chatId },
      sara,
    );

    // The first push after the transfer away (its own notice) ends Minh's subscription instead.
    expect(
      await Promise.race([following.failure, new Promise((resolve) => setTimeout(() => resolve('still open'), 5_000))]),
    ).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    const seen = following.pushes.map((p) => p.chatActivity.entry.text);
    expect(seen.some((text) => text.startsWith('still there'))).toBe(true);
    expect(seen).not.toContain('Sara again, privately');
    expect(JSON.stringify(following.pushes)).not.toContain('staff-only reason');
    following.stop();
  });

  it('refuses a subscriber with the token of another chat', async () => {
    const owner = visitor(api.gql);
    const chatId = await owner.startChat('humanities', 'private');
    const stranger = visitor(api.gql);
    await stranger.startChat('humanities', 'mine');
    const refused = watch(
      connect(),
      'subscription ($c: ID!, $t: String!) { visitorChatActivity(chatId: $c, visitorToken: $t) { entry { text } } }',
      {
        c: chatId,
        t: stranger.token,
      },
    );
    expect(await refused.failure).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'CHAT_VISITOR_TOKEN_INVALID' }),
      }),
    ]);
  });
});
