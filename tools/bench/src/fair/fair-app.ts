/**
 * The api for the fair, in this process so it can share the simulated clock: `buildApp` as
 * `main.ts` composes it, every context's clock the fair's, days in Asia/Tehran, the PBX webhook's
 * token fixed, the SMTP listener for mail on a free loopback port, no demo data (the dashboard
 * must show the fair's traffic and nothing else), sessions that outlast the fair (the supervisor the players look tickets up as signs in once).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type AppOptions } from '@deskstream/api';
import { EventStoreDBClient } from '@eventstore/db-client';
import type { FastifyInstance } from 'fastify';
import { BENCH_CTI_TOKEN } from '../calls/call-traffic';
import { FAIR_TIME_ZONE } from './calendar';
import type { FairClock } from './clock';

export interface FairApp {
  app: FastifyInstance;
  /** A client of the same store, for the setup's identity commands. */
  store: EventStoreDBClient;
  ctiToken: string;
  smtpPort: number;
  close(): Promise<void>;
}

export async function startFairApp(
  storeUrl: string,
  clock: FairClock,
  more: Partial<AppOptions> = {},
): Promise<FairApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'deskstream-fair-'));
  const now = clock.now;
  const app = await buildApp({
    eventStoreUrl: storeUrl,
    seedDemoData: false,
    logger: { level: 'warn' },
    identity: { now, sessionTtlMs: 120 * 86_400_000 },
    referenceDesk: { now, timeZone: FAIR_TIME_ZONE, mail: { dataDir } },
    knowledgeBase: { now },
    bookings: { now },
    tickets: {
      now,
      dataDir,
      inboundMail: {
        smtp: { port: 0, host: '127.0.0.1' },
        senderLimit: { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 },
      },
    },
    calls: { now, ctiToken: BENCH_CTI_TOKEN, phoneCountry: 'IR', timeZone: FAIR_TIME_ZONE },
    customers: { now },
    accounts: { now },
    publicLimits: { requestsPerMinute: Number.MAX_SAFE_INTEGER },
    ...more,
  });
  await app.ready();
  await app.platform.waitUntilCaughtUp();
  const store = EventStoreDBClient.connectionString(storeUrl);
  return {
    app,
    store,
    ctiToken: BENCH_CTI_TOKEN,
    smtpPort: app.inboundMail.smtpPort()!,
    async close() {
      await app.close();
      await store.dispose();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
