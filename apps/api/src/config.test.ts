import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('has defaults for everything: the embedded store, port 3000 on loopback, ./.data', () => {
    expect(readConfig({})).toEqual({
      ok: true,
      config: { eventStoreUrl: undefined, port: 3000, host: '127.0.0.1', dataDir: './.data', smtpUrl: undefined, mailFrom: undefined, production: false, logLevel: 'info' },
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
      config: { eventStoreUrl: 'esdb://store.internal:2113?tls=false', port: 8080, host: '0.0.0.0', dataDir: '/var/lib/deskstream', production: true },
    });
  });

  it('treats blank values as unset', () => {
    expect(readConfig({ EVENTSTORE_URL: '  ', PORT: '' })).toMatchObject({ ok: true, config: { eventStoreUrl: undefined, port: 3000 } });
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
    expect(readConfig({ EVENTSTORE_URL: 'kurrentdb://admin:changeit@db.example.org:2113' }).ok).toBe(false);
  });

  it('rejects ports out of range and negative ones', () => {
    expect(readConfig({ PORT: '70000' }).ok).toBe(false);
    expect(readConfig({ PORT: '-1' }).ok).toBe(false);
    expect(readConfig({ PORT: '0' })).toMatchObject({ ok: true, config: { port: 0 } });
  });

  it('takes an SMTP server for mail, and refuses anything but smtp:// or smtps:// without echoing the password', () => {
    expect(readConfig({ SMTP_URL: 'smtps://desk:secret@mail.example.org:465', MAIL_FROM: 'Desk <desk@example.org>' })).toMatchObject({
      ok: true,
      config: { smtpUrl: 'smtps://desk:secret@mail.example.org:465', mailFrom: 'Desk <desk@example.org>' },
    });
    const wrong = readConfig({ SMTP_URL: 'http://desk:secret@mail.example.org' });
    expect(wrong.ok).toBe(false);
    expect(JSON.stringify(wrong)).toMatch(/SMTP_URL must be/);
    expect(JSON.stringify(wrong)).not.toMatch(/secret/);
  });
});
