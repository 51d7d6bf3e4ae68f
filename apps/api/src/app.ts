/**
 * The api as a Fastify instance: one event-store client, one projection runner feeding every
 * context's read models, Mercurius with each bounded context registered as a plugin, health
 * routes, and the built web apps. `main.ts` listens; tests use `inject` or listen on port 0.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import compress from '@fastify/compress';
import { constants as zlib } from 'node:zlib';
import {
  AggregateCache,
  ProjectionRunner,
  withAggregateCache,
  withCommandObserver,
  type RunnerStatus,
} from '@deskstream/event-sourcing';
import { identityGraphql, identityStaffDirectory, type IdentityModuleOptions } from '@deskstream/identity-api';
import {
  IdentityReadModel,
  SecurityLogReadModel,
  identityProjection,
  securityLogProjection,
} from '@deskstream/identity-read-models';
import { storeTypingBroadcast } from '@deskstream/chat-api';
import { fastifyTrustProxy, type TrustProxy } from './config';
import { graphqlServer, type GraphqlSettings } from './graphql-server';
import { referenceDesk, type ReferenceDeskOptions } from './reference-desk';
import { knowledgeBase, type KnowledgeBaseOptions } from './knowledge-base';
import { knowledgeBasePages } from './knowledge-base-pages';
import { bookings, type BookingsOptions } from './bookings';
import { tickets, type TicketsOptions } from './tickets';
import { calls, type CallsOptions } from './calls';
import { customers, type CustomersOptions } from './customers';
import { accounts, type AccountsOptions } from './accounts';
import { feedback, type FeedbackOptions } from './feedback';
import { operations, type OperationsOptions } from './operations';
import { healthRoutes, platformDetails, storeProbe } from './health';
import { snapshotSettings, type SnapshotOptions } from './snapshots';
import type { ApiMetrics } from './metrics';
import { RequestLog } from './request-logging';
import { readYourWrites } from './read-your-writes';
import type { SeedReport } from './seed';
import { seedTheDesk } from './demo-seeding';
import { staticSites, type StaticSitesOptions } from './static-sites';
import { storeClient, type StoreLocation } from './store-client';
import { DEFAULT_PUBLIC_LIMITS, publicQueryCost, publicRequestLimits, type PublicLimits } from './public-limits';

export interface AppOptions {
  /** The store's connection string, or the embedded store (which moves at each restart). */
  eventStoreUrl: StoreLocation;
  production?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** Seed the demo departments and staff once the read models have caught up. */
  seedDemoData?: boolean;
  /** With the demo data, the demo's feedback (items, topics, answers, surveys, the Noor software team); default true. */
  seedDemoFeedback?: boolean;
  /** With the demo data, the demo's book fair over the days before today (operations dashboard); default true. */
  seedDemoFair?: boolean;
  /** Where the built portal and console are; unset serves no web apps (as in most tests). */
  webRoots?: StaticSitesOptions;
  /** Largest request body in bytes. Default 64 KiB. */
  bodyLimit?: number;
  /** Which reverse proxies to believe about the client's address (Fastify's `trustProxy`). Default: none. */
  trustProxy?: TrustProxy;
  /** How many streams the command handlers keep folded in memory (0: none). Default 10,000. */
  aggregateCacheSize?: number;
  /** Introspection and live subscription limits (see `graphql-server.ts`). */
  graphql?: GraphqlSettings;
  /** What callers without a staff session may ask for: answer size, operation cost, requests per minute per address. */
  publicLimits?: Partial<PublicLimits>;
  /** The origin of the knowledge base's canonical links (PUBLIC_ORIGIN); unset: relative links. */
  publicOrigin?: string;
  identity?: Partial<Pick<IdentityModuleOptions, 'now' | 'sessionTtlMs' | 'sweepIntervalMs' | 'throttle' | 'oidc'>>;
  /** Chat and the outbox: where mail goes, flood limits, the clock. */
  referenceDesk?: ReferenceDeskOptions;
  /** The knowledge base: the clock, flood limits, how often views are written. */
  knowledgeBase?: KnowledgeBaseOptions;
  /** Book a Librarian: the clock, flood limits, how often reminders are queued, the portal's origin for links. */
  bookings?: BookingsOptions;
  /** Tickets: the clock, the reply mail's domain, where attachments are kept (default: the mail's data folder). */
  tickets?: TicketsOptions;
  /** Calls: the clock, the webhook's token (CTI_TOKEN), the country of national numbers (DESK_PHONE_COUNTRY). */
  calls?: CallsOptions;
  /** Customers: the clock, the country of national numbers (DESK_PHONE_COUNTRY, as calls). */
  customers?: CustomersOptions;
  /** Patron and customer accounts: the clock, lockout, sign-in kinds, the key store, the library system's token. */
  accounts?: AccountsOptions;
  /** Feedback: the clock. */
  feedback?: FeedbackOptions;
  /** Operations' dashboard: the clock, how long a settings change waits for the figures' rebuild. */
  operations?: OperationsOptions;
  /** Durable read-model snapshots (SNAPSHOTS, under DATA_DIR); unset: every start replays the whole store. */
  snapshots?: SnapshotOptions;
  /** Prometheus metrics to feed (commands, HTTP, projections, live connections, outbox); `main.ts` serves them on METRICS_PORT. */
  metrics?: ApiMetrics;
}

