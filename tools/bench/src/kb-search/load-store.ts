/** Writes generated articles to a store through the knowledge base's own commands: drafted, then published. */
import { EventStoreDBClient } from '@eventstore/db-client';
import { KnowledgeBaseCommands } from '@deskstream/knowledge-base-api';
import type { GeneratedArticle } from './generate-articles';

const BENCH_ACTOR = { kind: 'system', id: 'bench' } as const;
const BENCH_EDITOR = { staffId: 'bench', displayName: 'Benchmark' };

export async function loadArticles(url: string, articles: GeneratedArticle[], concurrency = 8): Promise<void> {
  const client = EventStoreDBClient.connectionString(url);
  // Nothing reads these read models here: the api process that is measured builds its own.
  const commands = new KnowledgeBaseCommands(client, { waitFor: async () => undefined });
  const at = new Date('2025-01-01T00:00:00.000Z').toISOString();
  let next = 0;
  const worker = async () => {
    while (next < articles.length) {
      const { id, content } = articles[next++]!;
      const drafted = await commands.article(
        { type: 'DraftArticle', data: { articleId: id, content, by: BENCH_EDITOR, at } },
        `bench-draft-${id}`,
        BENCH_ACTOR,
      );
      const published = await commands.article(
        { type: 'PublishArticle', data: { articleId: id, revision: 1, by: BENCH_EDITOR, at } },
        `bench-publish-${id}`,
        BENCH_ACTOR,
      );
      if (!drafted.ok || !published.ok) throw new Error(`could not write ${id}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await client.dispose();
  }
}
