/**
 * Knowledge-base "not helpful" votes with a comment: each enters the triage queue by itself. The
 * read model keeps the votes not yet captured (by their event id); a capture whose source names the
 * vote's event takes it off the list, so after a restart the replay knows which are still owed.
 */
import type { ArticleVoted } from '@deskstream/knowledge-base-domain';
import type { RecordedEvent } from '@deskstream/event-sourcing';

export interface PendingVoteComment {
  eventId: string;
  articleId: string;
  revision: number | null;
  comment: string;
  at: string;
}

export class VoteComments {
  readonly pending = new Map<string, PendingVoteComment>();

  applyVote(event: RecordedEvent<ArticleVoted>): boolean {
    const { helpful, comment, articleId, revision, at } = event.data;
    if (helpful || !comment) return false;
    this.pending.set(event.id, { eventId: event.id, articleId, revision: revision ?? null, comment, at });
    return true;
  }

  /** A captured ARTICLE_VOTE item's source event. */
  markCaptured(eventId: string): void {
    this.pending.delete(eventId);
  }
}
