/** The api's settings, read from the environment once at start and checked with clear messages. */
import { isIP } from 'node:net';
import { readAttachmentsS3, type AttachmentsS3Config } from './attachments-config';

/**
 * Which reverse proxies to believe about the client's address (`X-Forwarded-For`), as Fastify's
 * `trustProxy` takes it: `false` believes none (the address is the connection's), `true` any, a
 * number that many proxies in front, or the proxies' addresses and CIDR ranges.
 */
export type TrustProxy = boolean | number | string[];

export interface ApiConfig {
  /** The event store; unset means: start the embedded emulator with its data in `dataDir`. */
  eventStoreUrl: string | undefined;
  port: number;
  host: string;
  dataDir: string;
  /** Where mail goes (`smtp://…` or `smtps://…`); unset writes `.eml` files under `<dataDir>/outbox/`. */
  smtpUrl: string | undefined;
  /** The From of outgoing mail. */
  mailFrom: string | undefined;
  /** Where the desk takes mail by SMTP (on `host`); null: no listener. */
  smtpInPort: number | null;
  /** A mailbox polled for mail (`imaps://user:password@mail.example.org/INBOX`); unset: none. */
  imapUrl: string | undefined;
  /** GraphiQL and detailed internal errors are for development only. */
  production: boolean;
  logLevel: string;
  /** Whom to believe about the client's address; visitors' flood limits count per address. Unset: no one. */
  trustProxy: TrustProxy;
  /** How many streams each process keeps folded in memory between commands (0: none). */
  aggregateCacheSize: number;
  /** Schema introspection and "did you mean" suggestions; off in production unless asked for. */
  introspection: boolean;
  /** Caps on live subscriptions (graphql-ws). */
  live: { perConnection: number; perAddress: number; subscribesPerMinute: number };
  /** `https://help.example.org`: the origin of the knowledge base's canonical and hreflang links; unset: relative links. */
  publicOrigin: string | undefined;
  /** Requests to `/graphql` and the knowledge-base pages one address may make per minute without a staff session. */
  publicRequestsPerMinute: number;
  /** Where `/metrics` is served (on `host`, never on the public port); unset: no metrics. 0 picks a free port. */
  metricsPort: number | undefined;
  /** Ticket files in an S3-compatible bucket (ATTACHMENTS_S3_*); unset: under `<dataDir>/attachments`. */
  attachmentsS3: AttachmentsS3Config | undefined;
  /** Durable read-model snapshots under `<dataDir>/snapshots` (SNAPSHOTS, on unless `off`). */
  snapshots: boolean;
}

export type ConfigResult = { ok: true; config: ApiConfig } | { ok: false; errors: string[] };

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export const DEFAULT_AGGREGATE_CACHE_SIZE = 10_000;

/** Live subscriptions per connection, per visitor address, and subscribe messages per minute. */
export const DEFAULT_LIVE_SETTINGS = { perConnection: 50, perAddress: 200, subscribesPerMinute: 300 } as const;

/** Public requests per address and minute (a library's public computers share one address: not too few). */
export const DEFAULT_PUBLIC_REQUESTS_PER_MINUTE = 600;

/** Names of address ranges that Fastify's proxy-address matching knows. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * The setting as Fastify takes it. A number of proxies becomes "believe the last N hops": the
 * address is the one N proxies back in `X-Forwarded-For`, which holds only if clients cannot
 * reach the api except through those proxies (else a list of the proxies' addresses is safer).
 */
export function fastifyTrustProxy(
  setting: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return setting;
  return (_address, hop) => hop < setting;
}

