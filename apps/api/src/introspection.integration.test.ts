/** Introspection and "did you mean" suggestions: off in production unless asked for, on in development. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import type { FastifyInstance } from 'fastify';
import { gqlOn, startApp } from './testing/harness';

let store: RunningEmulator;
const apps: FastifyInstance[] = [];
let production: FastifyInstance;
let productionWithIntrospection: FastifyInstance;
let development: FastifyInstance;

beforeAll(async () => {
  store = await startEmulator({ memDb: true, port: 0 });
  production = await startApp(store.url, { production: true });
  productionWithIntrospection = await startApp(store.url, {
    production: true,
    seedDemoData: false,
    graphql: { introspection: true },
  });
  development = await startApp(store.url, { seedDemoData: false });
  apps.push(production, productionWithIntrospection, development);
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await store?.stop();
});

const SCHEMA = '{ __schema { queryType { name } } }';
const TYPE = '{ __type(name: "StaffMember") { fields { name } } }';
const TYPO = '{ apiVersio }';

describe('in production', () => {
  it('refuses introspection as a validation error', async () => {
    for (const query of [SCHEMA, TYPE]) {
      const result = await gqlOn(production, query);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_ERROR');
      expect(result.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    }
    // __typename is not introspection: clients use it.
    expect((await gqlOn(production, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('names no field, argument or value the caller did not send', async () => {
    const typo = await gqlOn(production, TYPO);
    expect(typo.errors?.[0]).toMatchObject({
      message: 'Cannot query field "apiVersio" on type "Query".',
      extensions: { code: 'VALIDATION_ERROR' },
    });
    const badEnum = await gqlOn(production, 'mutation { setPresence(status: ONLIN, commandId: "x") { id } }');
    expect(JSON.stringify(badEnum.errors)).not.toMatch(/Did you mean|ONLINE/);
    const badArgument = await gqlOn(production, '{ departments(firs: 1) { id } }');
    expect(JSON.stringify(badArgument.errors)).not.toMatch(/Did you mean/);
  });

  it('allows both with GRAPHQL_INTROSPECTION=true', async () => {
    expect((await gqlOn(productionWithIntrospection, SCHEMA)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    expect((await gqlOn(productionWithIntrospection, TYPO)).errors?.[0]?.message).toMatch(
      /Did you mean "apiVersion"\?/,
    );
  });
});

describe('in development', () => {
  it('allows introspection and suggestions by default', async () => {
    expect((await gqlOn(development, SCHEMA)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await gqlOn(development, TYPO)).errors?.[0]?.message).toMatch(/Did you mean "apiVersion"\?/);
  });
});
