/**
 * Platform benchmarks: the api, the projection runner and the store, each in its own process on
 * 127.0.0.1, measured against the targets of the platform issue.
 *
 *   npm run platform -w @deskstream/bench              (replays 1,000,000 events)
 *   npm run platform -w @deskstream/bench -- --quick   (100,000 events, shorter load runs)
 *   … -- --only queries|push|replay                    (one part, while working on it)
 *
 * 1. Read-model queries (`onlineAgents`, `departments`, signed in) with autocannon: req/s at
 *    saturation, latency at half that rate; the product's api, then the same composition with
 *    Mercurius's JIT on and off; and Fastify alone with a fixed reply, the HTTP ceiling.
 * 2. Mutation → subscription push: 1,000 graphql-ws subscribers to `presenceChanged` in one
 *    process, a writer toggling an agent's presence with `setPresence`.
 * 3. Replay: a fresh api process on a store holding 1,000,000 identity events, from spawn until
 *    its read models are ready; its memory afterwards.
 *
 * Results: tools/bench/results/platform[-quick].json; docs/performance.md quotes them.
 */
import { cpus, loadavg } from 'node:os';
import { spawnEmulator, type EmulatorProcess } from './emulator-process';
import { gql, signIn, SET_PRESENCE } from './platform/graphql-http';
import { spawnApi, type ApiProcess, type Composition } from './platform/api-process';
import { pushLatency, type PushLatencyResult } from './platform/push-latency';
import { queryLoad, type QueryLoadResult } from './platform/query-load';
import { replay, type ReplayResult } from './platform/replay';
import { round, saveResults } from './stats';

const quick = process.argv.includes('--quick');
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex === -1 ? undefined : process.argv[onlyIndex + 1];
const runs = (part: 'queries' | 'push' | 'replay') => only === undefined || only === part;

const REPLAY_EVENTS = quick ? 100_000 : 1_000_000;
const LOAD_SECONDS = quick ? 5 : 15;
const CONNECTIONS = 32;
const SUBSCRIBERS = 1_000;
const PRESENCE_CHANGES = quick ? 30 : 200;

const QUERIES = {
  onlineAgents:
    'query OnlineAgents { onlineAgents { department { id name { en fa ja vi } } agents { id displayName presence onlineSince } } }',
  departments: 'query Departments { departments { id name { en fa ja vi } } }',
} as const;

const TARGETS = {
  queriesPerSecond: 10_000,
  queryP99AtHalfLoadMs: 10,
  pushP99Ms: 50,
  replayEventsPerSecond: 100_000,
  timeToReadySeconds: 15,
};

interface Tokens {
  /** A supervisor who reads who is online. */
  reader: string;
  /** The agent whose presence the writer toggles. */
  writer: string;
  writerStaffId: string;
  /** An admin watching presence live. */
  watcher: string;
}

async function started(api: ApiProcess): Promise<string> {
  const { address } = await api.listening;
  await api.caughtUp;
  await api.seeded;
  return address;
}

async function prepareStaff(address: string): Promise<Tokens> {
  const reader = await signIn(address, 'yuki', 'deskstream-agent');
  const writer = await signIn(address, 'sara', 'deskstream-agent');
  const minh = await signIn(address, 'minh', 'deskstream-agent');
  const watcher = await signIn(address, 'admin', 'deskstream-admin');
  // Some agents online, so `onlineAgents` answers with people in it.
  for (const [token, name] of [
    [reader, 'yuki'],
    [minh, 'minh'],
    [writer, 'sara'],
  ] as const) {
    await gql(address, SET_PRESENCE, { s: 'ONLINE', c: `bench-online-${name}-${Date.now()}` }, token);
  }
  const me = await gql<{ me: { id: string } }>(address, '{ me { id } }', undefined, writer);
  return { reader, writer, writerStaffId: me.me.id, watcher };
}

