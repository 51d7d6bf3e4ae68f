/**
 * Article views, counted in memory and written as one `ArticleViewsCounted` event per article
 * every interval (and when the api stops), so a busy page costs one event a minute, not one a
 * view. A visitor's repeated views of one page within the interval count once.
 */
import type { Actor } from '@deskstream/domain-kit';
import type { KnowledgeBaseCommands } from './commands';

const TALLY_ACTOR: Actor = { kind: 'system', id: 'knowledge-base-view-tally' };
const MAX_VIEWERS_REMEMBERED = 50_000;

export class ViewTally {
  private counts = new Map<string, number>();
  private viewers = new Set<string>();
  private since: Date;

  constructor(
    private readonly commands: Pick<KnowledgeBaseCommands, 'countViews'>,
    private readonly now: () => Date,
    /** Tells apart the api processes, so two flushing at the same instant write two events. */
    private readonly processId: string,
  ) {
    this.since = now();
  }

  /** Counts a view unless this visitor viewed this article since the last flush. */
  view(articleId: string, visitor: string): void {
    const key = `${articleId}\u0000${visitor}`;
    if (this.viewers.has(key)) return;
    if (this.viewers.size < MAX_VIEWERS_REMEMBERED) this.viewers.add(key);
    this.counts.set(articleId, (this.counts.get(articleId) ?? 0) + 1);
  }

  /** Writes what was counted since the last flush; what fails to be written is counted again next time. */
  async flush(): Promise<number> {
    const counts = this.counts;
    const from = this.since.toISOString();
    const to = this.now().toISOString();
    this.counts = new Map();
    this.viewers = new Set();
    this.since = new Date(to);
    let written = 0;
    for (const [articleId, views] of counts) {
      const outcome = await this.commands
        .countViews(
          { type: 'CountArticleViews', data: { articleId, views, from, to } },
          `views-${articleId}-${this.processId}-${to}`,
          TALLY_ACTOR,
        )
        .catch(() => ({ ok: false as const }));
      if (outcome.ok) written++;
      else this.counts.set(articleId, (this.counts.get(articleId) ?? 0) + views);
    }
    return written;
  }

  get pending(): number {
    return this.counts.size;
  }
}
