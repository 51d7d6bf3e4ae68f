/**
 * GraphQL search load where nearly every request asks something new (what a cache cannot help
 * with): autocannon cycles through many generated visitor queries, one per request.
 */
import autocannon from 'autocannon';
import { round } from '../stats';
import type { BenchQuery } from './queries';

const SEARCH =
  'query Search($q: String!, $l: KnowledgeBaseLocale) { searchArticles(query: $q, locale: $l, first: 10) { total hits { exactErrorCode article { id locale slug title errorCodes } } } }';

export async function variedSearchLoad(address: string, queries: BenchQuery[], seconds: number, connections: number) {
  const bodies = queries.map((query) =>
    JSON.stringify({ query: SEARCH, variables: { q: query.text, l: query.locale ?? null } }),
  );
  let next = 0;
  const result = await autocannon({
    url: `${address}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
    verifyBody: (body) => typeof body === 'string' && !body.includes('"errors"'),
  });
  const latency = result.latency as unknown as Record<string, number>;
  return {
    distinctQueries: bodies.length,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: round(latency.p50!, 2), p99: round(latency.p99!, 2), max: round(latency.max!, 2) },
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  };
}
