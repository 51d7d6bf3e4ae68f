/**
 * The chat load itself, against an api already running: agents sign in and go online, visitors
 * request their chats and subscribe, agents accept them round-robin and subscribe to each, then
 * everyone talks: a warm-up until every chat has carried a message both ways (so every
 * subscription is live), the measured window, and a drain in which the last messages arrive.
 */
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cpuMsOf, rssMbOf, startCpuWatch, startMachineWatch, type CpuSplit, type MachineSplit } from '../platform/proc';
import { nowMs, round } from '../stats';
import { BenchAgent } from './agent';
import { latencyFigures, type DeliveryFigures, type LatencyFigures, type TimelineBucket } from './delivery-ledger';
import type { DeskStaffAccount } from './desk-staff';
import { Measurement } from './measurement';
import { BenchVisitor, type PaceMs } from './visitor';

export interface ChatLoadOptions {
  address: string;
  pids: { api: number; store: number };
  departmentId: string;
  accounts: DeskStaffAccount[];
  chats: number;
  seconds: number;
  /** The shortest warm-up; it goes on until every chat carried a message both ways (at most `warmUpLimitSeconds`). */
  warmUpSeconds: number;
  warmUpLimitSeconds: number;
  visitorPaceMs: PaceMs;
  agentThinkMs: PaceMs;
  /** How long the last messages may take to arrive after sending stopped. */
  drainSeconds: number;
}

export interface ChatLoadResult {
  setup: {
    agents: number;
    chats: { requested: number; accepted: number; visitorsListening: number };
    requestChatMs: LatencyFigures;
    acceptChatMs: LatencyFigures;
    seconds: { agentsOnline: number; chatsRequested: number; visitorsSubscribed: number; chatsAccepted: number };
  };
  warmUp: { seconds: number; chatsLiveBothWays: number };
  measuredSeconds: number;
  /** The machine's 1, 5 and 15 minute load averages as the measured window ended (other work on the machine included). */
  loadAverageAtEndOfWindow: number[];
  /** Events in each chat's stream at the end, on average: every message is read again by the next command on the chat. */
  eventsPerChatAtEnd: number;
  visitorToAgent: DeliveryFigures;
  agentToVisitor: DeliveryFigures;
  /** Visitor → agent latency by when the message was sent, in buckets of a few seconds. */
  visitorToAgentTimeline: TimelineBucket[];
  mutationMs: { sendVisitorMessage: LatencyFigures; sendMessage: LatencyFigures };
  messagesPerSecond: { sent: number; delivered: number };
  errors: ReturnType<Measurement['errors']>;
  cpuPercentOfCore: CpuSplit;
  machinePercent: MachineSplit;
  /** CPU per message delivered, in µs: a mutation, the append, the projection and two pushes. */
  cpuMicrosPerMessage: { api: number; store: number };
  rssMb: { api: { beforeLoad: number; afterLoad: number }; store: { beforeLoad: number; afterLoad: number } };
  /** The load generator's own event-loop delay in the measured window: what it adds to every figure at most. */
  benchEventLoopDelayMs: { p50: number; p99: number; max: number };
}

