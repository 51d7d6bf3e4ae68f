/**
 * Mutation → subscription push latency: one process holds N graphql-ws subscribers to
 * `presenceChanged`; this process, the writer, toggles an agent's presence with `setPresence`
 * one change at a time and takes, for every subscriber, the time from the start of the mutation
 * to that subscriber's receipt of the push that shows the change. Every wait is bounded.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { latencySummary, nowMs, round } from '../stats';
import { profiling } from './api-process';
import { gql, SET_PRESENCE } from './graphql-http';
import { cpuMsOf, startCpuWatch, startMachineWatch, type CpuSplit, type MachineSplit } from './proc';
import type { FromSubscribers, ToSubscribers } from './subscribers';

export interface PushLatencyOptions {
  address: string;
  /** Signed in as the agent whose presence is toggled. */
  writerToken: string;
  writerStaffId: string;
  /** Signed in as a staff member who may watch presence. */
  subscriberToken: string;
  subscribers: number;
  changes: number;
  /** Processes whose CPU share to report besides the subscribers' and the writer's; `api` is required. */
  pids: { api: number } & Record<string, number>;
}

export interface PushLatencyResult {
  subscribers: { requested: number; connected: number; failed: number; connectSeconds: number };
  changes: number;
  /** Mutation start → each subscriber's receipt, over every change and subscriber. */
  pushMs: { p50: number; p99: number; max: number; samples: number };
  /** Mutation start → the last of the N subscribers' receipts, per change. */
  lastSubscriberMs: { p50: number; p99: number; samples: number };
  /** Mutation start → its HTTP reply (after read-your-writes). */
  mutationMs: { p50: number; p99: number; samples: number };
  missedPushes: number;
  strayPushes: number;
  cpuPercentOfCore: CpuSplit;
  machinePercent: MachineSplit;
  /** CPU per push delivered to one subscriber, in µs: the api's fan-out and the client's decoding. */
  cpuMicrosPerDelivery: { api: number; subscribers: number };
}

const SUBSCRIBERS = fileURLToPath(new URL('./subscribers.ts', import.meta.url));
const PER_CHANGE_TIMEOUT_MS = 5_000;
const FIRST_CHANGE_TIMEOUT_MS = 30_000;
const PAUSE_BETWEEN_CHANGES_MS = 50;

/** The next message of a type from the subscribers' process, or undefined after the timeout. */
function next<T extends FromSubscribers['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
): Promise<Extract<FromSubscribers, { type: T }> | undefined> {
  return new Promise((resolve) => {
    const onMessage = (message: FromSubscribers) => {
      if (message.type !== type) return;
      done(message as Extract<FromSubscribers, { type: T }>);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    const done = (message: Extract<FromSubscribers, { type: T }> | undefined) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
  });
}

export async function pushLatency(options: PushLatencyOptions): Promise<PushLatencyResult> {
  const child = fork(SUBSCRIBERS, [], {
    execArgv: [...profiling(), '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const tell = (message: ToSubscribers) => child.send(message);
  try {
    const wsUrl = `${options.address.replace(/^http/, 'ws')}/graphql`;
    const connecting = next(child, 'connected', 120_000);
    tell({
      type: 'init',
      wsUrl,
      token: options.subscriberToken,
      count: options.subscribers,
      staffId: options.writerStaffId,
    });
    const connected = await connecting;
    if (!connected) throw new Error('the subscribers did not connect within 120 s');

    const me = await gql<{ me: { presence: string } }>(
      options.address,
      '{ me { presence } }',
      undefined,
      options.writerToken,
    );
    let online = me.me.presence === 'ONLINE';
    let seq = 0;
    const change = async (timeoutMs: number) => {
      seq++;
      online = !online;
      const expecting = next(child, 'expecting', 5_000);
      tell({ type: 'expect', seq, online });
      if (!(await expecting)) throw new Error('the subscribers did not answer');
      const all = next(child, 'all', timeoutMs);
      const start = nowMs();
      await gql(
        options.address,
        SET_PRESENCE,
        { s: online ? 'ONLINE' : 'OFFLINE', c: `bench-${process.pid}-${seq}` },
        options.writerToken,
      );
      const mutationMs = nowMs() - start;
      await all;
      const collecting = next(child, 'receipts', 5_000);
      tell({ type: 'collect' });
      const receipts = await collecting;
      if (!receipts) throw new Error('the subscribers did not report their receipts');
      await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_CHANGES_MS));
      return { start, mutationMs, receipts };
    };

    // Warm-up, not measured: the first change reaches every subscriber once all subscriptions are live.
    let warm = await change(FIRST_CHANGE_TIMEOUT_MS);
    for (let i = 0; i < 3; i++) warm = await change(PER_CHANGE_TIMEOUT_MS);
    const strayBefore = warm.receipts.stray;

    const cpu = await startCpuWatch({ ...options.pids, subscribers: child.pid!, writer: process.pid }, nowMs);
    const machine = await startMachineWatch();
    const apiCpuBefore = await cpuMsOf(options.pids.api);
    const subscribersCpuBefore = await cpuMsOf(child.pid!);
    const push: number[] = [];
    const last: number[] = [];
    const mutation: number[] = [];
    let missed = 0;
    let stray = 0;
    for (let i = 0; i < options.changes; i++) {
      const { start, mutationMs, receipts } = await change(PER_CHANGE_TIMEOUT_MS);
      mutation.push(mutationMs);
      let latest = 0;
      for (const receivedAt of receipts.receivedAt) {
        if (receivedAt === null) {
          missed++;
          continue;
        }
        push.push(receivedAt - start);
        latest = Math.max(latest, receivedAt - start);
      }
      last.push(latest);
      stray = receipts.stray - strayBefore;
    }
    const cpuPercentOfCore = await cpu();
    const machinePercent = await machine();
    const apiCpuMs = (await cpuMsOf(options.pids.api)) - apiCpuBefore;
    const subscribersCpuMs = (await cpuMsOf(child.pid!)) - subscribersCpuBefore;
    const pushSummary = latencySummary(push);
    return {
      subscribers: {
        requested: options.subscribers,
        connected: connected.connected,
        failed: connected.failed,
        connectSeconds: round(connected.ms / 1000, 1),
      },
      changes: options.changes,
      pushMs: {
        ...pushSummary,
        max: round(
          push.reduce((most, ms) => Math.max(most, ms), 0),
          2,
        ),
      },
      lastSubscriberMs: latencySummary(last),
      mutationMs: latencySummary(mutation),
      missedPushes: missed,
      strayPushes: stray,
      cpuPercentOfCore,
      machinePercent,
      cpuMicrosPerDelivery: {
        api: round((apiCpuMs * 1000) / push.length, 1),
        subscribers: round((subscribersCpuMs * 1000) / push.length, 1),
      },
    };
  } finally {
    const closed = next(child, 'closed', 10_000);
    if (child.connected) tell({ type: 'close' });
    await closed;
    // Let it exit on its own (a CPU profile is written on exit), but not forever.
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
      });
    }
  }
}
