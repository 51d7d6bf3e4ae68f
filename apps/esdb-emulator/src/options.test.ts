import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';

describe('emulator options', () => {
  it('takes EventStoreDB option names in both spellings', () => {
    const parsed = parseOptions(['--insecure', '--mem-db', '--node-port', '2114', '--node-ip=0.0.0.0']);
    expect(parsed).toEqual({
      ok: true,
      options: expect.objectContaining({ insecure: true, memDb: true, nodePort: 2114, nodeIp: '0.0.0.0' }),
    });
  });

  it('reads EVENTSTORE_* variables and lets the command line win', () => {
    const parsed = parseOptions(['--node-port=3000'], {
      EVENTSTORE_INSECURE: 'true',
      EVENTSTORE_DB: './data',
      EVENTSTORE_NODE_PORT: '2200',
      EVENTSTORE_URL: 'esdb://x',
    });
    expect(parsed).toEqual({
      ok: true,
      options: expect.objectContaining({ insecure: true, db: './data', nodePort: 3000 }),
    });
  });

  it.each([
    [['--mem-db'], /--insecure/],
    [['--mem-db'], /EVENTSTORE_DEFAULT_ADMIN_PASSWORD/],
    [['--insecure', '--mem-db', '--default-admin-password', 'x'], /drop --insecure/],
    [['--insecure', '--mem-db', '--trusted-root-certificates-path', 'ca'], /drop --insecure/],
    [['--mem-db', '--default-admin-password', 'x', '--certificate-file', 'c.pem'], /go together/],
    [['--insecure'], /--db <folder>, or --mem-db/],
    [['--insecure', '--mem-db', '--db', 'x'], /either --mem-db or --db/],
    [['--insecure', '--mem-db', '--node-port', 'abc'], /port number/],
    [['--insecure', '--mem-db', '--node-port'], /needs a value/],
    [['--insecure', '--mem-db', '--run-projections=all'], /unknown option --run-projections/],
    [['--insecure', '--mem-db=maybe'], /true or false/],
    [['--insecure', 'mem-db'], /unexpected argument/],
  ])('rejects %j with a clear message', (argv, message) => {
    const parsed = parseOptions(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it("takes secure mode from EventStoreDB's option names, the password best from the environment", () => {
    const fromEnv = parseOptions(['--mem-db'], { EVENTSTORE_DEFAULT_ADMIN_PASSWORD: 's3cret' });
    expect(fromEnv).toEqual({
      ok: true,
      options: expect.objectContaining({
        insecure: false,
        defaultAdminPassword: 's3cret',
        passwordOnCommandLine: false,
      }),
    });
    const fromArgs = parseOptions([
      '--mem-db',
      '--default-admin-password=s3cret',
      '--certificate-file',
      'c.pem',
      '--certificate-private-key-file',
      'k.pem',
      '--trusted-root-certificates-path',
      './ca',
    ]);
    expect(fromArgs).toEqual({
      ok: true,
      options: expect.objectContaining({
        defaultAdminPassword: 's3cret',
        passwordOnCommandLine: true,
        certificateFile: 'c.pem',
        certificatePrivateKeyFile: 'k.pem',
        trustedRootCertificatesPath: './ca',
      }),
    });
  });
});
