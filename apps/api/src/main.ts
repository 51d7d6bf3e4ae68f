/**
 * `npm start`: reads the environment, starts the embedded event store when EVENTSTORE_URL is
 * unset, serves GraphQL, the portal and the console on one port, and stops cleanly on
 * SIGTERM/SIGINT.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { oidcSettingsFrom } from '@deskstream/identity-api';
import { buildApp } from './app';
import { readConfig } from './config';
import { ApiMetrics } from './metrics';
import { startMetricsServer, type MetricsServer } from './metrics-server';
import { StoreLogDamagedError, startEmbeddedStore, type EmbeddedStore, type StoreLogLevel } from './embedded-store';

const parsed = readConfig(process.env);
if (!parsed.ok) {
  console.error(
    `deskstream api: the configuration is not valid:\n${parsed.errors.map((error) => `  - ${error}`).join('\n')}`,
  );
  process.exit(2);
}
const { config } = parsed;
const appsDir = fileURLToPath(new URL('../../', import.meta.url));

let store: EmbeddedStore | undefined;
let metricsServer: MetricsServer | undefined;
const metrics = config.metricsPort === undefined ? undefined : new ApiMetrics();
const LEVELS: Record<StoreLogLevel, number> = { info: 30, warn: 40, error: 50 };
const logLine = (message: string, level: StoreLogLevel = 'info') =>
  console.log(JSON.stringify({ level: LEVELS[level], time: Date.now(), service: 'deskstream-api', msg: message }));

try {
  if (config.eventStoreUrl === undefined) store = await startEmbeddedStore(config.dataDir, logLine);
  const app = await buildApp({
    eventStoreUrl: store ?? config.eventStoreUrl!,
    production: config.production,
    trustProxy: config.trustProxy,
    aggregateCacheSize: config.aggregateCacheSize,
    graphql: { introspection: config.introspection, liveLimits: config.live },
    publicOrigin: config.publicOrigin,
    publicLimits: { requestsPerMinute: config.publicRequestsPerMinute },
    logger: { level: config.logLevel },
    seedDemoData: true,
    identity: { oidc: oidcSettingsFrom(process.env) },
    snapshots: config.snapshots ? { dir: join(config.dataDir, 'snapshots') } : undefined,
    referenceDesk: { mail: { smtpUrl: config.smtpUrl, dataDir: config.dataDir, from: config.mailFrom } },
    tickets: {
      attachmentsS3: config.attachmentsS3,
      inboundMail: {
        smtp: config.smtpInPort === null ? null : { port: config.smtpInPort, host: config.host },
        imapUrl: config.imapUrl,
      },
    },
    webRoots: { portalDir: resolve(appsDir, 'portal/dist'), consoleDir: resolve(appsDir, 'console/dist') },
    metrics,
  });
  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info(`Deskstream is at ${address}/ (console at ${address}/console/, GraphQL at ${address}/graphql)`);
  if (metrics) {
    metricsServer = await startMetricsServer(metrics, { port: config.metricsPort!, host: config.host });
    app.log.info(`metrics at ${metricsServer.url}`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: shutting down`);
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    try {
      await metricsServer?.close();
      await app.close();
      await store?.stop();
      clearTimeout(force);
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
} catch (error) {
  // A damaged store log is the operator's to look at: the message says where and how to salvage it.
  const detail = error instanceof StoreLogDamagedError ? error.message : ((error as Error).stack ?? error);
  console.error(`deskstream api: could not start: ${detail}`);
  await metricsServer?.close();
  await store?.stop();
  process.exit(1);
}
