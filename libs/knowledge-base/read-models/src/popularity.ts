/** How often each article was viewed and how visitors voted on "was this helpful?". */
import { assertNever } from '@deskstream/domain-kit';
import { keptState } from '@deskstream/event-sourcing';
import type { ArticleViewsCounted, ArticleVoted } from '@deskstream/knowledge-base-domain';

export interface Helpfulness {
  helpful: number;
  notHelpful: number;
}

export class Popularity {
  private readonly views = new Map<string, number>();
  private readonly votes = new Map<string, Helpfulness>();
  /** Its state for durable snapshots, refilled in place on restore. */
  readonly kept = keptState({ views: this.views, votes: this.votes });

  apply(event: ArticleVoted | ArticleViewsCounted): void {
    const { articleId } = event.data;
    switch (event.type) {
      case 'ArticleViewsCounted':
        this.views.set(articleId, (this.views.get(articleId) ?? 0) + event.data.views);
        return;
      case 'ArticleVoted': {
        const tally = this.votes.get(articleId) ?? { helpful: 0, notHelpful: 0 };
        if (event.data.helpful) tally.helpful++;
        else tally.notHelpful++;
        this.votes.set(articleId, tally);
        return;
      }
      default:
        assertNever(event);
    }
  }

  viewsOf(articleId: string): number {
    return this.views.get(articleId) ?? 0;
  }

  helpfulnessOf(articleId: string): Helpfulness {
    return { ...(this.votes.get(articleId) ?? { helpful: 0, notHelpful: 0 }) };
  }

  /** The ids given, most viewed first (ties by id), leaving out those never viewed. */
  mostViewed(ids: Iterable<string>, limit: number): string[] {
    return [...ids]
      .filter((id) => this.viewsOf(id) > 0)
      .sort((a, b) => this.viewsOf(b) - this.viewsOf(a) || (a < b ? -1 : 1))
      .slice(0, limit);
  }
}
