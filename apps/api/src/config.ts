/** The api's settings, read from the environment once at start and checked with clear messages. */

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
  /** GraphiQL and detailed internal errors are for development only. */
  production: boolean;
  logLevel: string;
}

export type ConfigResult = { ok: true; config: ApiConfig } | { ok: false; errors: string[] };

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function readConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const errors: string[] = [];
  const text = (name: string) => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };

  const eventStoreUrl = text('EVENTSTORE_URL');
  // The client (@eventstore/db-client 6) understands these two schemes only.
  if (eventStoreUrl !== undefined && !/^esdb(\+discover)?:\/\/\S+$/.test(eventStoreUrl)) {
    errors.push(`EVENTSTORE_URL must be an esdb:// or esdb+discover:// connection string such as esdb://127.0.0.1:2113?tls=false (got "${eventStoreUrl}")`);
  }

  const rawPort = text('PORT') ?? '3000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    errors.push(`PORT must be a whole number from 0 to 65535 (got "${rawPort}")`);
  }

  const host = text('HOST') ?? '127.0.0.1';
  if (/\s|\//.test(host)) errors.push(`HOST must be a host name or an address such as 127.0.0.1 or 0.0.0.0 (got "${host}")`);

  const dataDir = text('DATA_DIR') ?? './.data';

  const smtpUrl = text('SMTP_URL');
  if (smtpUrl !== undefined && !/^smtps?:\/\/\S+$/.test(smtpUrl)) {
    errors.push(`SMTP_URL must be an smtp:// or smtps:// URL such as smtp://user:password@mail.example.org:587 (got "${smtpUrl.replace(/\/\/[^@/]*@/, '//…@')}")`);
  }
  const mailFrom = text('MAIL_FROM');

  const logLevel = text('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) errors.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: { eventStoreUrl, port, host, dataDir, smtpUrl, mailFrom, production: env.NODE_ENV === 'production', logLevel },
  };
}
