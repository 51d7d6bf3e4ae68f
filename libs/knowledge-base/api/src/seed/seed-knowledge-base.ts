/**
 * Seeds the demo knowledge base on first start: each article is drafted and published with fixed
 * command ids, so a second start (or a second api process) writes nothing. Articles the read model
 * already shows as published are skipped without touching the store. Publication times are spread
 * a minute apart before `now`, so "newest" has an order.
 */
import type { Actor } from '@deskstream/domain-kit';
import type { KnowledgeBaseCommands } from '../commands';
import type { Editor } from '@deskstream/knowledge-base-domain';
import type { KnowledgeBaseReadModel } from '@deskstream/knowledge-base-read-models';
import { SEED_ARTICLES, type SeedArticle } from './seed-articles';

const SEED_ACTOR: Actor = { kind: 'system', id: 'demo-seed' };
const SEED_EDITOR: Editor = { staffId: 'demo-seed', displayName: 'Demo content' };

export interface KnowledgeBaseSeedReport {
  articlesDrafted: number;
  articlesPublished: number;
}

export async function seedKnowledgeBase(
  commands: Pick<KnowledgeBaseCommands, 'article'>,
  readModel: KnowledgeBaseReadModel,
  now: () => Date,
  articles: SeedArticle[] = SEED_ARTICLES,
): Promise<KnowledgeBaseSeedReport> {
  const report: KnowledgeBaseSeedReport = { articlesDrafted: 0, articlesPublished: 0 };
  const start = now().getTime() - articles.length * 60_000;
  const expectOk = (outcome: { ok: boolean; error?: { code: string; message: string } }, what: string) => {
    if (!outcome.ok) throw new Error(`Seeding ${what} failed: ${outcome.error?.code} ${outcome.error?.message}`);
  };
  for (const [index, { id, content }] of articles.entries()) {
    const record = readModel.catalog.articles.get(id);
    if (record?.publishedRevision != null) continue;
    const at = new Date(start + index * 60_000).toISOString();
    if (!record) {
      const drafted = await commands.article(
        { type: 'DraftArticle', data: { articleId: id, content, by: SEED_EDITOR, at } },
        `seed-kb-draft-${id}`,
        SEED_ACTOR,
      );
      expectOk(drafted, `article ${id}`);
      if (drafted.ok && drafted.events.length > 0) report.articlesDrafted++;
    }
    const published = await commands.article(
      { type: 'PublishArticle', data: { articleId: id, revision: 1, by: SEED_EDITOR, at } },
      `seed-kb-publish-${id}`,
      SEED_ACTOR,
    );
    expectOk(published, `publishing ${id}`);
    if (published.ok && published.events.length > 0) report.articlesPublished++;
  }
  return report;
}