async function loadEachQuery(
  address: string,
  token: string,
  pids: Record<string, number>,
): Promise<Record<string, QueryLoadResult>> {
  const results: Record<string, QueryLoadResult> = {};
  for (const [name, query] of Object.entries(QUERIES)) {
    // One answer checked by hand: a query that fails fast would look like a fast query.
    const answer = await gql<Record<string, unknown[]>>(address, query, undefined, token);
    if (!Array.isArray(answer[name]) || answer[name]!.length === 0)
      throw new Error(`${name} answered nothing: ${JSON.stringify(answer)}`);
    results[name] = await queryLoad({ address, token, query, seconds: LOAD_SECONDS, connections: CONNECTIONS, pids });
    console.log(name, JSON.stringify(results[name]));
  }
  return results;
}

async function queriesAndPush(results: Record<string, unknown>): Promise<void> {
  const store = await spawnEmulator(['--mem-db']);
  const apis: ApiProcess[] = [];
  try {
    const product = spawnApi(store.url, 'product', { seed: true });
    apis.push(product);
    const address = await started(product);
    const tokens = await prepareStaff(address);
    const pids = { api: product.pid, store: store.child.pid!, loadGenerator: process.pid };

    if (runs('queries')) {
      const queries: Record<string, unknown> = {};
      console.log(
        `read-model queries, the product's api (JIT on), ${CONNECTIONS} connections, ${LOAD_SECONDS} s per run`,
      );
      queries.product = await loadEachQuery(address, tokens.reader, pids);
      results.queries = queries;
    }
    if (runs('push')) {
      console.log(`mutation → subscription push, ${SUBSCRIBERS} subscribers, ${PRESENCE_CHANGES} presence changes`);
      results.push = await pushLatency({
        address,
        writerToken: tokens.writer,
        writerStaffId: tokens.writerStaffId,
        subscriberToken: tokens.watcher,
        subscribers: SUBSCRIBERS,
        changes: PRESENCE_CHANGES,
        pids: { api: product.pid, store: store.child.pid! },
      });
      console.log(JSON.stringify(results.push));
    }
    await product.stop();

    if (runs('queries')) {
      const queries = results.queries as Record<string, unknown>;
      for (const composition of ['jit-on', 'jit-off'] as Composition[]) {
        const api = spawnApi(store.url, composition);
        apis.push(api);
        const at = await started(api);
        console.log(`read-model queries, the api composed with ${composition}`);
        queries[composition] = await loadEachQuery(at, tokens.reader, {
          api: api.pid,
          store: store.child.pid!,
          loadGenerator: process.pid,
        });
        await api.stop();
      }
      // The ceiling: Fastify alone, a fixed reply, the same load.
      const bare = spawnApi(store.url, 'bare');
      apis.push(bare);
      const at = await started(bare);
      console.log('the same load on Fastify alone (fixed reply): the HTTP ceiling on this machine');
      results.httpCeiling = await queryLoad({
        address: at,
        token: tokens.reader,
        query: QUERIES.departments,
        seconds: LOAD_SECONDS,
        connections: CONNECTIONS,
        pids: { api: bare.pid, loadGenerator: process.pid },
      });
      console.log(JSON.stringify(results.httpCeiling));
      await bare.stop();
    }
  } finally {
    for (const api of apis) await api.stop();
    await store.stop();
  }
}

async function replayPart(results: Record<string, unknown>): Promise<void> {
  const store: EmulatorProcess = await spawnEmulator(['--mem-db']);
  try {
    results.replay = await replay(store.url, store.child.pid!, REPLAY_EVENTS);
  } finally {
    await store.stop();
  }
}

