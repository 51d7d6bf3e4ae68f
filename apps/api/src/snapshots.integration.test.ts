/**
 * Read-model snapshots through the whole api on the emulator: a restart restores every read model
 * that keeps snapshots, catches up on the events written meanwhile by another process, and then
 * holds exactly what a cold replay of the same store holds (their serialised states compared).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from './app';
import { gqlOn, startApp } from './testing/harness';
import { ACCEPT, SEND_AGENT, goOnline, visitor } from './testing/reference-desk';

let store: RunningEmulator | undefined;
let folder: string | undefined;
const open: FastifyInstance[] = [];

afterAll(async () => {
  for (const app of open) await app.close().catch(() => undefined);
  await store?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Background writers slowed down, so no process writes on its own while the states are compared. */
const QUIET: Partial<AppOptions> = {
  bookings: { reminderIntervalMs: 3_600_000 },
  knowledgeBase: { viewFlushIntervalMs: 3_600_000 },
};

async function run(options: Partial<AppOptions>, work?: (app: FastifyInstance) => Promise<void>) {
  const app = await startApp(store!.url, { seedDemoData: false, ...QUIET, ...options });
  open.push(app);
  const ready = (await app.inject({ method: 'GET', url: '/health/ready' })).json() as {
    snapshots: { name: string; restore: string; reason?: string }[];
  };
  await work?.(app);
  await app.close();
  return ready.snapshots;
}

async function chatActivity(app: FastifyInstance) {
  const gql = <Data>(query: string, variables?: Record<string, unknown>, token?: string) =>
    gqlOn<Data>(app, query, variables, token);
  const signIn = await gql<{ signIn: { token: string } }>(
    'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
    { u: 'sara', p: 'deskstream-agent' },
  );
  const sara = signIn.data!.signIn.token;
  await goOnline(gql, sara);
  const chatId = await visitor(gql).startChat('humanities', `Where are the theses kept? ${randomUUID()}`);
  expect((await gql(ACCEPT, { chatId }, sara)).errors).toBeUndefined();
  expect(
    (await gql(SEND_AGENT, { chatId, id: randomUUID(), text: 'On the second floor.' }, sara)).errors,
  ).toBeUndefined();
}

/** Maps and Sets as their entries in order, so two states compare as text (v8's bytes may differ for equal values). */
const canonical = (_key: string, value: unknown) =>
  value instanceof Map
    ? { map: [...value.entries()] }
    : value instanceof Set
      ? { set: [...value] }
      : typeof value === 'bigint'
        ? `${value}n`
        : value;

/** Each snapshot file's state, decoded, without its header (which names when and where it was taken). */
async function states(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const file of (await readdir(dir)).sort()) {
    const content = await readFile(join(dir, file));
    found.set(file, JSON.stringify(deserialize(content.subarray(content.indexOf(0x0a) + 1)), canonical));
  }
  return found;
}

describe('read-model snapshots through the api', () => {
  it('a restart restores them, catches up on what another process wrote meanwhile, and equals a cold replay', async () => {
    store = await startEmulator({ memDb: true, port: 0 });
    folder = await mkdtemp(join(tmpdir(), 'api-snapshots-'));
    const kept = join(folder, 'kept');
    const cold = join(folder, 'cold');

    // The demo data and some chat, then a stop: each read model saves its snapshot.
    const first = await run({ seedDemoData: true, snapshots: { dir: kept } }, chatActivity);
    expect(first.map((each) => each.name).sort()).toEqual([
      'bookings',
      'chat',
      'chat-desk-directory',
      'identity',
      'knowledge-base-articles',
      'knowledge-base-popularity',
      'knowledge-base-visitor-inbox',
      'outbox',
      'security-log',
      'tickets',
    ]);
    expect(new Set(first.map((each) => each.restore))).toEqual(new Set(['missing']));
    const names = first.map((each) => `${each.name}.snapshot`).sort();
    expect((await readdir(kept)).sort()).toEqual(names);

    // Another process (without snapshots) writes more.
    await run({}, chatActivity);

    // The restart restores every one of them and reads only what came since.
    const restarted = await run({ snapshots: { dir: kept } });
    expect(restarted.map((each) => [each.name, each.restore])).toEqual(first.map((each) => [each.name, 'restored']));

    // A cold replay of the same store, saved elsewhere, holds the same states.
    const replayed = await run({ snapshots: { dir: cold } });
    expect(new Set(replayed.map((each) => each.restore))).toEqual(new Set(['missing']));
    const restoredStates = await states(kept);
    const coldStates = await states(cold);
    expect([...restoredStates.keys()]).toEqual(names);
    expect([...coldStates.keys()]).toEqual(names);
    for (const name of names) expect(restoredStates.get(name), name).toEqual(coldStates.get(name));
    // The restored read models saw the chat written meanwhile.
    expect(restoredStates.get('chat.snapshot')!.match(/On the second floor/g)).toHaveLength(2);
  }, 180_000);
});
