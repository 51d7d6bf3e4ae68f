/**
 * The customer timeline against the calls-and-customers issue's target (a customer's timeline
 * query p99 ≤ 20 ms with 100,000 customers), in process and through the api over GraphQL:
 *
 *   npm run customers -w @deskstream/bench              (100,000 customers)
 *   npm run customers -w @deskstream/bench -- --quick   (20,000 customers)
 *   npm run customers -w @deskstream/bench -- --in-process   (the read model only, no api)
 *
 * The data (`customers/generate-customers.ts`): each customer has an email and a mobile number;
 * half of them have a ticket (the tickets benchmark's generator, ~6 events each), every one an
 * offline question and a hand-logged call, the first 200 forty calls more. In process, the
 * read model folds every event and answers the first page (20 entries) of random customers'
 * timelines, and finds customers by a national-format phone number. Through the api, the events
 * are appended straight to a store (the emulator in its own process), one api process replays
 * them and answers `customer(id) { timeline(first: 20) }` at a fixed offered rate (autocannon,
 * corrected for coordinated omission) for random customers, then at saturation.
 *
 * Results: tools/bench/results/customers[-quick].json.
 */
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import type { RecordedEvent } from '@deskstream/event-sourcing';
import {
  CustomersReadModel,
  customerTimelinesProjection,
  customersProjection,
} from '@deskstream/customers-read-models';
import { spawnEmulator } from './emulator-process';
import { gql, signIn } from './platform/graphql-http';
import { spawnApi } from './platform/api-process';
import { cpuMsOf, startMachineWatch } from './platform/proc';
import { fillCustomers } from './customers/fill-store';
import { fillStore as fillTickets } from './tickets-api/fill-store';
import { ticketEvents } from './tickets/generate-tickets';
import {
  HEAVY,
  callEvent,
  callsOf,
  customerEvents,
  customerIdOf,
  nationalPhoneOf,
  questionEvents,
} from './customers/generate-customers';
import { latencySummary, nowMs, round, saveResults } from './stats';

const quick = process.argv.includes('--quick');
const inProcessOnly = process.argv.includes('--in-process');
const CUSTOMERS = quick ? 20_000 : 100_000;
const TICKETS = CUSTOMERS / 2;
const START = Date.UTC(2026, 0, 1);
const QUERIES = 20_000;
const RATE = 100;
const LOAD_SECONDS = quick ? 5 : 10;
const CONNECTIONS = 8;
const TARGET_P99_MS = 20;

const TIMELINE = `query Timeline($id: ID!) { customer(id: $id) { id name timeline(first: 20) {
  totalCount pageInfo { endCursor hasNextPage } entries { id kind refId ticketNumber at state summary via } } } }`;

const machine = () => ({
  cpus: cpus().length,
  model: cpus()[0]?.model,
  loadAverage: loadavg().map((n) => round(n, 2)),
});
/** A random customer; one in ten of the heavy ones (40+ entries). */
const randomCustomer = () =>
  Math.random() < 0.1 ? 1 + Math.floor(Math.random() * HEAVY) : 1 + Math.floor(Math.random() * CUSTOMERS);

function recorded<E extends { type: string; data: unknown }>(event: E, streamName: string): RecordedEvent<E> {
  return {
    ...event,
    id: '',
    streamName,
    revision: 0n,
    position: { commit: 0n, prepare: 0n },
    createdAt: new Date(),
    metadata: { correlationId: '', causationId: '', actor: { kind: 'system', id: 'bench' }, schema: 1 },
  } as RecordedEvent<E>;
}

function inProcess() {
  const model = new CustomersReadModel({ phoneCountry: 'IR' });
  const directory = customersProjection(model);
  const timelines = customerTimelinesProjection(model);
  const handled = new Set<string>(timelines.handles);
  const heapBefore = process.memoryUsage().heapUsed;
  const started = nowMs();
  let events = 0;
  for (let n = 1; n <= CUSTOMERS; n++) {
    for (const event of customerEvents(n, START)) directory.apply(recorded(event, `customer-${customerIdOf(n)}`));
    const others = [
      ...(n <= TICKETS ? ticketEvents(n, START) : []),
      ...questionEvents(n, START),
      ...Array.from({ length: callsOf(n) }, (_, k) => callEvent(n, k, START)),
    ];
    for (const event of others) {
      events++;
      if (handled.has(event.type)) timelines.apply(recorded(event as never, 'bench'));
    }
    events++;
  }
  const foldSeconds = (nowMs() - started) / 1000;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const samples: number[] = [];
  let entries = 0;
  for (let i = 0; i < QUERIES; i++) {
    const id = customerIdOf(randomCustomer());
    const t0 = nowMs();
    const page = model.timelines.page(id, { first: 20 });
    samples.push(nowMs() - t0);
    entries += page.entries.length;
  }
  const heavy: number[] = [];
  for (let n = 1; n <= HEAVY; n++) {
    const t0 = nowMs();
    model.timelines.page(customerIdOf(n), { first: 20 });
    heavy.push(nowMs() - t0);
  }
  const phone: number[] = [];
  for (let i = 0; i < 2_000; i++) {
    const n = randomCustomer();
    const t0 = nowMs();
    const hits = model.search.search(nationalPhoneOf(n));
    phone.push(nowMs() - t0);
    if (hits[0]?.customer.id !== customerIdOf(n)) throw new Error(`phone lookup missed customer ${n}`);
  }
  return {
    customers: CUSTOMERS,
    eventsFolded: events,
    timelineEntries: model.timelines.size,
    foldSeconds: round(foldSeconds, 1),
    heapMbAfterFold: round(heapMb, 0),
    timelineFirstPage: { ...latencySummary(samples), meanEntries: round(entries / QUERIES, 1) },
    heavyTimelineFirstPage: latencySummary(heavy),
    lookupByNationalPhone: latencySummary(phone),
  };
}

