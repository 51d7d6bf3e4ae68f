import { describe, expect, it } from 'vitest';
import { fastifyTrustProxy, parseTrustProxy, readConfig } from './config';

describe('readConfig', () => {
  it('has defaults for everything: the embedded store, port 3000 on loopback, ./.data', () => {
    expect(readConfig({})).toEqual({
      ok: true,
      config: {
        eventStoreUrl: undefined,
        port: 3000,
        host: '127.0.0.1',
        dataDir: './.data',
        smtpUrl: undefined,
        mailFrom: undefined,
        smtpInPort: 2525,
        imapUrl: undefined,
        production: false,
        logLevel: 'info',
        trustProxy: false,
        snapshots: true,
        aggregateCacheSize: 10_000,
        introspection: true,
        live: { perConnection: 50, perAddress: 200, subscribesPerMinute: 300 },
        publicOrigin: undefined,
        publicRequestsPerMinute: 600,
      },
    });
  });

  it('listens for mail on SMTP_IN_PORT unless it is 0 or off, and polls IMAP_URL', () => {
    expect(readConfig({ SMTP_IN_PORT: '25' })).toMatchObject({ ok: true, config: { smtpInPort: 25 } });
    expect(readConfig({ SMTP_IN_PORT: 'off' })).toMatchObject({ ok: true, config: { smtpInPort: null } });
    expect(readConfig({ SMTP_IN_PORT: '0' })).toMatchObject({ ok: true, config: { smtpInPort: null } });
    expect(readConfig({ SMTP_IN_PORT: 'mail' })).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^SMTP_IN_PORT must be a port/)],
    });
    expect(readConfig({ SMTP_IN_PORT: '3000' })).toMatchObject({ ok: false });
    expect(readConfig({ IMAP_URL: 'imaps://desk:secret@mail.example.org/INBOX' })).toMatchObject({
      ok: true,
      config: { imapUrl: 'imaps://desk:secret@mail.example.org/INBOX' },
    });
    const wrong = readConfig({ IMAP_URL: 'https://desk:secret@mail.example.org' });
    expect(wrong).toMatchObject({ ok: false, errors: [expect.stringMatching(/^IMAP_URL must be/)] });
    expect(JSON.stringify(wrong)).not.toContain('secret');
  });

  it('takes the public requests per address and minute, a whole number', () => {
    expect(readConfig({ PUBLIC_REQUESTS_PER_MINUTE: '1200' })).toMatchObject({
      ok: true,
      config: { publicRequestsPerMinute: 1200 },
    });
    expect(readConfig({ PUBLIC_REQUESTS_PER_MINUTE: 'lots' })).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^PUBLIC_REQUESTS_PER_MINUTE must be a whole number/)],
    });
  });

  it('takes an event store, port, host, data folder and production mode from the environment', () => {
    const result = readConfig({
      EVENTSTORE_URL: 'esdb://store.internal:2113?tls=false',
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/deskstream',
      NODE_ENV: 'production',
    });
    expect(result).toMatchObject({
      ok: true,
      config: {
        eventStoreUrl: 'esdb://store.internal:2113?tls=false',
        port: 8080,
        host: '0.0.0.0',
        dataDir: '/var/lib/deskstream',
        production: true,
      },
    });
  });

  it('treats blank values as unset', () => {
    expect(readConfig({ EVENTSTORE_URL: '  ', PORT: '' })).toMatchObject({
      ok: true,
      config: { eventStoreUrl: undefined, port: 3000 },
    });
  });

  it('names every wrong setting with what it got and what it wants', () => {
    const result = readConfig({ EVENTSTORE_URL: 'http://localhost:2113', PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(3);
    expect(result.errors[0]).toMatch(/EVENTSTORE_URL .*esdb:\/\/.*"http:\/\/localhost:2113"/);
    expect(result.errors[1]).toMatch(/PORT .*0 to 65535.*"eighty"/);
    expect(result.errors[2]).toMatch(/LOG_LEVEL/);
  });

  it('takes only the schemes the client understands', () => {
    expect(readConfig({ EVENTSTORE_URL: 'esdb+discover://admin:changeit@cluster.example.org:2113' }).ok).toBe(true);
    const wrongScheme = readConfig({ EVENTSTORE_URL: 'kurrentdb://admin:changeit@db.example.org:2113' });
    expect(wrongScheme.ok).toBe(false);
    // The message shows what was wrong, never the password.
    expect(!wrongScheme.ok && wrongScheme.errors.join('\n')).not.toContain('changeit');
  });

  it('rejects ports out of range and negative ones', () => {
    expect(readConfig({ PORT: '70000' }).ok).toBe(false);
    expect(readConfig({ PORT: '-1' }).ok).toBe(false);
    expect(readConfig({ PORT: '0' })).toMatchObject({ ok: true, config: { port: 0 } });
  });

  it('takes an SMTP server for mail, and refuses anything but smtp:// or smtps:// without echoing the password', () => {
    expect(
      readConfig({ SMTP_URL: 'smtps://desk:secret@mail.example.org:465', MAIL_FROM: 'Desk <desk@example.org>' }),
    ).toMatchObject({
      ok: true,
      config: { smtpUrl: 'smtps://desk:secret@mail.example.org:465', mailFrom: 'Desk <desk@example.org>' },
    });
    const wrong = readConfig({ SMTP_URL: 'http://desk:secret@mail.example.org' });
    expect(wrong.ok).toBe(false);
    expect(JSON.stringify(wrong)).toMatch(/SMTP_URL must be/);
    expect(JSON.stringify(wrong)).not.toMatch(/secret/);
  });

  it('believes no proxy unless TRUST_PROXY says so: true, a number of proxies, or their addresses and CIDR ranges', () => {
    const trust = (value: string) => readConfig({ TRUST_PROXY: value });
    expect(readConfig({})).toMatchObject({ ok: true, config: { trustProxy: false } });
    expect(trust('')).toMatchObject({ ok: true, config: { trustProxy: false } });
    expect(trust('false')).toMatchObject({ ok: true, config: { trustProxy: false } });
    expect(trust('true')).toMatchObject({ ok: true, config: { trustProxy: true } });
    expect(trust('TRUE')).toMatchObject({ ok: true, config: { trustProxy: true } });
    expect(trust('2')).toMatchObject({ ok: true, config: { trustProxy: 2 } });
    expect(trust('10.0.0.5')).toMatchObject({ ok: true, config: { trustProxy: ['10.0.0.5'] } });
    expect(trust(' 10.0.0.5 , 192.168.0.0/16,fd00::/8, ::1, loopback ')).toMatchObject({
      ok: true,
      config: { trustProxy: ['10.0.0.5', '192.168.0.0/16', 'fd00::/8', '::1', 'loopback'] },
    });
  });

  it.each([
    ['yes', /TRUST_PROXY must be .*"yes"/],
    ['0', /from 1 to 100, got "0"/],
    ['1000', /from 1 to 100, got "1000"/],
    ['10.0.0.5,proxy.internal', /"proxy.internal"/],
    ['10.0.0.0/33', /"10.0.0.0\/33"/],
    ['fd00::/129', /"fd00::\/129"/],
    ['10.0.0.0/', /"10.0.0.0\/"/],
    ['10.0.0.1,,10.0.0.2', /""/],
    ['300.1.1.1', /"300.1.1.1"/],
  ])('refuses TRUST_PROXY=%s with what it wants', (value, message) => {
    const result = readConfig({ TRUST_PROXY: value });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(message)]);
    expect(parseTrustProxy(value).ok).toBe(false);
  });

  it('keeps read-model snapshots under DATA_DIR unless SNAPSHOTS=off; refuses anything but on or off', () => {
    expect(readConfig({ SNAPSHOTS: 'off' })).toMatchObject({ ok: true, config: { snapshots: false } });
    expect(readConfig({ SNAPSHOTS: 'ON' })).toMatchObject({ ok: true, config: { snapshots: true } });
    expect(readConfig({ SNAPSHOTS: 'yes' })).toEqual({
      ok: false,
      errors: ['SNAPSHOTS must be on or off (got "yes")'],
    });
  });

  it('keeps 10,000 streams in memory between commands unless AGGREGATE_CACHE_SIZE says otherwise', () => {
    expect(readConfig({ AGGREGATE_CACHE_SIZE: '500' })).toMatchObject({
      ok: true,
      config: { aggregateCacheSize: 500 },
    });
    expect(readConfig({ AGGREGATE_CACHE_SIZE: '0' })).toMatchObject({ ok: true, config: { aggregateCacheSize: 0 } });
    for (const wrong of ['-1', 'lots', '1.5', '99999999999999999999']) {
      const result = readConfig({ AGGREGATE_CACHE_SIZE: wrong });
      expect(!result.ok && result.errors).toEqual([
        expect.stringMatching(/AGGREGATE_CACHE_SIZE must be a whole number/),
      ]);
    }
  });

  it('gives Fastify a number of proxies as "believe that many hops", since Fastify itself believes none for a bare number', () => {
    const trust = fastifyTrustProxy(2);
    expect(typeof trust).toBe('function');
    const believes = trust as (address: string, hop: number) => boolean;
    expect([0, 1, 2, 3].map((hop) => believes('10.0.0.1', hop))).toEqual([true, true, false, false]);
    expect(fastifyTrustProxy(false)).toBe(false);
    expect(fastifyTrustProxy(['10.0.0.5'])).toEqual(['10.0.0.5']);
  });
});