function summary(results: Record<string, unknown>) {
  // `met` is null where the run is smaller than the one the target is set for (--quick replay).
  const rows: { figure: string; target: string; measured: string; met: boolean | null }[] = [];
  const queries = results.queries as Record<string, Record<string, QueryLoadResult>> | undefined;
  if (queries) {
    for (const [composition, byQuery] of Object.entries(queries)) {
      for (const [name, load] of Object.entries(byQuery)) {
        rows.push({
          figure: `${name} req/s at saturation (${composition})`,
          target: `≥ ${TARGETS.queriesPerSecond}`,
          measured: `${load.saturation.requestsPerSecond}`,
          met: load.saturation.requestsPerSecond >= TARGETS.queriesPerSecond,
        });
        rows.push({
          figure: `${name} p99 at half load, ${load.halfLoad.targetRate} req/s (${composition})`,
          target: `≤ ${TARGETS.queryP99AtHalfLoadMs} ms`,
          measured: `${load.halfLoad.latencyMs.p99} ms`,
          met: load.halfLoad.latencyMs.p99 <= TARGETS.queryP99AtHalfLoadMs,
        });
      }
    }
  }
  const ceiling = results.httpCeiling as QueryLoadResult | undefined;
  if (ceiling) {
    rows.push({
      figure: 'Fastify alone, fixed reply: req/s at saturation (the HTTP ceiling)',
      target: '—',
      measured: `${ceiling.saturation.requestsPerSecond}`,
      met: null,
    });
    rows.push({
      figure: `Fastify alone: p99 at half load, ${ceiling.halfLoad.targetRate} req/s`,
      target: '—',
      measured: `${ceiling.halfLoad.latencyMs.p99} ms`,
      met: null,
    });
  }
  const push = results.push as PushLatencyResult | undefined;
  if (push) {
    rows.push({
      figure: `push p50 / p99, ${push.subscribers.connected} subscribers`,
      target: `p99 ≤ ${TARGETS.pushP99Ms} ms`,
      measured: `${round(push.pushMs.p50, 1)} / ${round(push.pushMs.p99, 1)} ms`,
      met: push.pushMs.p99 <= TARGETS.pushP99Ms && push.missedPushes === 0,
    });
  }
  const replayed = results.replay as ReplayResult | undefined;
  if (replayed) {
    rows.push({
      figure: `replay rate, ${replayed.api.eventsApplied} events`,
      target: `≥ ${TARGETS.replayEventsPerSecond} events/s`,
      measured: `${replayed.api.eventsPerSecond} events/s`,
      met: replayed.api.eventsPerSecond >= TARGETS.replayEventsPerSecond,
    });
    rows.push({
      figure: `time to ready, ${replayed.api.eventsApplied} events (spawn → caught up)`,
      target: `≤ ${TARGETS.timeToReadySeconds} s for 1,000,000`,
      measured: `${replayed.api.timeToReadySeconds} s`,
      met:
        replayed.api.eventsApplied >= 1_000_000 ? replayed.api.timeToReadySeconds <= TARGETS.timeToReadySeconds : null,
    });
    rows.push({
      figure: 'api RSS after replay',
      target: '—',
      measured: `${replayed.api.rssAfterReplayMb} MB`,
      met: null,
    });
  }
  return rows;
}

async function main() {
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      node: process.version,
      loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
    },
    quick,
    settings: {
      replayEvents: REPLAY_EVENTS,
      loadSeconds: LOAD_SECONDS,
      connections: CONNECTIONS,
      subscribers: SUBSCRIBERS,
      presenceChanges: PRESENCE_CHANGES,
    },
    targets: TARGETS,
  };
  if (runs('queries') || runs('push')) await queriesAndPush(results);
  if (runs('replay')) await replayPart(results);
  results.machine = {
    ...(results.machine as object),
    loadAverageAtEnd: loadavg().map((n) => Math.round(n * 100) / 100),
  };
  results.summary = summary(results);

  const file = new URL(`../results/platform${quick ? '-quick' : ''}${only ? `-${only}` : ''}.json`, import.meta.url)
    .pathname;
  await saveResults(file, results);
  console.log(JSON.stringify(results, null, 2));
  console.table(results.summary);
}

await main();
