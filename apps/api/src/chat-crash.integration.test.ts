/**
 * Nothing a visitor typed is lost when the api dies in the middle of a chat: `main.ts` runs as a
 * real process with the embedded store, is killed with SIGKILL while messages are on their way,
 * and starts again on the same data folder. The visitor's browser sends again, with the same
 * client message ids, whatever was not acknowledged (as the portal does after a reconnection);
 * every message is then in the transcript exactly once and the chat carries on.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphqlResponse } from './testing/harness';
import { gone, startMainProcess, type MainProcess } from './testing/main-process';
import { ACCEPT, SEND_AGENT, SEND_VISITOR, SET_PRESENCE, STAFF_CHAT, VISITOR_CHAT } from './testing/reference-desk';

let dataDir: string;
let running: MainProcess | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'deskstream-crash-'));
});

afterAll(async () => {
  await running?.stop('SIGKILL');
  if (running) await gone(running.storePid).catch(() => undefined);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** GraphQL over HTTP to the running process; a dropped connection comes back as `{ status: 0 }`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function gql<Data = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphqlResponse<Data>> {
  try {
    const response = await fetch(`${running!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  } catch {
    return { status: 0 };
  }
}

const acknowledged = (answer: GraphqlResponse) => answer.status === 200 && !answer.errors && answer.data != null;

describe('an api killed in the middle of a chat', () => {
  it('loses nothing the visitor typed: after a restart on the same data every message is there once, and the chat goes on', async () => {
    running = await startMainProcess(dataDir);
    const signedIn = await gql<{ signIn: { token: string } }>(
      'mutation { signIn(username: "sara", password: "deskstream-agent") { token } }',
    );
    const sara = signedIn.data!.signIn.token;
    expect((await gql(SET_PRESENCE, { s: 'ONLINE', c: 'crash-online' }, sara)).errors).toBeUndefined();

    const token = randomBytes(32).toString('base64url');
    const requested = await gql<{ requestChat: { id: string } }>(
      'mutation ($i: ChatRequestInput!) { requestChat(input: $i) { id } }',
      {
        i: {
          departmentId: 'humanities',
          name: 'Reza Karimi',
          question: 'Is «The Blind Owl» on the shelf?',
          visitorToken: token,
        },
      },
    );
    const chatId = requested.data!.requestChat.id;
    expect(acknowledged(await gql(ACCEPT, { chatId }, sara))).toBe(true);

    const say = (id: string) => gql(SEND_VISITOR, { chatId, token, id, text: `message ${id} — پیام ${id}` });
    const unacknowledged = new Set<string>();
    // The first messages are acknowledged one by one, with an answer in between.
    for (let n = 1; n <= 6; n++) expect(acknowledged(await say(String(n)))).toBe(true);
    expect(acknowledged(await gql(SEND_AGENT, { chatId, id: 'reply-1', text: 'Let me look.' }, sara))).toBe(true);

    // Then a burst, and the api is killed while it is on its way.
    const burst = ['7', '8', '9', '10', '11', '12', '13', '14'];
    const answers = burst.map((id, index) =>
      new Promise<void>((resolve) => setTimeout(resolve, index * 15)).then(async () => {
        const answer = await say(id);
        if (!acknowledged(answer)) unacknowledged.add(id);
        return answer;
      }),
    );
    await Promise.race(answers);
    const killed = running;
    expect(await killed.stop('SIGKILL')).toBeNull();
    await Promise.all(answers);
    await gone(killed.storePid);
    expect(unacknowledged.size, 'messages the kill left unanswered').toBeGreaterThan(0);
    // The answer to the last acknowledged message was lost too, as far as the browser knows.
    unacknowledged.add('6');

    running = await startMainProcess(dataDir);
    for (const id of [...unacknowledged].sort((a, b) => Number(a) - Number(b))) {
      const again = await say(id);
      expect(again.errors, `message ${id} sent again`).toBeUndefined();
      expect(again.data!.sendVisitorMessage.text).toBe(`message ${id} — پیام ${id}`);
    }

    type Entry = { id: string; kind: string; text: string; author: { kind: string } };
    const seen = await gql<{ visitorChat: { status: string; agentName: string; transcript: Entry[] } }>(VISITOR_CHAT, {
      chatId,
      token,
    });
    expect(seen.data!.visitorChat).toMatchObject({ status: 'ACTIVE', agentName: 'Sara Ahmadi' });
    const visitorTexts = seen
      .data!.visitorChat.transcript.filter((entry) => entry.author.kind === 'VISITOR')
      .map((entry) => entry.text);
    const expected = [
      'Is «The Blind Owl» on the shelf?',
      ...[...Array(14).keys()].map((n) => `message ${n + 1} — پیام ${n + 1}`),
    ];
    expect([...visitorTexts].sort()).toEqual([...expected].sort());
    expect(new Set(visitorTexts).size).toBe(visitorTexts.length);
    // The ones acknowledged one by one keep their order.
    expect(visitorTexts.slice(0, 7)).toEqual(expected.slice(0, 7));

    // The chat carries on: the agent's session and the chat survived; the visitor closes it.
    expect(acknowledged(await gql(SEND_AGENT, { chatId, id: 'reply-2', text: 'Found it: shelf 3.' }, sara))).toBe(true);
    expect(acknowledged(await say('15'))).toBe(true);
    const closed = await gql(
      'mutation ($c: ID!, $t: String!) { closeChatAsVisitor(chatId: $c, visitorToken: $t) { status } }',
      { c: chatId, t: token },
    );
    expect(closed.data).toEqual({ closeChatAsVisitor: { status: 'CLOSED' } });
    const staff = await gql<{ chat: { transcript: Entry[] } }>(STAFF_CHAT, { id: chatId }, sara);
    const texts = staff.data!.chat.transcript.map((entry) => entry.text);
    expect(texts.filter((text) => text.startsWith('message '))).toHaveLength(15);
    expect(texts.slice(-3)).toEqual([
      'Found it: shelf 3.',
      'message 15 — پیام 15',
      'Reza Karimi has closed the chat explicitly',
    ]);

    const stopped = running;
    running = undefined;
    expect(await stopped.stop('SIGTERM')).toBe(0);
    await gone(stopped.storePid);
  }, 150_000);
});
