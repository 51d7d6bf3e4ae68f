/**
 * The api as a benchmark's own process, composed as `main.ts` composes it for `npm start`: the
 * embedded event store (the emulator as the api's child process, its log under the data dir,
 * fsync on every append) and `buildApp` with the reference desk writing mail under the data dir
 * and the demo data seeded, on 127.0.0.1 and a free port, with no per-address limit on public
 * requests (every simulated visitor comes from this one machine). The log level is `warn` by
 * default: one log line per request would be the benchmark measuring the logger.
 *
 * It says on stdout, one JSON line each, when it listens (with its and the store's pid, the
 * store's url and whatever the benchmark adds), when its read models caught up and when the demo
 * data is seeded. It stops, and stops the store, on SIGTERM or when its parent closes stdin.
 */
import { buildApp, startEmbeddedStore, type AppOptions } from '@deskstream/api';
import type { FastifyInstance } from 'fastify';

export interface BenchApiServer {
  /** What the benchmark sets beyond the common composition (it may override any of it). */
  options?: Partial<AppOptions>;
  /** More facts for the `listening` line, read once the api listens. */
  listening?: (app: FastifyInstance) => Record<string, unknown>;
}

export async function runBenchApiServer({ options = {}, listening = () => ({}) }: BenchApiServer = {}): Promise<void> {
  const arg = (name: string) => {
    const index = process.argv.indexOf(name);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  const dataDir = arg('--data-dir');
  const logLevel = arg('--log-level') ?? 'warn';
  if (!dataDir) {
    console.error('usage: api-server.ts --data-dir <folder> [--log-level warn|info]');
    process.exit(2);
  }
  const say = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

  // The store's own messages go to stderr, so stdout carries only this protocol.
  const store = await startEmbeddedStore(dataDir, (message) => process.stderr.write(`${message}\n`));
  const app: FastifyInstance = await buildApp({
    eventStoreUrl: store.url,
    logger: { level: logLevel },
    seedDemoData: true,
    referenceDesk: { mail: { dataDir } },
    publicLimits: { requestsPerMinute: Number.MAX_SAFE_INTEGER },
    ...options,
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), 15_000).unref();
    await app.close();
    await store.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop()).resume();

  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  say({ event: 'listening', address, ...listening(app), pid: process.pid, storePid: store.pid, storeUrl: store.url });
  await app.platform.waitUntilCaughtUp();
  say({ event: 'caughtUp', eventsApplied: app.platform.status().eventsApplied });
  await app.platform.seeded;
  say({ event: 'seeded', eventsApplied: app.platform.status().eventsApplied });
}