/** What the api runs besides Fastify, for health checks, tests and tools. */
export interface Platform {
  status(): RunnerStatus;
  waitUntilCaughtUp(): Promise<void>;
  /** Settles when seeding is done (at once when not seeding). */
  seeded: Promise<SeedReport | undefined>;
}

declare module 'fastify' {
  interface FastifyInstance {
    platform: Platform;
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const production = options.production ?? false;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
    return503OnClosing: true,
    // A request of the wrong type is refused, never quietly converted (a number is not a query).
    ajv: { customOptions: { coerceTypes: false } },
    forceCloseConnections: true,
    logController: new RequestLog(),
  });
  options.metrics?.observeHttp(app);

  const client = storeClient(options.eventStoreUrl);
  // Every context's commands share one aggregate cache: one process, one queue per stream.
  const commands = withCommandObserver(
    withAggregateCache(client, new AggregateCache({ streams: options.aggregateCacheSize })),
    options.metrics?.commandObserver,
  );
  const identityReadModel = new IdentityReadModel();
  const securityLog = new SecurityLogReadModel(options.referenceDesk?.timeZone);
  const desk = referenceDesk(options.referenceDesk);
  const kb = knowledgeBase(options.knowledgeBase);
  const bookingDesk = bookings({ publicOrigin: options.publicOrigin, ...options.bookings });
  const ticketDesk = tickets({
    dataDir: options.referenceDesk?.mail?.dataDir,
    publicUrl: options.publicOrigin,
    ...options.tickets,
  });
  const callDesk = calls({
    timeZone: options.referenceDesk?.timeZone,
    publicOrigin: options.publicOrigin,
    ...options.calls,
  });
  const customerDesk = customers({ phoneCountry: options.calls?.phoneCountry, ...options.customers });
  const feedbackDesk = feedback({
    timeZone: options.referenceDesk?.timeZone,
    publicOrigin: options.publicOrigin,
    mailDomain: options.tickets?.mailDomain,
    ...options.feedback,
  });
  const operationsDesk = operations({ timeZone: options.referenceDesk?.timeZone, ...options.operations });
  const accountDesk = accounts({
    dataDir: options.referenceDesk?.mail?.dataDir,
    publicOrigin: options.publicOrigin,
    ...options.accounts,
  });
  const runner = new ProjectionRunner(client, {
    projections: [
      identityProjection(identityReadModel),
      securityLogProjection(securityLog),
      ...desk.projections,
      ...kb.projections,
      ...bookingDesk.projections,
      ...ticketDesk.projections,
      ...accountDesk.projections,
      ...callDesk.projections,
      ...customerDesk.projections,
      ...feedbackDesk.projections,
      ...operationsDesk.projections,
    ],
    logger: app.log,
    snapshots: snapshotSettings(options.snapshots),
  });

  let markSeeded!: (report: SeedReport | undefined) => void;
  const seeded = new Promise<SeedReport | undefined>((resolve) => (markSeeded = resolve));
  app.decorate('platform', {
    status: () => runner.status(),
    waitUntilCaughtUp: () => runner.waitUntilCaughtUp(),
    seeded,
  } satisfies Platform);

  const staffDirectory = identityStaffDirectory(identityReadModel, options.identity?.now);
  readYourWrites(app, runner);
  const publicLimits = { ...DEFAULT_PUBLIC_LIMITS, ...options.publicLimits };
  // Before the routes it limits: Mercurius's and the knowledge-base pages.
  await publicRequestLimits(app, staffDirectory, publicLimits);
  // After the public answer-size check (an onSend hook that needs the answer uncompressed), before every route.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    // Quality 11 (brotli's default) costs ~30x the time of 5 for a few percent; answers are compressed as they go.
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });
  await graphqlServer(app, { production, staffDirectory, ...options.graphql });
  options.metrics?.watch({
    runner: () => runner.status(),
    liveConnections: () => app.live.connections(),
    outbox: desk.outbox,
  });
  publicQueryCost(app, staffDirectory, publicLimits);
  await app.register(identityGraphql, {
    store: commands,
    runner,
    readModel: identityReadModel,
    securityLog,
    ...options.identity,
  });
  const typing = storeTypingBroadcast(client, (error) => app.log.warn({ err: error }, 'typing indications'));
  await desk.register(app, { store: commands, runner, typing });
  await kb.register(app, { store: commands, runner });
  await bookingDesk.register(app, { store: commands, runner });
  await ticketDesk.register(app, {
    store: commands,
    runner,
    staffDirectory,
    identity: identityReadModel,
    chats: desk.chats,
  });
  const accountDeps = {
    store: commands,
    runner,
    outbox: desk.outbox,
    chats: desk.chats,
    tickets: ticketDesk.readModel,
    bookings: bookingDesk.readModel,
    calls: callDesk.readModel,
  };
  await accountDesk.register(app, accountDeps);
  await callDesk.register(app, { store: commands, runner, identity: identityReadModel, tickets: ticketDesk.readModel });
  await customerDesk.register(app, { store: commands, runner, tickets: ticketDesk.readModel });
  await feedbackDesk.register(app, {
    store: commands,
    runner,
    client,
    staffDirectory,
    identity: identityReadModel,
    chats: desk.chats,
    tickets: ticketDesk.readModel,
    calls: callDesk.readModel,
    knowledgeBase: kb.readModel,
  });
  await operationsDesk.register(app, { store: commands, runner, replayStore: client, staffDirectory });

  healthRoutes(app, {
    caughtUp: () => runner.status().caughtUp,
    store: storeProbe(client),
    recovery: () => (typeof options.eventStoreUrl === 'string' ? [] : (options.eventStoreUrl.recovery ?? [])),
    details: platformDetails(
      () => runner.status(),
      () => commands.aggregates.stats(),
    ),
  });
  // Before the static sites, whose fallback would answer /kb/… with the portal's index.html.
  await app.register(knowledgeBasePages, {
    readModel: kb.readModel,
    portalDir: options.webRoots?.portalDir,
    publicOrigin: options.publicOrigin,
  });
  if (options.webRoots) await staticSites(app, options.webRoots);

  app.addHook('onReady', async () => {
    await runner.start();
    if (!options.seedDemoData) return markSeeded(undefined);
    runner
      .waitUntilCaughtUp()
      .then(() =>
        seedTheDesk(app, options, {
          commands,
          runner,
          identity: identityReadModel,
          desks: { kb, bookingDesk, ticketDesk, accountDesk, accountDeps, callDesk, customerDesk, feedbackDesk },
        }),
      )
      .then(
        (report) => {
          app.log.info(report, 'demo data seeded');
          markSeeded(report);
        },
        (error: unknown) => {
          app.log.error({ err: error }, 'seeding the demo data failed');
          markSeeded(undefined);
        },
      );
  });
  app.addHook('onClose', async () => {
    await runner.stop();
    await client.dispose();
  });
  return app;
}
