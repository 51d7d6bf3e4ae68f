import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('METRICS_PORT', () => {
  it('is off unless set, and takes a port (0: any free one)', () => {
    expect(readConfig({})).toMatchObject({ ok: true, config: { metricsPort: undefined } });
    expect(readConfig({ METRICS_PORT: '' })).toMatchObject({ ok: true, config: { metricsPort: undefined } });
    expect(readConfig({ METRICS_PORT: '9464' })).toMatchObject({ ok: true, config: { metricsPort: 9464 } });
    expect(readConfig({ METRICS_PORT: '0' })).toMatchObject({ ok: true, config: { metricsPort: 0 } });
  });

  it.each([
    [{ METRICS_PORT: 'on' }, /^METRICS_PORT must be a whole number from 0 to 65535.*"on"/],
    [{ METRICS_PORT: '70000' }, /^METRICS_PORT must be a whole number/],
    [{ METRICS_PORT: '3000' }, /^METRICS_PORT must differ from PORT/],
    [{ METRICS_PORT: '8080', PORT: '8080' }, /^METRICS_PORT must differ from PORT/],
  ])('refuses %o', (env, message) => {
    const result = readConfig(env);
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(message)]);
  });
});
