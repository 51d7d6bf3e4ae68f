/**
 * The knowledge base's command side: runs a command through its decider on the store, then waits
 * until the read models hold what it wrote (read-your-writes). Rejections come back as values with
 * the KB_* reasons; a store conflict after the retries as CONFLICT.
 */
import { handleCommand, type Actor, type CommandStore, type ConflictError, type DomainEvent, type HandleCommandOptions, type Position } from '@deskstream/event-sourcing';
import { articleDecider, type ArticleCommand } from './article-decider';
import type { KnowledgeBaseRejection } from './errors';
import {
  articleStream,
  articleViewsStream,
  articleVoteStream,
  questionStream,
  searchMissStream,
  type ArticleEvent,
  type ArticleViewsCounted,
  type ArticleVoted,
  type KnowledgeBaseQuestionAsked,
  type KnowledgeBaseSearchFoundNothing,
} from './events';
import {
  questionDecider,
  searchMissDecider,
  viewsDecider,
  voteDecider,
  type AskQuestionCommand,
  type CountViewsCommand,
  type RecordSearchMissCommand,
  type VoteCommand,
} from './visitor-deciders';

export interface ReadModelProgress {
  waitFor(position: Position): Promise<void>;
}

export type KnowledgeBaseOutcome<Event> = { ok: true; events: Event[] } | { ok: false; error: KnowledgeBaseRejection | ConflictError };

/** The UTC day of an ISO time, as streams that are kept per day name it. */
export const dayOf = (at: string): string => at.slice(0, 10);

export class KnowledgeBaseCommands {
  constructor(
    private readonly store: CommandStore,
    private readonly progress: ReadModelProgress,
  ) {}

  article(command: ArticleCommand, commandId: string, actor: Actor): Promise<KnowledgeBaseOutcome<ArticleEvent>> {
    return this.run({ streamName: articleStream(command.data.articleId), decider: articleDecider, command, commandId, metadata: { actor } });
  }

  vote(command: VoteCommand, commandId: string, actor: Actor): Promise<KnowledgeBaseOutcome<ArticleVoted>> {
    const { articleId, voter, at } = command.data;
    return this.run({ streamName: articleVoteStream(articleId, voter, dayOf(at)), decider: voteDecider, command, commandId, metadata: { actor } });
  }

  countViews(command: CountViewsCommand, commandId: string, actor: Actor): Promise<KnowledgeBaseOutcome<ArticleViewsCounted>> {
    const { articleId, to } = command.data;
    return this.run({ streamName: articleViewsStream(articleId, dayOf(to)), decider: viewsDecider, command, commandId, metadata: { actor } });
  }

  askQuestion(command: AskQuestionCommand, commandId: string, actor: Actor): Promise<KnowledgeBaseOutcome<KnowledgeBaseQuestionAsked>> {
    return this.run({ streamName: questionStream(command.data.questionId), decider: questionDecider, command, commandId, metadata: { actor } });
  }

  recordSearchMiss(command: RecordSearchMissCommand, queryKey: string, commandId: string, actor: Actor): Promise<KnowledgeBaseOutcome<KnowledgeBaseSearchFoundNothing>> {
    const streamName = searchMissStream(dayOf(command.data.at), queryKey);
    return this.run({ streamName, decider: searchMissDecider, command, commandId, metadata: { actor } });
  }

  private async run<C, E extends DomainEvent, S>(options: HandleCommandOptions<C, E, S, KnowledgeBaseRejection>): Promise<KnowledgeBaseOutcome<E>> {
    const result = await handleCommand(this.store, options);
    if (!result.ok) return result;
    if (result.position) await this.progress.waitFor(result.position);
    return { ok: true, events: [...result.events] };
  }
}
