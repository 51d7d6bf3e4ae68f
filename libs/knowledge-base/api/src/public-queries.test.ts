/**
 * What one anonymous request can make the public knowledge base send back: lists are bounded
 * (`first` up to 50, refused past it) and hold summaries, so no alias-multiplied list can carry
 * article bodies; the body comes with the single-article query.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import mercurius from 'mercurius';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandStore } from '@deskstream/event-sourcing';
import { ROOT_TYPE_DEFS } from '@deskstream/graphql-types';
import { T0 } from '@deskstream/knowledge-base-domain/testing';
import { InMemoryArticles } from '@deskstream/knowledge-base-read-models/testing';
import { knowledgeBaseGraphql } from './plugin';
import { knowledgeBaseReadModel } from './render-article-body';
import { SEED_ARTICLES } from './seed/seed-articles';
import { seedKnowledgeBase } from './seed/seed-knowledge-base';

let app: FastifyInstance;

/** Queries never touch the store. */
const NO_STORE = {} as CommandStore;

beforeAll(async () => {
  const readModel = knowledgeBaseReadModel();
  await seedKnowledgeBase(new InMemoryArticles(readModel), readModel, () => new Date(T0));
  app = Fastify();
  await app.register(mercurius, {
    schema: ROOT_TYPE_DEFS,
    resolvers: { Query: { apiVersion: () => 'test' }, Mutation: { ping: () => true } },
  });
  await app.register(knowledgeBaseGraphql, {
    store: NO_STORE,
    runner: { waitFor: async () => undefined },
    readModel,
    viewFlushIntervalMs: 3_600_000,
  });
  await app.ready();
});
afterAll(() => app?.close());

async function post(query: string) {
  const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query } });
  return {
    bytes: response.body.length,
    json: response.json() as {
      data?: Record<string, unknown[]> | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, n) => `n${n}: ${field}`).join(' ')} }`;

describe('public lists', () => {
  it('cannot be multiplied into megabytes of article bodies', async () => {
    const query = aliases(100, 'newestArticles(first: 100) { bodyHtml bodyMarkdown }');
    expect(query.length).toBeGreaterThan(5_000);
    const { bytes, json } = await post(query);
    expect(json.data ?? null).toBeNull();
    expect(json.errors?.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(100_000);
  });

  it('hold summaries: the body is not a field of a list entry', async () => {
    for (const query of [
      '{ newestArticles(first: 5) { bodyHtml } }',
      '{ mostViewedArticles(first: 5) { bodyMarkdown } }',
      '{ articlesByErrorCode(code: "1603") { bodyHtml } }',
      '{ searchArticles(query: "1603") { hits { article { bodyHtml } } } }',
    ]) {
      const { json } = await post(query);
      expect(json.errors?.[0]?.message, query).toMatch(
        /Cannot query field "body(Html|Markdown)" on type "ArticleSummary"/,
      );
    }
  });

  it('refuse more than 50 entries with VALIDATION_ERROR, and give up to 50', async () => {
    for (const field of [
      'newestArticles(first: 51)',
      'mostViewedArticles(first: 51)',
      'articlesByErrorCode(code: "1603", first: 51)',
      'newestArticles(first: -1)',
    ]) {
      const { json } = await post(`{ list: ${field} { id } }`);
      expect(json.errors?.[0]?.extensions, field).toEqual({ code: 'VALIDATION_ERROR', reason: 'KB_LIST_TOO_LONG' });
    }
    const search = await post('{ searchArticles(query: "1603", first: 51) { total } }');
    expect(search.json.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION_ERROR', reason: 'KB_LIST_TOO_LONG' });
    const fifty = await post('{ newestArticles(first: 50) { id title } }');
    expect(fifty.json.errors).toBeUndefined();
    expect(fifty.json.data!.newestArticles).toHaveLength(Math.min(50, SEED_ARTICLES.length));
  });

  it('still give the body of one article', async () => {
    const { json } = await post('{ article(locale: en, slug: "error-1603") { title bodyMarkdown bodyHtml } }');
    expect(json.errors).toBeUndefined();
    expect(json.data!.article).toMatchObject({
      title: 'Error 1603 during installation',
      bodyHtml: expect.stringContaining('<strong>'),
    });
  });
});
