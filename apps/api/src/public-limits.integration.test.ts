/**
 * A visitor cannot turn a small request into a large answer, nor keep the api busy for everybody:
 * the public GraphQL operations are bounded by cost (list sizes and aliases counted), by answer
 * size, and by requests per address; staff sessions are not held to these limits.
 */
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryCost } from './query-cost';
import { startTestApi, type TestApi } from './testing/harness';

const SUMMARY = 'id locale slug title stage errorCodes symptoms tags revision publishedAt views';
/** The shape of the reported attack: forty aliases of the longest public list (100 in the report: the shape limit of 500 fields stops that one already). */
const AMPLIFIED = `{ ${Array.from({ length: 40 }, (_, i) => `n${i}: newestArticles(first: 50) { ${SUMMARY} }`).join(' ')} }`;

let api: TestApi;
let staff: string;
beforeAll(async () => {
  api = await startTestApi();
  staff = await api.signIn('admin', 'deskstream-admin');
});
afterAll(() => api?.close());

const post = (payload: object, headers: Record<string, string> = {}, remoteAddress = '198.51.100.7') =>
  api.app.inject({ method: 'POST', url: '/graphql', remoteAddress, headers, payload });

describe('the cost of a public operation', () => {
  it('counts list sizes and aliases: forty aliased lists are refused before they run, one list runs', async () => {
    const refused = await post({ query: AMPLIFIED });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          message: expect.stringMatching(/asks for too much at once/),
          extensions: { code: 'QUERY_TOO_COMPLEX' },
        }),
      ],
    });
    const one = await post({ query: `{ newestArticles(first: 50) { ${SUMMARY} } }` });
    expect(one.statusCode).toBe(200);
    expect(one.json().data.newestArticles.length).toBeGreaterThan(0);
    // Staff are not held to it.
    expect((await post({ query: AMPLIFIED }, { authorization: `Bearer ${staff}` })).statusCode).toBe(200);
  });

  it('takes the list size from variables and from the argument’s default', async () => {
    const byVariable = await post({
      query: `query ($n: Int!) { a: newestArticles(first: $n) { ${SUMMARY} } b: newestArticles(first: $n) { ${SUMMARY} } }`,
      variables: { n: 10_000 },
    });
    expect(byVariable.json().errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const schema = api.app.graphql.schema;
    const byDefault = queryCost(schema, parse(`{ newestArticles { id } }`));
    expect(byDefault).toBe(1 + 10 * 1);
    // searchArticles(first) bounds the hits inside its result.
    expect(
      queryCost(
        schema,
        parse('{ searchArticles(query: "1603", first: 8) { hits { exactErrorCode article { id title } } } }'),
      ),
    ).toBe(1 + 1 + 8 * (1 + 1 + 2));
  });

  it('lets the portal’s own operations through', () => {
    const schema = api.app.graphql.schema;
    const suggest = parse(`
      query KbSuggest($q: String!, $l: KnowledgeBaseLocale!, $first: Int!) {
        local: searchArticles(query: $q, locale: $l, first: $first) { hits { ...KbHit } }
        everywhere: searchArticles(query: $q, first: $first) { hits { ...KbHit } }
      }
      fragment KbHit on ArticleSearchHit { exactErrorCode article { id locale slug title errorCodes } }`);
    expect(queryCost(schema, suggest, { q: 'x', l: 'fa', first: 8 })).toBeLessThan(200);
  });
});

describe('the size of a public answer', () => {
  let small: TestApi;
  beforeAll(async () => {
    small = await startTestApi({ publicLimits: { responseBytes: 2_000 } });
  });
  afterAll(() => small?.close());

  it('refuses an answer over the limit with a whole, clear error instead of a cut-off body; staff get it', async () => {
    const query = `{ newestArticles(first: 50) { ${SUMMARY} } }`;
    const refused = await small.app.inject({ method: 'POST', url: '/graphql', payload: { query } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toEqual({
      data: null,
      errors: [{ message: expect.stringMatching(/larger than 2 KiB/), extensions: { code: 'RESPONSE_TOO_LARGE' } }],
    });
    // The same when the answer would go out compressed: the size counted is the answer's own.
    const compressed = await small.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'accept-encoding': 'br, gzip' },
      payload: { query },
    });
    expect(compressed.statusCode).toBe(400);
    expect(compressed.headers['content-encoding']).toBeUndefined();
    expect(compressed.json().errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
    const token = await small.signIn('admin', 'deskstream-admin');
    const whole = await small.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${token}` },
      payload: { query },
    });
    expect(whole.statusCode).toBe(200);
    expect(whole.body.length).toBeGreaterThan(2_000);
  });
});

describe('public requests per address', () => {
  let limited: TestApi;
  beforeAll(async () => {
    limited = await startTestApi({ publicLimits: { requestsPerMinute: 3 }, trustProxy: ['10.0.0.5'] });
  });
  afterAll(() => limited?.close());

  const ask = (remoteAddress: string, headers: Record<string, string> = {}) =>
    limited.app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress,
      headers,
      payload: { query: '{ apiVersion }' },
    });

  it('answers 429 RATE_LIMITED past the limit, per client address as TRUST_PROXY resolves it; staff are not counted', async () => {
    for (let i = 0; i < 3; i++) expect((await ask('203.0.113.9')).statusCode).toBe(200);
    const refused = await ask('203.0.113.9');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.json()).toMatchObject({
      errors: [
        { message: expect.stringMatching(/Too many requests from your address/), extensions: { code: 'RATE_LIMITED' } },
      ],
    });
    expect((await limited.app.inject({ method: 'GET', url: '/kb', remoteAddress: '203.0.113.9' })).statusCode).toBe(
      429,
    );

    // Behind the trusted proxy, each visitor has their own budget; a forged header from elsewhere changes nothing.
    for (let i = 0; i < 3; i++)
      expect((await ask('10.0.0.5', { 'x-forwarded-for': '198.51.100.1' })).statusCode).toBe(200);
    expect((await ask('10.0.0.5', { 'x-forwarded-for': '198.51.100.2' })).statusCode).toBe(200);
    expect((await ask('203.0.113.9', { 'x-forwarded-for': '198.51.100.3' })).statusCode).toBe(429);

    const token = await limited.signIn('admin', 'deskstream-admin').catch(() => undefined);
    // Signing in is itself a public request: the limit may have been reached from the test's address.
    if (token)
      for (let i = 0; i < 5; i++)
        expect((await ask('203.0.113.9', { authorization: `Bearer ${token}` })).statusCode).toBe(200);
  });
});