/** The histogram records whole sampling intervals; what lies beyond the resolution is delay. */
const LOOP_DELAY_RESOLUTION_MS = 10;
const loopDelayMs = (ns: number) => round(Math.max(0, ns / 1e6 - LOOP_DELAY_RESOLUTION_MS), 2);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` over `items`, at most `limit` at a time. */
async function inBatches<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

const seconds = (since: number) => round((nowMs() - since) / 1000, 1);

export async function runChatLoad(options: ChatLoadOptions): Promise<ChatLoadResult> {
  const measurement = new Measurement();
  const agents = options.accounts.map(
    (account, i) => new BenchAgent(i, options.address, account, measurement, options.agentThinkMs),
  );
  const visitors = Array.from({ length: options.chats }, (_, i) => new BenchVisitor(i, options.address, measurement));
  try {
    let phase = nowMs();
    await Promise.all(agents.map((agent) => agent.start()));
    const agentsOnline = seconds(phase);
    console.log(`${agents.length} agents online in ${agentsOnline} s`);

    phase = nowMs();
    const requestMs: number[] = [];
    await inBatches(visitors, 25, async (visitor) => {
      const took = await visitor.requestChat(options.departmentId);
      if (took !== undefined) requestMs.push(took);
    });
    const requested = visitors.filter((visitor) => visitor.chatId !== undefined);
    const chatsRequested = seconds(phase);
    console.log(`${requested.length} of ${visitors.length} chats requested in ${chatsRequested} s`);

    phase = nowMs();
    let listening = 0;
    await inBatches(requested, 50, async (visitor) => {
      try {
        await visitor.listen();
        listening++;
      } catch (error) {
        measurement.error('connection', `visitor: ${(error as Error).message}`);
      }
    });
    const visitorsSubscribed = seconds(phase);
    console.log(`${listening} visitors subscribed in ${visitorsSubscribed} s`);

    phase = nowMs();
    const acceptMs: number[] = [];
    // Round-robin: agent i takes chats i, i + agents, …; each agent accepts its own one at a time.
    await Promise.all(
      agents.map(async (agent, a) => {
        for (let v = a; v < requested.length; v += agents.length) {
          const visitor = requested[v]!;
          const took = await agent.accept(visitor.chatId!, visitor.index);
          if (took !== undefined) acceptMs.push(took);
        }
      }),
    );
    const accepted = agents.reduce((sum, agent) => sum + agent.chats.length, 0);
    const chatsAccepted = seconds(phase);
    console.log(`${accepted} chats accepted and subscribed in ${chatsAccepted} s`);

    // Warm-up: everyone talks, nothing counts, until every chat carried a message both ways.
    const talking = visitors.filter((visitor) => visitor.chatId !== undefined);
    const agentChats = agents.flatMap((agent) => agent.chats);
    const liveBothWays = () => {
      const heardByAgent = new Set(agentChats.filter((chat) => chat.heardVisitor).map((chat) => chat.chat));
      return talking.filter((visitor) => visitor.heardAgent && heardByAgent.has(visitor.index)).length;
    };
    phase = nowMs();
    measurement.sending = true;
    for (const visitor of talking) visitor.startTalking(options.visitorPaceMs);
    while (
      seconds(phase) < options.warmUpLimitSeconds &&
      (seconds(phase) < options.warmUpSeconds || liveBothWays() < accepted)
    )
      await sleep(250);
    const warmUp = { seconds: seconds(phase), chatsLiveBothWays: liveBothWays() };
    console.log(
      `warm-up: ${warmUp.chatsLiveBothWays} of ${accepted} chats live both ways after ${warmUp.seconds} s; measuring ${options.seconds} s`,
    );

    const before = {
      apiCpuMs: await cpuMsOf(options.pids.api),
      storeCpuMs: await cpuMsOf(options.pids.store),
      apiRssMb: await rssMbOf(options.pids.api),
      storeRssMb: await rssMbOf(options.pids.store),
    };
    const cpu = await startCpuWatch({ api: options.pids.api, store: options.pids.store, bench: process.pid }, nowMs);
    const machine = await startMachineWatch();
    const loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });
    loopDelay.enable();
    const measuredFrom = nowMs();
    measurement.measuring = true;
    await sleep(options.seconds * 1000);
    measurement.measuring = false;
    measurement.sending = false;
    const measuredSeconds = (nowMs() - measuredFrom) / 1000;
    const loadAverageAtEndOfWindow = loadavg().map((n) => round(n, 2));
    loopDelay.disable();
    const cpuPercentOfCore = await cpu();
    const machinePercent = await machine();
    const after = {
      apiCpuMs: await cpuMsOf(options.pids.api),
      storeCpuMs: await cpuMsOf(options.pids.store),
      apiRssMb: await rssMbOf(options.pids.api),
      storeRssMb: await rssMbOf(options.pids.store),
    };

    // Drain: the sends in flight finish, then their pushes arrive (or are missing).
    await Promise.all([
      ...talking.map((visitor) => visitor.stoppedTalking()),
      ...agents.map((agent) => agent.stoppedReplying()),
    ]);
    const drainFrom = nowMs();
    while (
      measurement.visitorToAgent.outstanding() + measurement.agentToVisitor.outstanding() > 0 &&
      seconds(drainFrom) < options.drainSeconds
    )
      await sleep(50);

    const visitorToAgent = measurement.visitorToAgent.figures();
    const agentToVisitor = measurement.agentToVisitor.figures();
    const delivered = visitorToAgent.delivered + agentToVisitor.delivered;
    return {
      setup: {
        agents: agents.length,
        chats: { requested: requested.length, accepted, visitorsListening: listening },
        requestChatMs: latencyFigures(requestMs),
        acceptChatMs: latencyFigures(acceptMs),
        seconds: { agentsOnline, chatsRequested, visitorsSubscribed, chatsAccepted },
      },
      warmUp,
      measuredSeconds: round(measuredSeconds, 2),
      loadAverageAtEndOfWindow,
      // Requested and accepted, then every message of either side.
      eventsPerChatAtEnd: round(
        2 +
          (talking.reduce((sum, visitor) => sum + visitor.messagesSent, 0) +
            agentChats.reduce((sum, chat) => sum + chat.seq, 0)) /
            Math.max(1, accepted),
        1,
      ),
      visitorToAgent,
      agentToVisitor,
      visitorToAgentTimeline: measurement.visitorToAgent.timeline(measuredFrom, options.seconds >= 30 ? 5_000 : 1_000),
      mutationMs: {
        sendVisitorMessage: latencyFigures(measurement.mutationMs.sendVisitorMessage),
        sendMessage: latencyFigures(measurement.mutationMs.sendMessage),
      },
      messagesPerSecond: {
        sent: round((visitorToAgent.sent + agentToVisitor.sent) / measuredSeconds, 1),
        delivered: round(delivered / measuredSeconds, 1),
      },
      errors: measurement.errors(),
      cpuPercentOfCore,
      machinePercent,
      cpuMicrosPerMessage: {
        api: round(((after.apiCpuMs - before.apiCpuMs) * 1000) / delivered, 0),
        store: round(((after.storeCpuMs - before.storeCpuMs) * 1000) / delivered, 0),
      },
      rssMb: {
        api: { beforeLoad: before.apiRssMb, afterLoad: after.apiRssMb },
        store: { beforeLoad: before.storeRssMb, afterLoad: after.storeRssMb },
      },
      benchEventLoopDelayMs: {
        p50: loopDelayMs(loopDelay.percentile(50)),
        p99: loopDelayMs(loopDelay.percentile(99)),
        max: loopDelayMs(loopDelay.max),
      },
    };
  } finally {
    await Promise.all([...visitors, ...agents].map((participant) => participant.close().catch(() => undefined)));
  }
}
