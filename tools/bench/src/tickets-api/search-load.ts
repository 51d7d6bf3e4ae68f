/**
 * Ticket search over GraphQL at a fixed offered rate (autocannon's `overallRate`, corrected for
 * coordinated omission): staff queries in fa / en / ja / vi in turn, one per request, with the
 * list's default view.
 */
import autocannon from 'autocannon';
import { round } from '../stats';

export const SEARCH_ONE =
  'query Search($q: String!) { tickets(filter: { query: $q }, first: 50) { totalCount edges { node { id number subject status } } } }';
export const SEARCH_QUERIES = [
  'کتابخانه دیجیتال',
  'نمیشود',
  'license key',
  'error 1603',
  'データベース',
  '複写',
  'cai dat phan mem',
  'thẻ thư viện',
  '#4711',
];

export async function searchLoad(options: {
  address: string;
  token: string;
  rate: number;
  seconds: number;
  connections: number;
}) {
  const bodies = SEARCH_QUERIES.map((q) => JSON.stringify({ query: SEARCH_ONE, variables: { q } }));
  let next = 0;
  const result = await autocannon({
    url: `${options.address}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
    connections: options.connections,
    duration: options.seconds,
    overallRate: options.rate,
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
    verifyBody: (body) => typeof body === 'string' && !body.includes('"errors"'),
  });
  const latency = result.latency as unknown as Record<string, number>;
  return {
    offeredRate: options.rate,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: round(latency.p50!, 2), p99: round(latency.p99!, 2), max: round(latency.max!, 2) },
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  };
}