async function timelineLoad(address: string, token: string, apiPid: number, rate: number | undefined, seconds: number) {
  const cpuBefore = await cpuMsOf(apiPid);
  const machineWatch = await startMachineWatch();
  const result = await autocannon({
    url: `${address}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    connections: CONNECTIONS,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ query: TIMELINE, variables: { id: customerIdOf(randomCustomer()) } }),
        }),
      },
    ],
    verifyBody: (body) => typeof body === 'string' && !body.includes('"errors"') && body.includes('"entries"'),
  });
  const latency = result.latency as unknown as Record<string, number>;
  const apiCpuMs = (await cpuMsOf(apiPid)) - cpuBefore;
  return {
    offeredRate: rate ?? 'saturation',
    apiCpuMsPerRequest: round(apiCpuMs / Math.max(1, result.requests.total), 2),
    machine: await machineWatch(),
    loadAverage: loadavg().map((n) => round(n, 2)),
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: round(latency.p50!, 2), p99: round(latency.p99!, 2), max: round(latency.max!, 2) },
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  };
}

async function throughApi() {
  const store = await spawnEmulator(['--mem-db']);
  try {
    const tickets = await fillTickets(store.url, TICKETS);
    console.log('tickets written', JSON.stringify(tickets.written));
    const written = await fillCustomers(store.url, CUSTOMERS, START);
    console.log('customers written', JSON.stringify(written));
    const api = spawnApi(store.url, 'product', { timeoutMs: 900_000 });
    try {
      const listening = await api.listening;
      const caughtUp = await api.caughtUp;
      const replay = {
        eventsApplied: caughtUp.eventsApplied,
        secondsFromListening: round((caughtUp.caughtUp - listening.listening) / 1000, 1),
        apiRssMbAfterGc: caughtUp.rssAfterGcMb,
      };
      console.log('replay', JSON.stringify(replay));
      const token = await signIn(
        listening.address,
        tickets.staff.supervisor.username,
        tickets.staff.supervisor.password,
      );
      const check = await gql<{ customer: { timeline: { totalCount: number } } }>(
        listening.address,
        TIMELINE,
        { id: customerIdOf(1) },
        token,
      );
      if (check.customer.timeline.totalCount < HEAVY / 10) throw new Error('customer 1 has no timeline');
      await timelineLoad(listening.address, token, api.pid, RATE, 2);
      const fixedRate = await timelineLoad(listening.address, token, api.pid, RATE, LOAD_SECONDS);
      console.log('fixed rate', JSON.stringify(fixedRate));
      const saturation = await timelineLoad(listening.address, token, api.pid, undefined, LOAD_SECONDS);
      console.log('saturation', JSON.stringify(saturation));
      return { ticketsWritten: tickets.written, customersWritten: written, replay, fixedRate, saturation };
    } finally {
      await api.stop();
    }
  } finally {
    await store.stop();
  }
}

async function main() {
  const atStart = machine();
  const local = inProcess();
  console.log('in process', JSON.stringify(local));
  if (inProcessOnly) {
    await saveResults(
      new URL(`../results/customers-in-process${quick ? '-quick' : ''}.json`, import.meta.url).pathname,
      {
        date: new Date().toISOString(),
        machine: { atStart, atEnd: machine() },
        inProcess: local,
      },
    );
    return;
  }
  const api = await throughApi();
  const verdict = {
    inProcessP99: {
      target: `≤ ${TARGET_P99_MS} ms`,
      measured: local.timelineFirstPage.p99,
      met: local.timelineFirstPage.p99 <= TARGET_P99_MS,
    },
    graphqlP99: {
      target: `≤ ${TARGET_P99_MS} ms at ${RATE}/s`,
      measured: api.fixedRate.latencyMs.p99,
      met:
        api.fixedRate.requests > 0 &&
        api.fixedRate.errors === 0 &&
        api.fixedRate.mismatches === 0 &&
        api.fixedRate.latencyMs.p99 <= TARGET_P99_MS,
    },
  };
  console.log('verdict', JSON.stringify(verdict));
  await saveResults(new URL(`../results/customers${quick ? '-quick' : ''}.json`, import.meta.url).pathname, {
    date: new Date().toISOString(),
    machine: { atStart, atEnd: machine() },
    inProcess: local,
    api,
    verdict,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
