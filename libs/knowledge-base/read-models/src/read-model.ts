/**
 * The knowledge base's read model: the article catalog (revisions, history, public versions and
 * their indexes), the public search, popularity and the visitor inbox, with rendered bodies cached
 * per article revision. Filled by the projections in `projections.ts`; never calls the store.
 * It is given the body renderer (the api's sanitising one), so it renders nothing of its own.
 */
import type { ReadModelSnapshots } from '@deskstream/event-sourcing';
import { ArticleCatalog } from './article-catalog';
import { Popularity } from './popularity';
import { PublicSearch } from './public-search';
import { VisitorInbox } from './visitor-inbox';

/** Raise when what an article event does to the catalog changes: its snapshot is then replayed. */
export const KB_ARTICLES_SNAPSHOT_VERSION = 1;

export class KnowledgeBaseReadModel {
  readonly catalog = new ArticleCatalog();
  readonly search = new PublicSearch();
  readonly popularity = new Popularity();
  readonly inbox = new VisitorInbox();
  private readonly renderedBodies = new Map<string, string>();

  /** `renderBody`: safe HTML for an article body written in Markdown; deterministic. */
  constructor(private readonly renderBody: (markdown: string) => string) {}

  /** The articles' durable snapshots: the catalog; the public search is rebuilt from it, lazily. */
  readonly articleSnapshots: ReadModelSnapshots = {
    name: 'knowledge-base-articles',
    version: KB_ARTICLES_SNAPSHOT_VERSION,
    snapshot: () => this.catalog.kept.snapshot(),
    restore: (state) => {
      this.catalog.kept.restore(state);
      this.search.reindex(this.catalog.allPublic());
      this.renderedBodies.clear();
    },
  };

  /** Safe HTML of one revision's body, rendered once. */
  renderedBody(articleId: string, revision: number): string | undefined {
    const key = `${articleId}@${revision}`;
    const cached = this.renderedBodies.get(key);
    if (cached !== undefined) return cached;
    const content = this.catalog.articles.get(articleId)?.revisions[revision - 1]?.content;
    if (!content) return undefined;
    const html = this.renderBody(content.body);
    if (this.renderedBodies.size >= 20_000) this.renderedBodies.clear();
    this.renderedBodies.set(key, html);
    return html;
  }
}
