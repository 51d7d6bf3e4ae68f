/**
 * TRUST_PROXY through the real api: visitors' flood limits count per client address, so behind a
 * reverse proxy the api must believe the proxy's X-Forwarded-For, and only the proxy's.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';

const ONE_QUESTION = Object.fromEntries(
  ['startChat', 'question', 'message', 'typing', 'read'].map((action) => [
    action,
    { max: action === 'question' ? 1 : 100, windowMs: 60_000 },
  ]),
) as never;
const ASK = 'mutation ($i: OfflineQuestionInput!) { askOfflineQuestion(input: $i) { id } }';
const PROXY = '10.0.0.5';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ referenceDesk: { floodLimits: ONE_QUESTION } });
});
afterAll(() => api?.close());

let asked = 0;
/** A visitor's question for email, from `remoteAddress`, with the X-Forwarded-For a proxy would add. */
async function ask(app: FastifyInstance, remoteAddress: string, forwardedFor?: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    payload: {
      query: ASK,
      variables: {
        i: {
          clientRequestId: `proxy-${asked++}`,
          departmentId: 'law',
          name: 'Reza',
          email: 'reza@example.ir',
          question: 'Where is the thesis?',
        },
      },
    },
  });
  const body = response.json() as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code ?? 'ok';
}

describe('TRUST_PROXY', () => {
  it('unset, every visitor behind the proxy shares the proxy’s budget', async () => {
    expect(await ask(api.app, PROXY, '203.0.113.1')).toBe('ok');
    expect(await ask(api.app, PROXY, '203.0.113.2')).toBe('RATE_LIMITED');
  });

  it('set to the proxy’s address, each visitor behind it has a budget of their own, and no one else is believed', async () => {
    const app = await api.restart({ trustProxy: [PROXY] });
    expect(await ask(app, PROXY, '203.0.113.1')).toBe('ok');
    expect(await ask(app, PROXY, '203.0.113.2')).toBe('ok');
    expect(await ask(app, PROXY, '203.0.113.1')).toBe('RATE_LIMITED');
    // A visitor's own forged entry before the proxy's counts for nothing: the proxy appends the real address.
    expect(await ask(app, PROXY, '198.51.100.77, 203.0.113.2')).toBe('RATE_LIMITED');
    // A client that is not the proxy cannot pick its address.
    expect(await ask(app, '198.51.100.9', '203.0.113.3')).toBe('ok');
    expect(await ask(app, '198.51.100.9', '203.0.113.4')).toBe('RATE_LIMITED');
  });

  it('set to a number of proxies, believes that many hops', async () => {
    const app = await api.restart({ trustProxy: 1 });
    expect(await ask(app, PROXY, '203.0.113.1')).toBe('ok');
    expect(await ask(app, PROXY, '203.0.113.2')).toBe('ok');
    expect(await ask(app, PROXY, '198.51.100.77, 203.0.113.2')).toBe('RATE_LIMITED');
  });
});
