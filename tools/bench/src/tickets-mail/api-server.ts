/**
 * The api for the inbound mail benchmark, composed as `main.ts` composes it for `npm start` (the
 * embedded store as its child process, demo data seeded), with the SMTP listener on a free
 * loopback port and the per-sender loop limit raised (the load sends from a few hundred
 * senders at 20 mails/s). Speaks the chat benchmark's stdout protocol; its `listening` line also
 * names the SMTP port.
 *
 *   node --import tsx tickets-mail/api-server.ts --data-dir <folder> [--log-level info]
 */
import { buildApp, startEmbeddedStore } from '@deskstream/api';
import type { FastifyInstance } from 'fastify';

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

const store = await startEmbeddedStore(dataDir, (message) => process.stderr.write(`${message}\n`));
const app: FastifyInstance = await buildApp({
  eventStoreUrl: store.url,
  logger: { level: logLevel },
  seedDemoData: true,
  referenceDesk: { mail: { dataDir } },
  publicLimits: { requestsPerMinute: Number.MAX_SAFE_INTEGER },
  tickets: {
    inboundMail: {
      smtp: { port: 0, host: '127.0.0.1' },
      senderLimit: { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 },
    },
  },
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
say({
  event: 'listening',
  address,
  smtpPort: app.inboundMail.smtpPort(),
  pid: process.pid,
  storePid: store.pid,
  storeUrl: store.url,
});
await app.platform.waitUntilCaughtUp();
say({ event: 'caughtUp', eventsApplied: app.platform.status().eventsApplied });
await app.platform.seeded;
say({ event: 'seeded', eventsApplied: app.platform.status().eventsApplied });
