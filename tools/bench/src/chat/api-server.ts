/**
 * The api for the chat benchmark, composed as `main.ts` composes it for `npm start` (see
 * `api-server-process.ts`: the embedded store, the demo data, a free loopback port, `warn` logs).
 * It says on stdout, one JSON line each, when it listens (with its and the store's pid and the
 * store's url), when its read models caught up and when the demo data is seeded.
 *
 *   node --import tsx api-server.ts --data-dir <folder> [--log-level info]
 *
 * It stops, and stops the store, on SIGTERM or when its parent closes stdin.
 */
import { runBenchApiServer } from '../api-server-process';

await runBenchApiServer();
