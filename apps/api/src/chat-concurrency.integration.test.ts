/**
 * The reference desk when things happen at once, through two api processes on one store (as
 * behind a load balancer): two agents accepting the same chat at the same moment on different
 * processes, and the same message sent again and again (a retry after a lost answer, reaching
 * either process) — each written once.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlOn, startTestApi, type TestApi } from './testing/harness';
import {
  ACCEPT,
  SEND_AGENT,
  SEND_VISITOR,
  STAFF_CHAT,
  codeOf,
  goOffline,
  goOnline,
  visitor,
} from './testing/reference-desk';

let api: TestApi;
let second: FastifyInstance;
let onSecond: TestApi['gql'];
let sara: string;
let yuki: string;
const GENEROUS = Object.fromEntries(
  ['startChat', 'question', 'message', 'typing', 'read'].map((action) => [action, { max: 10_000, windowMs: 60_000 }]),
) as never;

beforeAll(async () => {
  api = await startTestApi({ referenceDesk: { floodLimits: GENEROUS } });
  [sara, yuki] = await Promise.all([api.signIn('sara', 'deskstream-agent'), api.signIn('yuki', 'deskstream-agent')]);
  await goOnline(api.gql, sara);
  await goOnline(api.gql, yuki);
  second = await api.restart();
  onSecond = (query, variables, token) => gqlOn(second, query, variables, token);
}, 30_000);

afterAll(async () => {
  if (sara) await goOffline(api.gql, sara).catch(() => undefined);
  if (yuki) await goOffline(api.gql, yuki).catch(() => undefined);
  await api?.close();
});

type StaffChat = {
  chat: {
    status: string;
    agent: { name: string } | null;
    transcript: { kind: string; text: string; notice: string | null; author: { kind: string; name: string } }[];
  };
};

/** Asks until the process's read model shows what `ready` wants (another process's write arrives by its own runner). */
async function eventually<T>(ask: () => Promise<T>, ready: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const value = await ask();
    if (ready(value) || attempt === 250) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('two agents accepting the same chat at the same moment, on two api processes', () => {
  it('gives each chat to exactly one of them and tells the other it was taken', async () => {
    for (let round = 0; round < 6; round++) {
      const chatId = await visitor(api.gql, `Visitor ${round}`).startChat('humanities', `Who takes me? (${round})`);
      await eventually(
        () => onSecond('query ($id: ID!) { chat(id: $id) { id } }', { id: chatId }, yuki),
        (answer) => !answer.errors,
      );

      // Sara on the first process, Yuki on the second; who goes first alternates.
      const bySara = () => api.gql(ACCEPT, { chatId }, sara);
      const byYuki = () => onSecond(ACCEPT, { chatId }, yuki);
      const [saraAnswer, yukiAnswer] =
        round % 2 === 0 ? await Promise.all([bySara(), byYuki()]) : (await Promise.all([byYuki(), bySara()])).reverse();
      const answers = [saraAnswer!, yukiAnswer!];
      const winners = answers.filter((answer) => answer.data?.acceptChat);
      const losers = answers.filter((answer) => answer.errors);
      expect(winners, `round ${round}`).toHaveLength(1);
      expect(losers, `round ${round}`).toHaveLength(1);
      expect(codeOf(losers[0]!)).toEqual({ code: 'CONFLICT', reason: 'CHAT_ALREADY_ACCEPTED' });
      expect(losers[0]!.errors![0]!.message).toBe('Another agent has already accepted this chat.');
      const holder = winners[0]!.data!.acceptChat.agent.name as string;
      expect(winners[0]!.data!.acceptChat.status).toBe('ACTIVE');

      // Both processes agree on who holds it, with one "has joined" notice.
      for (const [ask, token] of [
        [api.gql, sara],
        [onSecond, yuki],
      ] as const) {
        const seen = await eventually(
          () => ask<StaffChat>(STAFF_CHAT, { id: chatId }, token),
          (answer) => answer.data?.chat.agent?.name === holder,
        );
        expect(seen.data!.chat.agent!.name).toBe(holder);
        expect(
          seen.data!.chat.transcript.filter((entry) => entry.notice === 'ACCEPTED').map((entry) => entry.text),
        ).toEqual([`${holder} has joined the chat`]);
      }
      const loserToken = holder === 'Sara Ahmadi' ? yuki : sara;
      const loserChats = await api.gql<{ myChats: { id: string }[] }>('{ myChats { id } }', {}, loserToken);
      expect(loserChats.data!.myChats.map((chat) => chat.id)).not.toContain(chatId);
      // Accepting again is no news to the winner and the same refusal to the loser.
      expect(codeOf(await api.gql(ACCEPT, { chatId }, loserToken))).toEqual({
        code: 'CONFLICT',
        reason: 'CHAT_ALREADY_ACCEPTED',
      });
    }
  }, 60_000);
});

describe('a message sent again with the same client message id', () => {
  it('appears once, whichever process the retries reach and however many arrive at once', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('humanities', 'Retries ahead');
    const accepted = await api.gql(ACCEPT, { chatId }, sara);
    expect(accepted.errors).toBeUndefined();
    await eventually(
      () => onSecond<StaffChat>(STAFF_CHAT, { id: chatId }, sara),
      (answer) => answer.data?.chat.status === 'ACTIVE',
    );

    // The visitor's send, and its retries at the same moment on both processes.
    const visitorSend = (gql: TestApi['gql'], text = 'Is the reading room open on Friday?') =>
      gql(SEND_VISITOR, { chatId, token: reza.token, id: 'visitor-message-1', text });
    const visitorAnswers = await Promise.all([
      visitorSend(api.gql),
      visitorSend(onSecond),
      visitorSend(api.gql),
      visitorSend(onSecond),
    ]);
    for (const answer of visitorAnswers) expect(answer.errors).toBeUndefined();
    expect(new Set(visitorAnswers.map((answer) => answer.data!.sendVisitorMessage.id)).size).toBe(1);

    // The agent's send, and its retries at the same moment on both processes.
    const agentSend = (gql: TestApi['gql'], text = 'Yes, from 9 to 17.') =>
      gql(SEND_AGENT, { chatId, id: 'agent-message-1', text }, sara);
    const agentAnswers = await Promise.all([agentSend(onSecond), agentSend(api.gql), agentSend(onSecond)]);
    for (const answer of agentAnswers) expect(answer.errors).toBeUndefined();
    expect(new Set(agentAnswers.map((answer) => answer.data!.sendMessage.id)).size).toBe(1);

    // More is said; then late retries (one with other words, as a buggy client might send) change nothing.
    expect((await reza.say(chatId, 'Thank you!', 'visitor-message-2')).errors).toBeUndefined();
    const lateVisitor = await visitorSend(onSecond, 'different words, same id');
    expect(lateVisitor.data!.sendVisitorMessage).toMatchObject({
      id: visitorAnswers[0]!.data!.sendVisitorMessage.id,
      text: 'Is the reading room open on Friday?',
    });
    const lateAgent = await agentSend(api.gql, 'different words, same id');
    expect(lateAgent.data!.sendMessage).toMatchObject({
      id: agentAnswers[0]!.data!.sendMessage.id,
      text: 'Yes, from 9 to 17.',
    });

    const expected = [
      'VISITOR: Retries ahead',
      'Sara Ahmadi has joined the chat',
      'VISITOR: Is the reading room open on Friday?',
      'AGENT: Yes, from 9 to 17.',
      'VISITOR: Thank you!',
    ];
    const lines = (answer: { data?: StaffChat | null }) =>
      answer.data!.chat.transcript.map((entry) =>
        entry.kind === 'MESSAGE' ? `${entry.author.kind}: ${entry.text}` : entry.text,
      );
    for (const ask of [api.gql, onSecond]) {
      const seen = await eventually(
        () => ask<StaffChat>(STAFF_CHAT, { id: chatId }, sara),
        (answer) => answer.data?.chat.transcript.length === expected.length,
      );
      expect(lines(seen)).toEqual(expected);
    }
    const visitorView = await reza.view(chatId);
    expect(visitorView.data!.visitorChat.transcript.map((entry: { text: string }) => entry.text)).toHaveLength(
      expected.length,
    );
  });
});
