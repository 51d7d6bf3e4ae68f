/**
 * When the event store stops answering: `/health/ready` says so (503 `store unavailable`) and is
 * ready again once it answers; and when the embedded store is killed outright under a light
 * write load, the api starts it again on the same data and port, the projection runner
 * resubscribes, commands work again, and nothing acknowledged is lost.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startEmulator } from '@deskstream/esdb-emulator';
import type { FastifyInstance } from 'fastify';
import { startApp, type GraphqlResponse } from './testing/harness';
import { startMainProcess, type MainProcess } from './testing/main-process';
import { ACCEPT, SEND_AGENT, STAFF_CHAT, goOnline, visitor } from './testing/reference-desk';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

async function until<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 60_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; ;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('readiness follows the store', () => {
  it('answers 503 "store unavailable" with the reason while the store does not answer, and 200 once it does again', async () => {
    const first = await startEmulator({ memDb: true, port: 0 });
    let store = first;
    cleanups.push(() => store.stop());
    const app: FastifyInstance = await startApp(first.url, { seedDemoData: false });
    cleanups.push(() => app.close());
    const ready = () => app.inject({ method: 'GET', url: '/health/ready' });
    expect((await ready()).statusCode).toBe(200);

    await first.stop();
    const down = await until(async () => {
      const response = await ready();
      return response.statusCode === 503 && response;
    }, 'readiness to say the store is gone');
    expect(down.json()).toMatchObject({
      status: 'store unavailable',
      store: { reason: expect.any(String), recovery: [] },
    });

    store = await startEmulator({ memDb: true, port: Number(new URL(first.url.replace(/^esdb/, 'http')).port) });
    await until(async () => (await ready()).statusCode === 200, 'readiness once the store answers again');
  }, 90_000);
});

describe('the embedded store under supervision', () => {
  let api: MainProcess;

  it('is started again after kill -9; writes succeed again and every acknowledged one is kept', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'deskstream-supervision-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    api = await startMainProcess(dataDir);
    cleanups.push(() => api.stop('SIGKILL'));

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const gql = async <Data = Record<string, any>>(
      query: string,
      variables?: Record<string, unknown>,
      token?: string,
    ): Promise<GraphqlResponse<Data>> => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    };
    const signIn = await gql<{ signIn: { token: string } }>(
      'mutation { signIn(username: "sara", password: "deskstream-agent") { token } }',
    );
    const sara = signIn.data!.signIn.token;
    await goOnline(gql, sara);
    const chatId = await visitor(gql).startChat('humanities', 'Where are the theses kept?');
    expect((await gql(ACCEPT, { chatId }, sara)).errors).toBeUndefined();

    // A light write load: one agent message at a time, each with its own id, kept if acknowledged.
    const acknowledged: string[] = [];
    let failed = 0;
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        const text = `message ${i}`;
        const result = await gql(SEND_AGENT, { chatId, id: randomUUID(), text }, sara).catch(() => undefined);
        if (result?.data?.sendMessage) acknowledged.push(text);
        else failed++;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    await until(async () => acknowledged.length >= 5, 'five acknowledged writes');
    const storePid = api.storePid;
    process.kill(storePid, 'SIGKILL');

    const restarted = await until(
      async () => /embedded event store restarted \(pid (\d+)\)/.exec(api.output()),
      'the store to be started again',
    );
    expect(Number(restarted![1])).not.toBe(storePid);
    expect(api.output()).toMatch(/"level":50,[^\n]*the embedded event store exited unexpectedly \(signal SIGKILL\)/);
    const beforeRecovery = acknowledged.length;
    await until(
      async () => acknowledged.length >= beforeRecovery + 5,
      'five more acknowledged writes after the restart',
    );
    writing = false;
    await writer;

    await until(async () => (await fetch(`${api.url}/health/ready`)).status === 200, 'readiness after the restart');
    const chat = await gql<{ chat: { transcript: { text: string | null }[] } }>(STAFF_CHAT, { id: chatId }, sara);
    const kept = new Set(chat.data!.chat.transcript.map((entry) => entry.text));
    expect(acknowledged.filter((text) => !kept.has(text))).toEqual([]);
    expect(failed).toBeGreaterThanOrEqual(0);
  }, 180_000);
});