/** TRUST_PROXY: `true`, `false`, a number of proxies (hops), or a comma-separated list of addresses and CIDR ranges. */
export function parseTrustProxy(
  raw: string | undefined,
): { ok: true; value: TrustProxy } | { ok: false; error: string } {
  const wrong = (why: string) => ({
    ok: false as const,
    error: `TRUST_PROXY must be true, a number of proxies such as 1, or a comma-separated list of proxy addresses and CIDR ranges such as 10.0.0.5,192.168.0.0/16 (${why})`,
  });
  if (raw === undefined || raw.toLowerCase() === 'false') return { ok: true, value: false };
  if (raw.toLowerCase() === 'true') return { ok: true, value: true };
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    return hops >= 1 && hops <= 100
      ? { ok: true, value: hops }
      : wrong(`a number of proxies goes from 1 to 100, got "${raw}"`);
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const invalid = entries.filter((entry) => !isProxyAddress(entry));
  if (invalid.length > 0)
    return wrong(`not an address or CIDR range: ${invalid.map((entry) => `"${entry}"`).join(', ')}`);
  return { ok: true, value: entries };
}

export function readConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const errors: string[] = [];
  const text = (name: string) => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };

  const eventStoreUrl = text('EVENTSTORE_URL');
  // The client (@eventstore/db-client 6) understands these two schemes only.
  if (eventStoreUrl !== undefined && !/^esdb(\+discover)?:\/\/\S+$/.test(eventStoreUrl)) {
    errors.push(
      `EVENTSTORE_URL must be an esdb:// or esdb+discover:// connection string such as esdb://admin:<password>@db.example.org:2113?tls=true (got "${eventStoreUrl.replace(/\/\/[^@/]*@/, '//…@')}")`,
    );
  }

  const rawPort = text('PORT') ?? '3000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    errors.push(`PORT must be a whole number from 0 to 65535 (got "${rawPort}")`);
  }

  const host = text('HOST') ?? '127.0.0.1';
  if (/\s|\//.test(host))
    errors.push(`HOST must be a host name or an address such as 127.0.0.1 or 0.0.0.0 (got "${host}")`);

  const dataDir = text('DATA_DIR') ?? './.data';

  const smtpUrl = text('SMTP_URL');
  if (smtpUrl !== undefined && !/^smtps?:\/\/\S+$/.test(smtpUrl)) {
    errors.push(
      `SMTP_URL must be an smtp:// or smtps:// URL such as smtp://user:password@mail.example.org:587 (got "${smtpUrl.replace(/\/\/[^@/]*@/, '//…@')}")`,
    );
  }
  const mailFrom = text('MAIL_FROM');

  const rawSmtpInPort = text('SMTP_IN_PORT')?.toLowerCase() ?? '2525';
  let smtpInPort: number | null = null;
  if (rawSmtpInPort !== 'off' && rawSmtpInPort !== '0') {
    smtpInPort = Number(rawSmtpInPort);
    if (!/^\d+$/.test(rawSmtpInPort) || smtpInPort > 65535)
      errors.push(`SMTP_IN_PORT must be a port from 1 to 65535, or 0 or off for no listener (got "${rawSmtpInPort}")`);
    else if (smtpInPort === port) errors.push(`SMTP_IN_PORT must differ from PORT (both are ${port})`);
  }
  const imapUrl = text('IMAP_URL');
  if (imapUrl !== undefined && !/^imaps?:\/\/[^\s@/]+@[^\s/]+(\/\S*)?$/.test(imapUrl)) {
    errors.push(
      `IMAP_URL must be an imap:// or imaps:// URL with the mailbox's user, such as imaps://user:password@mail.example.org/INBOX (got "${imapUrl.replace(/\/\/[^@/]*@/, '//…@')}")`,
    );
  }

  const logLevel = text('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    errors.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);

  const trustProxy = parseTrustProxy(text('TRUST_PROXY'));
  if (!trustProxy.ok) errors.push(trustProxy.error);

  const rawCacheSize = text('AGGREGATE_CACHE_SIZE') ?? String(DEFAULT_AGGREGATE_CACHE_SIZE);
  const aggregateCacheSize = Number(rawCacheSize);
  if (!/^\d+$/.test(rawCacheSize) || !Number.isSafeInteger(aggregateCacheSize)) {
    errors.push(
      `AGGREGATE_CACHE_SIZE must be a whole number of streams from 0 (0 turns the cache off), such as ${DEFAULT_AGGREGATE_CACHE_SIZE} (got "${rawCacheSize}")`,
    );
  }

  const snapshots = text('SNAPSHOTS')?.toLowerCase() ?? 'on';
  if (snapshots !== 'on' && snapshots !== 'off')
    errors.push(`SNAPSHOTS must be on or off (got "${text('SNAPSHOTS')}")`);

  const rawIntrospection = text('GRAPHQL_INTROSPECTION')?.toLowerCase();
  const production = env.NODE_ENV === 'production';
  if (rawIntrospection !== undefined && rawIntrospection !== 'true' && rawIntrospection !== 'false') {
    errors.push(`GRAPHQL_INTROSPECTION must be true or false (got "${text('GRAPHQL_INTROSPECTION')}")`);
  }
  const introspection = rawIntrospection === undefined ? !production : rawIntrospection === 'true';

  const count = (name: string, fallback: number, what: string) => {
    const raw = text(name) ?? String(fallback);
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < 1 || value > 1_000_000)
      errors.push(`${name} must be a whole number from 1 to 1000000: ${what}, such as ${fallback} (got "${raw}")`);
    return value;
  };
  const live = {
    perConnection: count(
      'LIVE_SUBSCRIPTIONS_PER_CONNECTION',
      DEFAULT_LIVE_SETTINGS.perConnection,
      'subscriptions one graphql-ws connection may hold',
    ),
    perAddress: count(
      'LIVE_SUBSCRIPTIONS_PER_ADDRESS',
      DEFAULT_LIVE_SETTINGS.perAddress,
      'subscriptions visitors without a session may hold from one address',
    ),
    subscribesPerMinute: count(
      'LIVE_SUBSCRIBES_PER_MINUTE',
      DEFAULT_LIVE_SETTINGS.subscribesPerMinute,
      'subscriptions one address or staff session may start per minute',
    ),
  };

  const publicRequestsPerMinute = count(
    'PUBLIC_REQUESTS_PER_MINUTE',
    DEFAULT_PUBLIC_REQUESTS_PER_MINUTE,
    'requests to /graphql and the knowledge-base pages one address may make per minute without a staff session',
  );

  const rawMetricsPort = text('METRICS_PORT');
  let metricsPort: number | undefined;
  if (rawMetricsPort !== undefined) {
    metricsPort = Number(rawMetricsPort);
    if (!/^\d+$/.test(rawMetricsPort) || metricsPort > 65535)
      errors.push(`METRICS_PORT must be a whole number from 0 to 65535, such as 9464 (got "${rawMetricsPort}")`);
    else if (metricsPort !== 0 && metricsPort === port)
      errors.push(`METRICS_PORT must differ from PORT: metrics are never served on the public port (both are ${port})`);
  }

  const rawOrigin = text('PUBLIC_ORIGIN');
  let publicOrigin: string | undefined;
  if (rawOrigin !== undefined) {
    publicOrigin = originOf(rawOrigin);
    if (publicOrigin === undefined)
      errors.push(
        `PUBLIC_ORIGIN must be an http:// or https:// origin without a path, such as https://help.example.org (got "${rawOrigin}")`,
      );
  }

  const attachmentsS3 = readAttachmentsS3(env, errors);

  if (errors.length > 0 || !trustProxy.ok) return { ok: false, errors };
  return {
    ok: true,
    config: {
      eventStoreUrl,
      port,
      host,
      dataDir,
      smtpUrl,
      mailFrom,
      smtpInPort,
      imapUrl,
      production,
      logLevel,
      trustProxy: trustProxy.value,
      aggregateCacheSize,
      introspection,
      live,
      publicOrigin,
      publicRequestsPerMinute,
      metricsPort,
      attachmentsS3,
      snapshots: snapshots === 'on',
    },
  };
}

/** `https://help.example.org` (a trailing slash allowed), or undefined for anything else. */
function originOf(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    return undefined;
  if (!/^https?:\/\/[^/?#]+\/?$/.test(raw)) return undefined;
  return url.origin;
}
