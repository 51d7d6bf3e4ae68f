/**
 * Chat benchmark, against the chat issue's target: many concurrent chats exchanging messages,
 * visitor → agent delivery latency p99 ≤ 50 ms.
 *
 *   npm run chat -w @deskstream/bench              (500 chats, 20 agents, 60 s measured)
 *   npm run chat -w @deskstream/bench -- --quick   (100 chats, 4 agents, 10 s measured)
 *   … -- --chats 300 --agents 12 --seconds 30      (another size, while working on it)
 *
 * The api runs as `npm start` runs it (the embedded event store as its child process on a fresh
 * data dir under the system's temp folder, demo data seeded; only the log level is `warn` and no
 * web apps are served), in a process of its own; this
 * process is the load: agents written to the store through identity's commands and placed in
 * Humanities, signed in and online; each visitor with a token and a loopback address of its own
 * (the api's flood guard counts per address, as for visitors on their own machines) requests a
 * chat and subscribes to `visitorChatActivity` on its own graphql-ws connection; agents accept
 * the chats round-robin and subscribe to `chatActivity` for each. Then each visitor sends a
 * message every 1–2 s (jittered) and the agent answers after 0.3–1 s (one reply at a time per
 * chat: what the visitor says meanwhile is answered by it). Measured: the
 * time from the start of a sender's mutation to the other side's subscription receiving the
 * message, both ways; the mutations' latency; messages per second; errors; the api's and the
 * store's CPU and memory; this process's own event-loop delay. Before the load, the limits under
 * these figures: the disk's fsync rate, a loopback gRPC round trip, and what one `readStream` call
 * of the real client costs against the api's store (what a command pays when it must re-read its chat: a cold cache, a conflict, a possible retry).
 *
 * Results: tools/bench/results/chat[-quick].json; docs/performance.md quotes them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawFsyncRate, rawGrpcRoundTrip } from './limits';
import { round, saveResults } from './stats';
import { spawnChatApi } from './chat/api-process';
import { runChatLoad, type ChatLoadResult } from './chat/chat-load';
import { createDeskStaff } from './chat/desk-staff';
import { readStreamCost, type ReadCost } from './chat/read-cost';

const quick = process.argv.includes('--quick');
const numberArg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} takes a whole number above 0 (got "${process.argv[index + 1]}")`);
  return value;
};

const CHATS = numberArg('--chats', quick ? 100 : 500);
const AGENTS = numberArg('--agents', quick ? 4 : 20);
const SECONDS = numberArg('--seconds', quick ? 10 : 60);
const DEPARTMENT = 'humanities';
const SETTINGS = {
  chats: CHATS,
  agents: AGENTS,
  measuredSeconds: SECONDS,
  warmUpSeconds: quick ? 3 : 5,
  warmUpLimitSeconds: 60,
  visitorPaceMs: { min: 1_000, max: 2_000 },
  agentThinkMs: { min: 300, max: 1_000 },
  drainSeconds: 10,
};
const TARGETS = { visitorToAgentP99Ms: 50 };
const loadAverage = () => loadavg().map((n) => round(n, 2));

interface Limits {
  fsync: { fsyncsPerSecond: number };
  grpcRoundTripMs: { p50: number; p99: number };
  readStream: ReadCost[];
}

function summary(load: ChatLoadResult, limits: Limits) {
  const latency = (figures: ChatLoadResult['visitorToAgent']['latencyMs']) =>
    `p50 ${figures.p50} / p95 ${figures.p95} / p99 ${figures.p99} / max ${figures.max} ms`;
  const v2a = load.visitorToAgent;
  const a2v = load.agentToVisitor;
  const errorsMeasured = Object.values(load.errors.measured).reduce((sum, n) => sum + n, 0);
  return [
    {
      figure: `visitor → agent delivery, ${load.setup.chats.accepted} chats`,
      target: `p99 ≤ ${TARGETS.visitorToAgentP99Ms} ms`,
      measured: latency(v2a.latencyMs),
      met: v2a.latencyMs.p99 <= TARGETS.visitorToAgentP99Ms && v2a.missing === 0,
    },
    { figure: 'agent → visitor delivery', target: '—', measured: latency(a2v.latencyMs), met: null },
    {
      figure: 'sendVisitorMessage mutation',
      target: '—',
      measured: `p50 ${load.mutationMs.sendVisitorMessage.p50} / p99 ${load.mutationMs.sendVisitorMessage.p99} ms`,
      met: null,
    },
    {
      figure: 'sendMessage mutation (agent)',
      target: '—',
      measured: `p50 ${load.mutationMs.sendMessage.p50} / p99 ${load.mutationMs.sendMessage.p99} ms`,
      met: null,
    },
    {
      figure: 'messages per second (both ways)',
      target: '—',
      measured: `${load.messagesPerSecond.delivered} delivered (${v2a.delivered} + ${a2v.delivered} in ${load.measuredSeconds} s)`,
      met: null,
    },
    {
      figure: 'missing / duplicate / stray / delivered though the send failed',
      target: '0',
      measured: `${v2a.missing + a2v.missing} / ${v2a.duplicates + a2v.duplicates} / ${v2a.stray + a2v.stray} / ${v2a.deliveredAfterFailedSend + a2v.deliveredAfterFailedSend}`,
      met: v2a.missing + a2v.missing + v2a.duplicates + a2v.duplicates + v2a.stray + a2v.stray === 0,
    },
    { figure: 'errors in the measured window', target: '0', measured: `${errorsMeasured}`, met: errorsMeasured === 0 },
    {
      figure: 'CPU, % of one core (api / store / load generator)',
      target: '—',
      measured: `${load.cpuPercentOfCore.api} / ${load.cpuPercentOfCore.store} / ${load.cpuPercentOfCore.bench} (machine busy ${load.machinePercent.busy} %, steal ${load.machinePercent.steal} %)`,
      met: null,
    },
    {
      figure: 'CPU per message delivered (api / store)',
      target: '—',
      measured: `${load.cpuMicrosPerMessage.api} / ${load.cpuMicrosPerMessage.store} µs`,
      met: null,
    },
    {
      figure: 'RSS after the load (api / store)',
      target: '—',
      measured: `${load.rssMb.api.afterLoad} / ${load.rssMb.store.afterLoad} MB`,
      met: null,
    },
    {
      figure: 'load generator event-loop delay',
      target: '—',
      measured: `p50 ${load.benchEventLoopDelayMs.p50} / p99 ${load.benchEventLoopDelayMs.p99} / max ${load.benchEventLoopDelayMs.max} ms`,
      met: null,
    },
    { figure: 'events per chat stream at the end', target: '—', measured: `${load.eventsPerChatAtEnd}`, met: null },
    {
      figure: 'limit: fsyncs/s of the disk; loopback gRPC round trip',
      target: '—',
      measured: `${limits.fsync.fsyncsPerSecond}/s; p50 ${round(limits.grpcRoundTripMs.p50, 2)} / p99 ${round(limits.grpcRoundTripMs.p99, 2)} ms`,
      met: null,
    },
    ...limits.readStream.map((cost) => ({
      figure: `limit: one readStream call of ${cost.events} events (a command re-reads its chat only on a cold cache, a conflict or a possible retry)`,
      target: '—',
      measured: `${cost.wallMsPerRead} ms; CPU ${cost.clientCpuMicrosPerRead} µs client + ${cost.storeCpuMicrosPerRead} µs store`,
      met: null,
    })),
    {
      figure: 'machine load average 1 / 5 / 15 min, end of the window',
      target: '—',
      measured: load.loadAverageAtEndOfWindow.join(' / '),
      met: null,
    },
  ];
}

async function main() {
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      node: process.version,
      loadAverageAtStart: loadAverage(),
    },
    quick,
    settings: SETTINGS,
    targets: TARGETS,
  };
  // The machine's own limits in the same run: the embedded store fsyncs every append group, and
  // every command is two gRPC round trips to it (read the chat, append).
  results.limits = {
    fsync: await rawFsyncRate(2),
    grpcRoundTripMs: await rawGrpcRoundTrip(1_000),
    readStream: [],
  } satisfies Limits;
  console.log(`limits: ${JSON.stringify(results.limits)}`);
  const dataDir = await mkdtemp(join(tmpdir(), 'deskstream-chat-bench-'));
  const api = await spawnChatApi(dataDir);
  try {
    await api.ready;
    console.log(`api at ${api.address} (pid ${api.pid}, store pid ${api.storePid}), data in a fresh temp folder`);
    (results.limits as Limits).readStream = await readStreamCost(api.storeUrl, api.storePid);
    console.log(`reading a stream: ${JSON.stringify((results.limits as Limits).readStream)}`);
    const accounts = await createDeskStaff(api.storeUrl, api.address, DEPARTMENT, AGENTS);
    const load = await runChatLoad({
      address: api.address,
      pids: { api: api.pid, store: api.storePid },
      departmentId: DEPARTMENT,
      accounts,
      chats: CHATS,
      seconds: SECONDS,
      warmUpSeconds: SETTINGS.warmUpSeconds,
      warmUpLimitSeconds: SETTINGS.warmUpLimitSeconds,
      visitorPaceMs: SETTINGS.visitorPaceMs,
      agentThinkMs: SETTINGS.agentThinkMs,
      drainSeconds: SETTINGS.drainSeconds,
    });
    results.load = load;
    results.machine = { ...(results.machine as object), loadAverageAtEnd: loadAverage() };
    results.summary = summary(load, results.limits as Limits);
  } finally {
    await api.stop();
    await rm(dataDir, { recursive: true, force: true });
  }

  const custom = ['--chats', '--agents', '--seconds'].some((name) => process.argv.includes(name));
  const name = custom ? `chat-${CHATS}-chats-${AGENTS}-agents-${SECONDS}s` : `chat${quick ? '-quick' : ''}`;
  const file = new URL(`../results/${name}.json`, import.meta.url).pathname;
  await saveResults(file, results);
  console.log(JSON.stringify(results, null, 2));
  console.table(results.summary);
}

await main();
