/**
 * Knowledge-base search benchmarks, against the targets of the knowledge-base issue:
 *
 *   npm run kb-search -w @deskstream/bench              (50,000 searches, 15 s load runs)
 *   npm run kb-search -w @deskstream/bench -- --quick   (5,000 searches, 5 s load runs)
 *
 * 1. Search latency in process: 5,000 generated articles in Persian, English, Japanese and
 *    Vietnamese in the index, then searches as visitors type them (error codes in both digit
 *    sets, Persian with and without ZWNJ, Japanese phrases, Vietnamese with and without tones,
 *    typos, every prefix while typing); p50/p99/max per search.
 * 2. The GraphQL search query: the same 5,000 articles written to a store through the
 *    knowledge base's commands, one api process (the product's composition) rebuilt from them,
 *    `searchArticles` under autocannon: one popular query (`خطای ۱۶۰۳`, served from the api's
 *    recent-results cache after the first time) at saturation and at half that rate, then
 *    50,000 different visitor queries in turn (mostly not cached).
 *
 * Results: tools/bench/results/kb-search[-quick].json.
 */
import { cpus, loadavg } from 'node:os';
import { SearchIndex } from '@deskstream/search';
import { spawnEmulator } from './emulator-process';
import { generateArticles } from './kb-search/generate-articles';
import { loadArticles } from './kb-search/load-store';
import { benchQueries } from './kb-search/queries';
import { variedSearchLoad } from './kb-search/varied-load';
import { spawnApi } from './platform/api-process';
import { queryLoad } from './platform/query-load';
import { latencySummary, nowMs, round, saveResults } from './stats';

const quick = process.argv.includes('--quick');
const ARTICLES = 5_000;
const SEARCHES = quick ? 5_000 : 50_000;
const LOAD_SECONDS = quick ? 5 : 15;
const CONNECTIONS = 32;
const TARGETS = { searchP99Ms: 2, graphqlSearchesPerSecond: 5_000 };
const GRAPHQL_SEARCH =
  'query Search { searchArticles(query: "خطای ۱۶۰۳", first: 10) { total hits { exactErrorCode article { id locale slug title errorCodes } } } }';

function searchInProcess() {
  const articles = generateArticles(ARTICLES);
  const index = new SearchIndex();
  const started = nowMs();
  // As the knowledge base indexes and searches: each article's language is its group.
  for (const { id, content } of articles) {
    index.add({
      id,
      title: content.title,
      errorCodes: content.errorCodes,
      symptoms: content.symptoms,
      tags: content.tags,
      body: content.body,
      group: content.locale,
    });
  }
  const indexMs = nowMs() - started;
  const queries = benchQueries(SEARCHES);
  const run = (query: (typeof queries)[number]) => index.search(query.text, { limit: 10, group: query.locale });
  for (const query of queries.slice(0, 1_000)) run(query); // warm-up: the JIT compiles the hot paths
  const samples: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const t = nowMs();
    hits += run(query).hits.length > 0 ? 1 : 0;
    samples.push(nowMs() - t);
  }
  const tenThousand = `1603 ${'نرم‌افزار error インストール '.repeat(500)}`.slice(0, 10_000);
  const t = nowMs();
  index.search(tenThousand);
  return {
    articles: ARTICLES,
    indexBuildMs: Math.round(indexMs),
    searches: SEARCHES,
    searchesWithHits: hits,
    latencyMs: { ...latencySummary(samples), max: round(Math.max(...samples)) },
    tenThousandCharacterQueryMs: round(nowMs() - t),
  };
}

async function graphqlSearchLoad() {
  const store = await spawnEmulator(['--mem-db']);
  try {
    const writing = nowMs();
    await loadArticles(store.url, generateArticles(ARTICLES));
    const writeSeconds = round((nowMs() - writing) / 1000, 1);
    const api = spawnApi(store.url, 'product');
    try {
      const { address } = await api.listening;
      const caughtUp = await api.caughtUp;
      const load = await queryLoad({
        address,
        token: 'anonymous',
        query: GRAPHQL_SEARCH,
        seconds: LOAD_SECONDS,
        connections: CONNECTIONS,
        pids: { api: api.pid, store: store.child.pid!, loadGenerator: process.pid },
      });
      const varied = await variedSearchLoad(
        address,
        benchQueries(50_000, 4242).filter((query) => query.text.trim().length > 0),
        LOAD_SECONDS,
        CONNECTIONS,
      );
      return {
        articlesWrittenInSeconds: writeSeconds,
        eventsReplayed: caughtUp.eventsApplied,
        query: GRAPHQL_SEARCH,
        connections: CONNECTIONS,
        ...load,
        varied,
      };
    } finally {
      await api.stop();
    }
  } finally {
    await store.stop();
  }
}

const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model,
  loadAverageAtStart: loadavg().map((n) => round(n, 2)),
  node: process.version,
};
const search = searchInProcess();
console.log('search in process', JSON.stringify(search));
const graphql = await graphqlSearchLoad();
console.log(
  'graphql search',
  JSON.stringify({
    saturation: graphql.saturation.requestsPerSecond,
    halfLoadP99: graphql.halfLoad.latencyMs.p99,
    varied: graphql.varied.requestsPerSecond,
  }),
);
const verdict = {
  searchP99: {
    target: `≤ ${TARGETS.searchP99Ms} ms`,
    measured: search.latencyMs.p99,
    met: search.latencyMs.p99 <= TARGETS.searchP99Ms,
  },
  graphqlSearchesPerSecond: {
    target: `≥ ${TARGETS.graphqlSearchesPerSecond}`,
    measured: graphql.saturation.requestsPerSecond,
    met: graphql.saturation.requestsPerSecond >= TARGETS.graphqlSearchesPerSecond,
  },
  graphqlVariedSearchesPerSecond: {
    target: `≥ ${TARGETS.graphqlSearchesPerSecond}`,
    measured: graphql.varied.requestsPerSecond,
    met: graphql.varied.requestsPerSecond >= TARGETS.graphqlSearchesPerSecond,
  },
};
const results = { quick, machine, search, graphql, verdict };
await saveResults(new URL(`../results/kb-search${quick ? '-quick' : ''}.json`, import.meta.url).pathname, results);
console.log(JSON.stringify(verdict, null, 2));
process.exit(0);
