/**
 * Command-line options, with EventStoreDB's own names (`--insecure`, `--mem-db`, `--db`,
 * `--node-port`, `--node-ip`, `--max-append-size`, `--default-admin-password`,
 * `--certificate-file`, `--certificate-private-key-file`, `--trusted-root-certificates-path`), as `--name value`, `--name=value`,
 * or `EVENTSTORE_<NAME>` environment variables.
 */
export interface CliOptions {
  insecure: boolean;
  memDb: boolean;
  db?: string;
  nodePort: number;
  nodeIp: string;
  maxAppendSize?: number;
  salvageLog: boolean;
  defaultAdminPassword?: string;
  certificateFile?: string;
  certificatePrivateKeyFile?: string;
  /** A folder of PEM root certificates (`.crt`/`.pem`) that the served certificate chains to. */
  trustedRootCertificatesPath?: string;
  /** Where the admin password came from: the command line shows it to every local user. */
  passwordOnCommandLine: boolean;
  help: boolean;
}

export type Parsed = { ok: true; options: CliOptions } | { ok: false; error: string };

interface Spec {
  kind: 'flag' | 'string' | 'port' | 'size';
  key: keyof CliOptions;
  help: string;
}

const SPECS: Record<string, Spec> = {
  insecure: { kind: 'flag', key: 'insecure', help: 'plain gRPC, no credentials asked (development and tests)' },
  'default-admin-password': {
    kind: 'string',
    key: 'defaultAdminPassword',
    help: 'secure mode: TLS, and every call needs user admin with this password (pass it as EVENTSTORE_DEFAULT_ADMIN_PASSWORD)',
  },
  'certificate-file': {
    kind: 'string',
    key: 'certificateFile',
    help: 'secure mode: PEM certificate to serve (default: self-signed for this start)',
  },
  'certificate-private-key-file': {
    kind: 'string',
    key: 'certificatePrivateKeyFile',
    help: "secure mode: the certificate's PEM private key",
  },
  'trusted-root-certificates-path': {
    kind: 'string',
    key: 'trustedRootCertificatesPath',
    help: 'secure mode: folder of the PEM root certificates clients are told to trust (default: the served certificate)',
  },
  'mem-db': { kind: 'flag', key: 'memDb', help: 'keep everything in memory; nothing survives a restart' },
  db: { kind: 'string', key: 'db', help: 'folder of the durable log' },
  'node-port': { kind: 'port', key: 'nodePort', help: 'gRPC port (default 2113)' },
  'node-ip': { kind: 'string', key: 'nodeIp', help: 'address to listen on (default 127.0.0.1)' },
  'max-append-size': { kind: 'size', key: 'maxAppendSize', help: 'largest append in bytes (default 1048576)' },
  'salvage-log': {
    kind: 'flag',
    key: 'salvageLog',
    help: 'keep what is whole of a log damaged in the middle (see the README)',
  },
  help: { kind: 'flag', key: 'help', help: 'print this help' },
};

export function usage(): string {
  const lines = Object.entries(SPECS).map(
    ([name, spec]) => `  --${name}${spec.kind === 'flag' ? '' : ' <value>'}`.padEnd(30) + spec.help,
  );
  return [
    'Usage: esdb-emulator --insecure (--mem-db | --db <folder>) [options]',
    '',
    ...lines,
    '',
    'Each option can also be set as EVENTSTORE_<NAME> (for example EVENTSTORE_NODE_PORT=2113).',
  ].join('\n');
}

export function parseOptions(argv: string[], env: Record<string, string | undefined> = {}): Parsed {
  const options: CliOptions = {
    insecure: false,
    memDb: false,
    nodePort: 2113,
    nodeIp: '127.0.0.1',
    salvageLog: false,
    passwordOnCommandLine: false,
    help: false,
  };
  const set = (name: string, raw: string | undefined, source: string): string | undefined => {
    const spec = SPECS[name];
    if (!spec)
      return `unknown option ${source}; the emulator supports: ${Object.keys(SPECS)
        .map((n) => `--${n}`)
        .join(', ')}`;
    const target = options as unknown as Record<string, unknown>;
    switch (spec.kind) {
      case 'flag': {
        const value = (raw ?? 'true').toLowerCase();
        if (value !== 'true' && value !== 'false') return `${source} takes true or false, not ${JSON.stringify(raw)}`;
        target[spec.key] = value === 'true';
        return;
      }
      case 'string':
        if (!raw) return `${source} needs a value`;
        target[spec.key] = raw;
        return;
      case 'port': {
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 0 || n > 65535)
          return `${source} must be a port number from 0 to 65535, not ${JSON.stringify(raw)}`;
        target[spec.key] = n;
        return;
      }
      case 'size': {
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 1)
          return `${source} must be a positive number of bytes, not ${JSON.stringify(raw)}`;
        target[spec.key] = n;
        return;
      }
    }
  };

  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('EVENTSTORE_') || value === undefined) continue;
    const name = key.slice('EVENTSTORE_'.length).toLowerCase().replace(/_/g, '-');
    // Other EVENTSTORE_* variables belong to other tools; a salvage is asked for on purpose, once.
    if (!SPECS[name] || name === 'help' || name === 'salvage-log') continue;
    const error = set(name, value, key);
    if (error) return { ok: false, error };
  }

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--'))
      return { ok: false, error: `unexpected argument ${JSON.stringify(arg)}; options start with --` };
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)).toLowerCase();
    let value = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const spec = SPECS[name];
    if (spec && spec.kind !== 'flag' && value === undefined) {
      value = argv[++i];
      if (value === undefined || value.startsWith('--')) return { ok: false, error: `--${name} needs a value` };
    }
    const error = set(name, value, `--${name}`);
    if (error) return { ok: false, error };
    if (name === 'default-admin-password') options.passwordOnCommandLine = true;
  }

  if (options.help) return { ok: true, options };
  const secureOnly = [
    'default-admin-password',
    'certificate-file',
    'certificate-private-key-file',
    'trusted-root-certificates-path',
  ].filter((n) => options[SPECS[n]!.key] !== undefined);
  if (options.insecure && secureOnly.length > 0) {
    return {
      ok: false,
      error: `--insecure serves plain gRPC, where clients send no credentials: drop --insecure to use ${secureOnly.map((n) => `--${n}`).join(', ')}`,
    };
  }
  if (!options.insecure && !options.defaultAdminPassword) {
    return {
      ok: false,
      error:
        'say how clients get in: --insecure (plain gRPC, no credentials), or secure mode with a password for admin in EVENTSTORE_DEFAULT_ADMIN_PASSWORD',
    };
  }
  if ((options.certificateFile === undefined) !== (options.certificatePrivateKeyFile === undefined)) {
    return { ok: false, error: '--certificate-file and --certificate-private-key-file go together' };
  }
  if (options.memDb && options.db) return { ok: false, error: 'choose either --mem-db or --db, not both' };
  if (!options.memDb && !options.db)
    return { ok: false, error: 'say where the data lives: --db <folder>, or --mem-db to keep it in memory' };
  return { ok: true, options };
}
