/**
 * Knowledge-base "not helpful" votes with a comment enter the triage queue by themselves: a
 * process follows the read model's list of votes not yet captured and captures each, linked to the
 * vote's event and the article revision the visitor saw. The item's id is derived from the vote's
 * event, so a capture repeated after a restart finds the item it made.
 */
import type { Actor } from '@deskstream/domain-kit';
import type { ProjectionRunner } from '@deskstream/event-sourcing';
import { emptyFeedbackSource, languageOf, quoteOf, type FeedbackCaptured } from '@deskstream/feedback-domain';
import type { FeedbackTriageReadModel, PendingVoteComment } from '@deskstream/feedback-read-models';
import { itemIdForVote, type FeedbackCommands } from './commands';

const SYSTEM: Actor = { kind: 'system', id: 'feedback-vote-capture' };
const RETRY_MS = 5_000;

/** The article's language from its id's suffix (`error-1603.fa`), when it has one. */
const articleLocale = (articleId: string): string | null => /\.(fa|en|ja|vi)$/.exec(articleId)?.[1] ?? null;

export function voteCapture(vote: PendingVoteComment): FeedbackCaptured['data'] {
  const text = quoteOf(vote.comment);
  return {
    itemId: itemIdForVote(vote.eventId),
    source: {
      ...emptyFeedbackSource('ARTICLE_VOTE'),
      articleId: vote.articleId,
      articleRevision: vote.revision,
      eventId: vote.eventId,
    },
    channel: 'KNOWLEDGE_BASE',
    text,
    product: null,
    version: null,
    build: null,
    kind: null,
    severity: null,
    tags: [],
    reporter: {
      kind: 'CUSTOMER',
      customerId: null,
      ticketId: null,
      personal: { name: null, email: null, phone: null },
    },
    language: languageOf(articleLocale(vote.articleId), text),
    capturedBy: { kind: 'system', id: 'knowledge-base' },
    at: vote.at,
  };
}

export class VoteCapture {
  private running = false;
  private again = false;
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private stopListening: (() => void) | undefined;
  private pass: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: {
      readModel: FeedbackTriageReadModel;
      commands: FeedbackCommands;
      log?: { error(details: object, message: string): void };
    },
  ) {}

  start(runner: Pick<ProjectionRunner, 'onChange'>): void {
    this.stopListening = runner.onChange(() => this.schedule());
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopListening?.();
    if (this.retry) clearTimeout(this.retry);
    await this.pass;
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.deps.readModel.votes.pending.size === 0) return;
    this.running = true;
    this.pass = this.drain().finally(() => {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      for (const vote of [...this.deps.readModel.votes.pending.values()]) {
        if (this.stopped) return;
        const outcome = await this.deps.commands.item(
          { type: 'CaptureFeedback', data: voteCapture(vote) },
          `feedback-vote/${vote.eventId}`,
          SYSTEM,
        );
        // A comment the queue refuses (it cannot be: the knowledge base keeps it within limits) is not retried.
        if (!outcome.ok) this.deps.readModel.votes.markCaptured(vote.eventId);
      }
    } catch (error) {
      this.deps.log?.error({ err: error }, 'knowledge-base votes could not be captured as feedback; retrying');
      if (!this.stopped) this.retry = setTimeout(() => this.schedule(), RETRY_MS);
    }
  }
}
