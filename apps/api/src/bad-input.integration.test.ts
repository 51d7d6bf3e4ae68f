/** Bad requests get clear GraphQL errors with stable codes, and the process keeps serving. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { startTestApi, type TestApi } from './testing/harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ identity: { throttle: { maxFailures: 3 } } });
});
afterAll(() => api?.close());

async function post(payload: string, contentType = 'application/json') {
  const response = await api.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': contentType },
    payload,
  });
  return {
    status: response.statusCode,
    body: response.json() as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

const codes = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.map((error) => error.extensions?.code);

describe('malformed GraphQL', () => {
  it('is GRAPHQL_PARSE_FAILED with the parser message', async () => {
    const { status, body } = await post(JSON.stringify({ query: '{ me { id ' }));
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(body.errors![0]!.message).toMatch(/^Syntax Error/);
  });

  it('is BAD_REQUEST for a body that is not JSON, or not a GraphQL request', async () => {
    const notJson = await post('{"query": "{ me { id } }"');
    expect(notJson.status).toBe(400);
    expect(codes(notJson.body)).toEqual(['BAD_REQUEST']);
    const wrongShape = await post(JSON.stringify({ query: 42 }));
    expect(wrongShape.status).toBe(400);
    expect(codes(wrongShape.body)).toEqual(['BAD_REQUEST']);
    const notADocument = await post(JSON.stringify({ query: '{"kind": "Nonsense"}' }));
    expect(notADocument.status).toBe(400);
    expect(codes(notADocument.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });
});

describe('wrong types and unknown fields', () => {
  it('are VALIDATION_ERROR, whether written in the query or sent as variables, before and after JIT', async () => {
    const token = await api.signIn('sara', 'deskstream-agent');
    const literal = await api.gql('mutation { setPresence(status: MAYBE, commandId: "c1") { presence } }', {}, token);
    expect(literal.status).toBe(400);
    expect(codes(literal)).toEqual(['VALIDATION_ERROR']);
    const query = 'mutation ($s: PresenceStatus!, $c: ID!) { setPresence(status: $s, commandId: $c) { presence } }';
    for (let run = 0; run < 3; run++) {
      const variables = await api.gql(query, { s: 'MAYBE', c: 'c2' }, token);
      expect(codes(variables)).toEqual(['VALIDATION_ERROR']);
      expect(variables.errors![0]!.message).toMatch(/MAYBE/);
    }
    const wrongScalar = await api.gql(
      'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
      { u: 42, p: ['x'] },
    );
    expect(codes(wrongScalar)?.every((code) => code === 'VALIDATION_ERROR')).toBe(true);
    const unknown = await api.gql('{ me { id favouriteColour } }');
    expect(codes(unknown)).toEqual(['VALIDATION_ERROR']);
    expect(unknown.errors![0]!.message).toMatch(/favouriteColour/);
  });
});

describe('limits', () => {
  it('refuses a body over the limit with PAYLOAD_TOO_LARGE', async () => {
    const { status, body } = await post(JSON.stringify({ query: `{ apiVersion } # ${'x'.repeat(70 * 1024)}` }));
    expect(status).toBe(413);
    expect(codes(body)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('refuses queries that are too deep or ask for too many fields with QUERY_TOO_COMPLEX', async () => {
    const introspection = await api.gql(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
    const ofTypes = (levels: number): string => (levels === 0 ? 'name' : `ofType { ${ofTypes(levels - 1)} }`);
    const nested = `query Deep { __schema { types { ...Fields } } } fragment Fields on __Type { fields { type { ${ofTypes(12)} } } }`;
    const tooDeep = await api.gql(nested);
    expect(tooDeep.status).toBe(400);
    expect(codes(tooDeep)).toEqual(['QUERY_TOO_COMPLEX']);
    const wide = `{ ${Array.from({ length: 600 }, (_, i) => `a${i}: apiVersion`).join(' ')} }`;
    const tooWide = await api.gql(wide);
    expect(codes(tooWide)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('rate limits failed sign-ins per username and address, with RATE_LIMITED', async () => {
    const signIn = 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }';
    for (let i = 0; i < 3; i++)
      expect(codes(await api.gql(signIn, { u: 'yuki', p: 'guess' }))).toEqual(['UNAUTHENTICATED']);
    const limited = await api.gql(signIn, { u: 'yuki', p: 'deskstream-agent' });
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    expect(codes(await api.gql(signIn, { u: 'minh', p: 'deskstream-agent' }))).toBeUndefined();
  });

  it('refuses mutations over GET', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/graphql?query=mutation%20%7B%20signOut%20%7D' });
    expect(response.statusCode).toBe(405);
    expect(codes(response.json())).toEqual(['METHOD_NOT_ALLOWED']);
  });
});

describe('after all that', () => {
  it('still answers', async () => {
    expect((await api.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    expect((await api.gql('{ apiVersion }')).data).toEqual({ apiVersion: '0.1.0' });
  });
});
