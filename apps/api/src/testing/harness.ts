/** Test support: the api on a fresh in-memory emulator, with a GraphQL helper over `inject`. */
import { MemoryKeyStore } from '@deskstream/personal-data';
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GraphqlResponse<Data = Record<string, any>> {
  status: number;
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

export interface TestApi {
  app: FastifyInstance;
  store: RunningEmulator;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  gql<Data = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphqlResponse<Data>>;
  signIn(username: string, password: string): Promise<string>;
  /** Another api process on the same store (as after a restart). */
  restart(options?: Partial<AppOptions>): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export async function startApp(
  url: AppOptions['eventStoreUrl'],
  options: Partial<AppOptions> = {},
): Promise<FastifyInstance> {
  // The demo's feedback and book fair are for people (and their own seed tests), not for every test's api.
  const app = await buildApp({
    eventStoreUrl: url,
    seedDemoData: true,
    seedDemoFeedback: false,
    seedDemoFair: false,
    ...options,
  });
  await app.ready();
  await app.platform.waitUntilCaughtUp();
  await app.platform.seeded;
  return app;
}

export async function gqlOn<Data>(
  app: FastifyInstance,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphqlResponse<Data>> {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: { query, variables },
  });
  return { status: response.statusCode, ...response.json() };
}

export async function startTestApi(options: Partial<AppOptions> = {}): Promise<TestApi> {
  const store = await startEmulator({ memDb: true, port: 0 });
  // The people's keys outlive an api process as the store does: a restart reads what the first one sealed.
  const keyStore = options.accounts?.keyStore ?? new MemoryKeyStore();
  const withKeys = (more: Partial<AppOptions>): Partial<AppOptions> => ({
    ...more,
    accounts: { keyStore, ...more.accounts },
  });
  const apps: FastifyInstance[] = [];
  const app = await startApp(store.url, withKeys(options));
  apps.push(app);
  const api: TestApi = {
    app,
    store,
    gql: (query, variables, token) => gqlOn(app, query, variables, token),
    async signIn(username, password) {
      const result = await api.gql<{ signIn: { token: string } }>(
        'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      if (!result.data?.signIn) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(result.errors)}`);
      return result.data.signIn.token;
    },
    async restart(more = {}) {
      const next = await startApp(store.url, withKeys({ ...options, ...more }));
      apps.push(next);
      return next;
    },
    async close() {
      for (const each of apps.reverse()) await each.close();
      await store.stop();
    },
  };
  return api;
}
