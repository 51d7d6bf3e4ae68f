/**
 * Ticket list and search benchmarks, in process, against the targets of the tickets issue:
 *
 *   npm run tickets -w @deskstream/bench              (100,000 tickets of 6 events each)
 *   npm run tickets -w @deskstream/bench -- --quick   (20,000 tickets)
 *
 * The tickets read model is built through its projection from 600,000 generated events, then
 * the ticket list is asked as the console asks it (filters, sort orders, a page of 50 and its
 * count, cursor paging) and searched in fa / en / ja / vi, each timed per call.
 *
 * Results: tools/bench/results/tickets[-quick].json.
 */
import { cpus, loadavg } from 'node:os';
import type { RecordedEvent } from '@deskstream/event-sourcing';
import { TicketsReadModel, ticketsProjection, type TicketListRequest } from '@deskstream/tickets-read-models';
import { AGENTS, DEPARTMENTS, ticketEvents } from './tickets/generate-tickets';
import { latencySummary, nowMs, round, saveResults } from './stats';

const quick = process.argv.includes('--quick');
const TICKETS = quick ? 20_000 : 100_000;
const RUNS = quick ? 2_000 : 5_000;

function build() {
  const readModel = new TicketsReadModel();
  const projection = ticketsProjection(readModel);
  const start = Date.UTC(2026, 0, 1);
  const before = process.memoryUsage().heapUsed;
  const started = nowMs();
  let events = 0;
  for (let n = 1; n <= TICKETS; n++) {
    ticketEvents(n, start).forEach((event, revision) => {
      projection.apply({
        ...event,
        id: `${n}-${revision}`,
        revision: BigInt(revision),
      } as unknown as RecordedEvent<never>);
      events++;
    });
  }
  const buildMs = nowMs() - started;
  globalThis.gc?.();
  return {
    readModel,
    figures: {
      tickets: TICKETS,
      events,
      buildMs: Math.round(buildMs),
      eventsPerSecond: Math.round(events / (buildMs / 1000)),
      heapMb: Math.round((process.memoryUsage().heapUsed - before) / 1e6),
    },
  };
}

function time(label: string, run: (i: number) => unknown) {
  for (let i = 0; i < 200; i++) run(i); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = nowMs();
    run(i);
    samples.push(nowMs() - t);
  }
  const total = samples.reduce((sum, each) => sum + each, 0);
  return {
    label,
    ...latencySummary(samples),
    max: round(Math.max(...samples)),
    callsPerSecond: Math.round(RUNS / (total / 1000)),
  };
}

function main() {
  const { readModel, figures } = build();
  const unresolved = ['NEW', 'OPEN', 'WAITING_FOR_CUSTOMER', 'ON_HOLD'] as const;
  const list = (request: Omit<TicketListRequest, 'first'>) => readModel.list({ first: 50, ...request });
  let cursor: string | null = null;
  const lists = [
    time('all tickets, last changed first (page 1 of 50 and the count)', () =>
      list({ filter: {}, sort: 'UPDATED_DESC' }),
    ),
    time('one department, unresolved (an agent’s “my departments”)', (i) =>
      list({ filter: { departmentIds: [DEPARTMENTS[i % 4]!], statuses: [...unresolved] }, sort: 'UPDATED_DESC' }),
    ),
    time('an agent’s own unresolved tickets (“mine”)', (i) =>
      list({ filter: { assigneeId: AGENTS[i % AGENTS.length]!, statuses: [...unresolved] }, sort: 'UPDATED_DESC' }),
    ),
    time('tag and status, by priority', (i) =>
      list({
        filter: { tags: ['vip'], statuses: ['OPEN'], visibleDepartments: [DEPARTMENTS[i % 4]!] },
        sort: 'PRIORITY_DESC',
      }),
    ),
    time('waiting for the customer, newest first, by number', () =>
      list({ filter: { statuses: ['WAITING_FOR_CUSTOMER'] }, sort: 'NUMBER_DESC' }),
    ),
    time('paging on through all tickets by cursor', () => {
      const page = list({ filter: {}, sort: 'UPDATED_DESC', after: cursor });
      cursor = page.hasNextPage ? page.endCursor : null;
    }),
  ];
  const queries = [
    'کتابخانه دیجیتال',
    'نمیشود',
    'license key',
    'error 1603',
    'データベース',
    '複写',
    'cai dat phan mem',
    'thẻ thư viện',
    '#4711',
  ];
  const search = time('search, fa / en / ja / vi in turn, with the list filter', (i) =>
    readModel.searchTickets(queries[i % queries.length]!, (record) => record.status !== 'CLOSED'),
  );
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, loadAverage: loadavg().map((each) => round(each, 2)) },
    readModel: figures,
    lists,
    search,
    targets: { listP99Ms: 20, searchP99Ms: 20, graphqlListRequestsPerSecond: 2_000 },
  };
  console.log(JSON.stringify(results, null, 2));
  return saveResults(new URL(`../results/tickets${quick ? '-quick' : ''}.json`, import.meta.url).pathname, results);
}

await main();
