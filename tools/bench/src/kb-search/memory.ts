/**
 * What the knowledge-base search index costs in memory, beside its build time and search latency,
 * on the same generated corpus and queries as `kb-search.ts` (5,000 articles; `--quick`: 5,000
 * searches, else 50,000):
 *
 *   cd tools/bench && node --expose-gc --import tsx src/kb-search/memory.ts --quick
 *
 * Heap is `heapUsed + arrayBuffers` after a full collection, less what the process held before the
 * index was built (the articles and queries are made first, so they are not counted); measured
 * after building and again after the searches (what the index remembers between queries counts).
 *
 * `--others DIR` measures MiniSearch and FlexSearch the same way, from a folder they are installed
 * in (they are not dependencies of the project): `npm install --prefix DIR minisearch flexsearch`.
 * Every engine gets the same terms (`tokenize`), fields and weights, prefix search and one typo.
 * Results: tools/bench/results/kb-search-memory[-quick].json.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { SearchIndex, isJapaneseTerm, tokenize } from '@deskstream/search';
import { latencySummary, nowMs, round, saveResults } from '../stats';
import { generateArticles, type GeneratedArticle } from './generate-articles';
import { benchQueries, type BenchQuery } from './queries';

const quick = process.argv.includes('--quick');
const othersDir = process.argv.includes('--others') ? process.argv[process.argv.indexOf('--others') + 1] : undefined;
const ARTICLES = 5_000;
const SEARCHES = quick ? 5_000 : 50_000;

interface Engine {
  name: string;
  build(articles: GeneratedArticle[]): unknown;
  search(index: unknown, query: BenchQuery): number;
}

const collect = global.gc ?? (() => console.warn('run node with --expose-gc for exact figures'));
const heapMb = () => {
  for (let i = 0; i < 3; i++) collect();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1e6;
};

let _alive: unknown;

function measure(engine: Engine, articles: GeneratedArticle[], queries: BenchQuery[]) {
  const before = heapMb();
  const started = nowMs();
  const index = engine.build(articles);
  const buildMs = nowMs() - started;
  const built = heapMb();
  for (const query of queries.slice(0, 1_000)) engine.search(index, query); // warm-up
  const samples: number[] = [];
  let withHits = 0;
  for (const query of queries) {
    const t = nowMs();
    withHits += engine.search(index, query) > 0 ? 1 : 0;
    samples.push(nowMs() - t);
  }
  _alive = index; // still alive while the heap is measured, although no search follows
  const searched = heapMb();
  _alive = undefined;
  const result = {
    engine: engine.name,
    buildMs: Math.round(buildMs),
    heapMbBuilt: round(built - before, 1),
    heapMbAfterSearches: round(searched - before, 1),
    latencyMs: { ...latencySummary(samples), max: round(Math.max(...samples)) },
    searchesWithHits: withHits,
  };
  console.log(JSON.stringify(result));
  return result;
}

const deskstream: Engine = {
  name: '@deskstream/search',
  build(articles) {
    const index = new SearchIndex();
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
    return index;
  },
  search: (index, query) => (index as SearchIndex).search(query.text, { limit: 10, group: query.locale }).hits.length,
};

const text = (article: GeneratedArticle) => ({
  id: article.id,
  locale: article.content.locale,
  title: article.content.title,
  errorCodes: article.content.errorCodes.join(' '),
  symptoms: article.content.symptoms.join(' '),
  tags: article.content.tags.join(' '),
  body: article.content.body,
});
const FIELDS = ['title', 'errorCodes', 'symptoms', 'tags', 'body'];
const allowsOneTypo = (term: string) => term.length >= 4 && !/\p{N}/u.test(term);

async function otherEngines(dir: string): Promise<Engine[]> {
  const require = createRequire(`${dir}/`);
  const load = async (name: string) => import(pathToFileURL(require.resolve(name)).href);
  const MiniSearch = (await load('minisearch')).default;
  const flex = await load('flexsearch');
  const Document = flex.Document ?? flex.default.Document;
  return [
    {
      name: 'MiniSearch',
      build(articles) {
        const index = new MiniSearch({
          fields: FIELDS,
          storeFields: ['locale'],
          tokenize,
          processTerm: (term: string) => term,
        });
        index.addAll(articles.map(text));
        return index;
      },
      search: (index, query) =>
        (index as typeof MiniSearch)
          .search(query.text, {
            // As ours: the last term (and any Japanese one) as a prefix, one typo from four letters.
            prefix: (term: string, index: number, terms: string[]) =>
              index === terms.length - 1 || isJapaneseTerm(term),
            fuzzy: (term: string) => (allowsOneTypo(term) ? 1 : 0),
            boost: { title: 8, errorCodes: 6, symptoms: 4, tags: 2 },
            filter: query.locale ? (hit: { locale: string }) => hit.locale === query.locale : undefined,
          })
          .slice(0, 10).length,
    },
    {
      name: 'FlexSearch',
      build(articles) {
        const index = new Document({
          document: { id: 'id', index: FIELDS, tag: 'locale' },
          tokenize: 'forward',
          encode: tokenize,
          resolution: 9,
        });
        for (const article of articles) index.add(text(article));
        return index;
      },
      search: (index, query) =>
        (index as { search(q: string, o: object): { result: unknown[] }[] })
          .search(query.text, { limit: 10, suggest: true, ...(query.locale ? { tag: { locale: query.locale } } : {}) })
          .reduce((count, field) => count + field.result.length, 0),
    },
  ];
}

const articles = generateArticles(ARTICLES);
const queries = benchQueries(SEARCHES);
const engines = [deskstream, ...(othersDir ? await otherEngines(othersDir) : [])];
const results = [];
for (const engine of engines) results.push(measure(engine, articles, queries));
await saveResults(new URL(`../../results/kb-search-memory${quick ? '-quick' : ''}.json`, import.meta.url).pathname, {
  quick,
  articles: ARTICLES,
  searches: SEARCHES,
  results,
});
