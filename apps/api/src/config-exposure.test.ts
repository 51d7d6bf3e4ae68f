/** The settings that decide what the api shows strangers: introspection, live subscription caps, the public origin. */
import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

const config = (env: Record<string, string>) => {
  const result = readConfig(env);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
};
const errorsOf = (env: Record<string, string>) => {
  const result = readConfig(env);
  return result.ok ? [] : result.errors;
};

describe('GRAPHQL_INTROSPECTION', () => {
  it('is off in production and on elsewhere unless set', () => {
    expect(config({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(config({}).introspection).toBe(true);
    expect(config({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(config({ GRAPHQL_INTROSPECTION: 'FALSE' }).introspection).toBe(false);
  });

  it('refuses anything but true or false', () => {
    expect(errorsOf({ GRAPHQL_INTROSPECTION: 'yes' })).toEqual([
      'GRAPHQL_INTROSPECTION must be true or false (got "yes")',
    ]);
  });
});

describe('LIVE_* subscription caps', () => {
  it('have defaults and take whole numbers', () => {
    expect(config({}).live).toEqual({ perConnection: 50, perAddress: 200, subscribesPerMinute: 300 });
    expect(
      config({
        LIVE_SUBSCRIPTIONS_PER_CONNECTION: '20',
        LIVE_SUBSCRIPTIONS_PER_ADDRESS: '1000',
        LIVE_SUBSCRIBES_PER_MINUTE: '60',
      }).live,
    ).toEqual({
      perConnection: 20,
      perAddress: 1000,
      subscribesPerMinute: 60,
    });
  });

  it('refuse zero, fractions and words, naming the variable', () => {
    const errors = errorsOf({
      LIVE_SUBSCRIPTIONS_PER_CONNECTION: '0',
      LIVE_SUBSCRIPTIONS_PER_ADDRESS: '1.5',
      LIVE_SUBSCRIBES_PER_MINUTE: 'many',
    });
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^LIVE_SUBSCRIPTIONS_PER_CONNECTION must be a whole number from 1 .*\(got "0"\)$/);
    expect(errors[1]).toMatch(/^LIVE_SUBSCRIPTIONS_PER_ADDRESS .*\(got "1.5"\)$/);
    expect(errors[2]).toMatch(/^LIVE_SUBSCRIBES_PER_MINUTE .*\(got "many"\)$/);
  });
});

describe('PUBLIC_ORIGIN', () => {
  it('is unset by default, and an http(s) origin when set', () => {
    expect(config({}).publicOrigin).toBeUndefined();
    expect(config({ PUBLIC_ORIGIN: 'https://help.example.org/' }).publicOrigin).toBe('https://help.example.org');
    expect(config({ PUBLIC_ORIGIN: 'http://127.0.0.1:3000' }).publicOrigin).toBe('http://127.0.0.1:3000');
  });

  it('refuses a path, a query, credentials or another scheme', () => {
    for (const value of [
      'https://help.example.org/kb',
      'https://help.example.org?x=1',
      'https://user@help.example.org',
      'ftp://help.example.org',
      'help.example.org',
    ]) {
      expect(errorsOf({ PUBLIC_ORIGIN: value })).toEqual([
        expect.stringMatching(/^PUBLIC_ORIGIN must be an http:\/\/ or https:\/\/ origin/),
      ]);
    }
  });
});
