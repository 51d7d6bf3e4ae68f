/**
 * Standalone start: `npm run esdb -- --insecure --mem-db --node-port 2113` (or `--db ./data`), or
 * secure: `EVENTSTORE_DEFAULT_ADMIN_PASSWORD=<secret> npm run esdb -- --db ./data`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LogDamageError, startEmulator } from './index';
import { parseOptions, usage } from './options';

const parsed = parseOptions(process.argv.slice(2), process.env);
if (!parsed.ok) {
  console.error(`esdb-emulator: ${parsed.error}\n\n${usage()}`);
  process.exit(2);
}
if (parsed.options.help) {
  console.log(usage());
  process.exit(0);
}
const { options } = parsed;
/** One JSON object a line: `time`, `service`, `message`, and for machines `event` with its fields. */
const log = (message: string, fields: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ time: new Date().toISOString(), service: 'esdb-emulator', ...fields, message }));

try {
  if (options.passwordOnCommandLine) {
    log(
      'the admin password was given on the command line, where every local user can read it; pass it as EVENTSTORE_DEFAULT_ADMIN_PASSWORD',
      { event: 'warning' },
    );
  }
  const certificate =
    options.certificateFile && options.certificatePrivateKeyFile
      ? {
          cert: await readFile(options.certificateFile, 'utf8'),
          key: await readFile(options.certificatePrivateKeyFile, 'utf8'),
        }
      : undefined;
  const trustedRoots = options.trustedRootCertificatesPath
    ? await readTrustedRoots(options.trustedRootCertificatesPath)
    : undefined;
  const emulator = await startEmulator({
    memDb: options.memDb,
    dbPath: options.db,
    port: options.nodePort,
    host: options.nodeIp,
    maxAppendSize: options.maxAppendSize,
    salvageLog: options.salvageLog,
    defaultAdminPassword: options.defaultAdminPassword,
    certificate,
    trustedRoots,
    log,
  });
  log(
    `listening on ${emulator.host}:${emulator.port} (${options.memDb ? 'in memory' : `data in ${options.db}`}, ${emulator.secure ? 'TLS, credentials required' : 'insecure'}); connect with ${emulator.url}`,
    {
      event: 'listening',
      url: emulator.url,
      secure: emulator.secure,
      ...(emulator.caFile && { caFile: emulator.caFile }),
    },
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    emulator.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  if (process.env.DESKSTREAM_STOP_WITH_PARENT === '1') {
    // Embedded by the api: stdin is a pipe from it, closed when the api dies in any way.
    process.stdin
      .on('end', () => stop('parent gone'))
      .on('error', () => stop('parent gone'))
      .resume();
  }
} catch (error) {
  if (error instanceof LogDamageError) {
    const { file, at, reason, validRecordAt } = error;
    log(error.message, { event: 'log-damaged', file, at, reason, validRecordAt });
  }
  console.error(`esdb-emulator: could not start: ${(error as Error).message}`);
  process.exit(1);
}

/** The PEM root certificates (`*.crt`, `*.pem`) in a folder, as one bundle; a folder with none is refused. */
async function readTrustedRoots(folder: string): Promise<string> {
  const names = (await readdir(folder)).filter((name) => /\.(crt|pem)$/i.test(name)).sort();
  const pems = await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')));
  const roots = pems.filter((pem) => pem.includes('-----BEGIN CERTIFICATE-----'));
  if (roots.length === 0) throw new Error(`no PEM root certificate (*.crt, *.pem) in ${folder}`);
  return roots.map((pem) => pem.trim()).join('\n') + '\n';
}
