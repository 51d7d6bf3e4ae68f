/**
 * Calls benchmark, against the calls issue's target: seed 004's telephone traffic (110,474 calls
 * over ten fair days, peaks at the fair's hours) through the PBX webhook over HTTP: ≥ 200 webhook
 * events/s, and p99 ≤ 20 ms at half load.
 *
 *   npm run calls -w @deskstream/bench              (capacity 30 s, then half of it for 60 s)
 *   npm run calls -w @deskstream/bench -- --quick   (10 s and 20 s)
 *   … -- --full                                     (then the rest of the fair's ten days at capacity)
 *   … -- --connections 8 --seconds 30               (another load)
 *
 * The api runs as `npm start` runs it (the embedded store as its child process on a fresh data
 * dir, demo data seeded, CTI_TOKEN fixed) in a process of its own; this process is the PBX. The
 * fair's events are sent in time order (compressed: as fast as the phase allows), each a
 * form-encoded Zammad CTI request: first a closed loop on `--connections` keep-alive connections
 * (the capacity: events/s answered 200), then an open loop at half that rate (latency from when
 * each event was due). At the end, the calls the api holds are counted against the calls sent.
 *
 * Results: tools/bench/results/calls[-quick].json; docs/performance.md quotes them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnChatApi } from './chat/api-process';
import { Participant } from './chat/graphql-client';
import { BENCH_CTI_TOKEN, SEED_004, fairTraffic, peakRate } from './calls/call-traffic';
import { WebhookClient, closedLoop, openLoop, type PhaseResult } from './calls/webhook-load';
import { startCpuWatch, startMachineWatch, type CpuSplit, type MachineSplit } from './platform/proc';
import { nowMs, round, saveResults } from './stats';

const quick = process.argv.includes('--quick');
const full = process.argv.includes('--full');
const numberArg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} takes a whole number above 0`);
  return value;
};
const SETTINGS = {
  connections: numberArg('--connections', 16),
  capacitySeconds: numberArg('--seconds', quick ? 10 : 30),
  halfLoadSeconds: quick ? 20 : 60,
  warmUpSeconds: 3,
};
const TARGETS = { eventsPerSecond: 200, halfLoadP99Ms: 20 };
const SERVER = fileURLToPath(new URL('./calls/api-server.ts', import.meta.url));
const loadAverage = () => loadavg().map((n) => round(n, 2));

interface Phase {
  result: PhaseResult;
  cpuPercentOfCore: CpuSplit;
  /** CPU time per event answered 200, in ms of one core. */
  cpuMsPerEvent: CpuSplit;
  machinePercent: MachineSplit;
}

const perEvent = (split: CpuSplit, result: PhaseResult): CpuSplit =>
  Object.fromEntries(
    Object.entries(split).map(([name, percent]) => [
      name,
      round(((percent / 100) * result.seconds * 1000) / Math.max(1, result.answered200), 2),
    ]),
  );

const events = fairTraffic();
const dataDir = await mkdtemp(join(tmpdir(), 'deskstream-bench-calls-'));
const api = await spawnChatApi(dataDir, { server: SERVER });
try {
  await api.ready;
  const client = new WebhookClient(api.address, BENCH_CTI_TOKEN, SETTINGS.connections);
  const measured = async (run: () => Promise<{ result: PhaseResult; next: number }>) => {
    const cpu = await startCpuWatch({ api: api.pid, store: api.storePid, bench: process.pid }, nowMs);
    const machine = await startMachineWatch();
    const { result, next } = await run();
    const cpuPercentOfCore = await cpu();
    const phase: Phase = {
      result,
      cpuPercentOfCore,
      cpuMsPerEvent: perEvent(cpuPercentOfCore, result),
      machinePercent: await machine(),
    };
    return { phase, next };
  };
  const admin = new Participant({ address: api.address, localAddress: '127.0.0.1', maxSockets: 1 });
  const signedIn = await admin.gql<{ signIn: { token: string } }>(
    'mutation { signIn(username: "admin", password: "deskstream-admin") { token } }',
  );
  if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.message}`);
  admin.token = signedIn.data.signIn.token;
  const callsHeld = async () => {
    const counted = await admin.gql<{ calls: { totalCount: number } }>(
      '{ calls(filter: { view: ALL, first: 1 }) { totalCount } }',
    );
    if (!counted.ok) throw new Error(`counting calls failed: ${counted.message}`);
    return counted.data.calls.totalCount;
  };
  const demoCalls = await callsHeld();

  const loadBefore = loadAverage();
  let cursor = (await closedLoop(client, events, 0, SETTINGS.warmUpSeconds, SETTINGS.connections)).next;
  const capacity = await measured(() =>
    closedLoop(client, events, cursor, SETTINGS.capacitySeconds, SETTINGS.connections),
  );
  cursor = capacity.next;
  const halfRate = Math.max(1, Math.floor(capacity.phase.result.eventsPerSecond / 2));
  const half = await measured(() => openLoop(client, events, cursor, halfRate, SETTINGS.halfLoadSeconds));
  cursor = half.next;
  let rest: Phase | null = null;
  if (full) {
    const all = await measured(() => closedLoop(client, events, cursor, 86_400, SETTINGS.connections));
    rest = all.phase;
    cursor = all.next;
  }
  client.close();

  // Every call the PBX told of is in the api's read model, once (the webhook answers before the
  // read models apply its events: wait until the count settles).
  let held = await callsHeld();
  for (let attempt = 0; attempt < 100; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await callsHeld();
    if (again === held) break;
    held = again;
  }
  admin.close();
  const callsSent = new Set(events.slice(0, cursor).map((event) => event.callId)).size;

  const results = {
    when: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAverage(),
    },
    settings: SETTINGS,
    traffic: {
      ...SEED_004,
      calls: SEED_004.inbound + SEED_004.outbound,
      events: events.length,
      peakHourEventsPerSecond: round(peakRate(events), 2),
    },
    target: TARGETS,
    met:
      capacity.phase.result.eventsPerSecond >= TARGETS.eventsPerSecond &&
      half.phase.result.latencyMs.p99 <= TARGETS.halfLoadP99Ms &&
      Object.keys(half.phase.result.errors).length === 0 &&
      half.phase.result.answered200 > 0 &&
      held - demoCalls === callsSent,
    capacity: capacity.phase,
    halfLoad: { rate: halfRate, ...half.phase },
    fullFair: rest,
    eventsSent: cursor,
    callsSent,
    callsHeldByTheApi: held - demoCalls,
  };
  await saveResults(
    fileURLToPath(new URL(`../results/calls${quick ? '-quick' : ''}${full ? '-full' : ''}.json`, import.meta.url)),
    results,
  );
  console.log(JSON.stringify(results, null, 2));
} finally {
  await api.stop();
  await rm(dataDir, { recursive: true, force: true });
}
