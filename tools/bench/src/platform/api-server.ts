/**
 * One api process for the platform benchmarks, on 127.0.0.1 and a free port, apart from the
 * store and from the load it is given. It says on stdout, one JSON line each, when it listens,
 * when its read models have caught up (with its memory then) and when the demo data is seeded;
 * times are on the machine's monotonic clock, which the parent shares.
 *
 *   node --import tsx api-server.ts --store <esdb url> --composition product|jit-on|jit-off [--seed] [--snapshots <dir>]
 *
 * `product` is `buildApp` itself, logging as `npm start` does (with `--snapshots`, its read-model
 * snapshots kept in that folder, as `npm start` keeps them in DATA_DIR/snapshots); `jit-on`/`jit-off` the same
 * composition with the JIT switch (and no logger);
 * `bare` is Fastify alone answering every POST /graphql with a fixed reply of the size of the
 * `departments` answer: what HTTP alone costs on this machine, the ceiling under any query.
 * It stops on SIGTERM or when its parent closes stdin.
 */
import { buildApp } from '@deskstream/api';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApiWithJitSwitch } from './api-with-jit-switch';
import { nowMs } from '../stats';

const modulesLoaded = nowMs();
const arg = (name: string) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const store = arg('--store');
const composition = arg('--composition') ?? 'product';
if (!store || !['product', 'jit-on', 'jit-off', 'bare'].includes(composition)) {
  console.error('usage: api-server.ts --store <esdb url> --composition product|jit-on|jit-off|bare [--seed]');
  process.exit(2);
}
const BARE_REPLY = {
  data: {
    departments: ['humanities', 'engineering', 'medicine', 'law'].map((id) => ({
      id,
      name: { en: id, fa: `بخش ${id}`, ja: `${id}部門`, vi: `Khoa ${id}` },
    })),
  },
};
const say = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

let app: FastifyInstance | undefined;
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(1), 10_000).unref();
  await app?.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.stdin.on('end', () => void stop()).resume();

let waitUntilCaughtUp: () => Promise<void>;
let eventsApplied = () => NaN;
let seeded: Promise<unknown> = Promise.resolve();
if (composition === 'product') {
  // Logging as `npm start` logs (info, written synchronously), into /dev/null instead of a terminal.
  const product = await buildApp({
    eventStoreUrl: store,
    seedDemoData: process.argv.includes('--seed'),
    logger: { level: 'info', file: '/dev/null' },
    // The load generator is one machine: no per-address limit on public requests.
    publicLimits: { requestsPerMinute: Number.MAX_SAFE_INTEGER },
    snapshots: arg('--snapshots') === undefined ? undefined : { dir: arg('--snapshots')! },
  });
  app = product;
  waitUntilCaughtUp = () => product.platform.waitUntilCaughtUp();
  eventsApplied = () => product.platform.status().eventsApplied;
  seeded = product.platform.seeded;
} else if (composition === 'bare') {
  const bare = Fastify({ logger: false });
  bare.post('/graphql', async () => BARE_REPLY);
  app = bare;
  waitUntilCaughtUp = async () => undefined;
} else {
  const switched = await buildApiWithJitSwitch(store, composition === 'jit-on' ? 1 : 0);
  app = switched.app;
  waitUntilCaughtUp = switched.waitUntilCaughtUp;
}
const built = nowMs();
const address = await app.listen({ host: '127.0.0.1', port: 0 });
say({ event: 'listening', address, pid: process.pid, modulesLoaded, built, listening: nowMs() });

await waitUntilCaughtUp();
const caughtUp = nowMs();
const memory = process.memoryUsage();
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const afterGc = process.memoryUsage();
say({
  event: 'caughtUp',
  caughtUp,
  eventsApplied: eventsApplied(),
  rssMb: Math.round(memory.rss / 2 ** 20),
  heapUsedMb: Math.round(memory.heapUsed / 2 ** 20),
  rssAfterGcMb: gc ? Math.round(afterGc.rss / 2 ** 20) : null,
  heapUsedAfterGcMb: gc ? Math.round(afterGc.heapUsed / 2 ** 20) : null,
});
await seeded;
say({ event: 'seeded' });
