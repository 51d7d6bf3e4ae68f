/**
 * The knowledge base's commands on the shared command runner, each on its own stream: the runner
 * decides, appends and waits until the read models hold what it wrote (read-your-writes);
 * rejections come back as values with the KB_* reasons, a store conflict after the retries as
 * CONFLICT. What this adds is the stream each command goes to.
 */
import type { Actor } from '@deskstream/domain-kit';
import {
  CommandRunner,
  type CommandOutcome,
  type CommandStore,
  type ReadModelProgress,
} from '@deskstream/event-sourcing';
import {
  articleDecider,
  articleStream,
  articleViewsStream,
  articleVoteStream,
  dayOf,
  questionDecider,
  questionStream,
  searchMissDecider,
  searchMissStream,
  viewsDecider,
  voteDecider,
  type ArticleCommand,
  type ArticleEvent,
  type ArticleViewsCounted,
  type ArticleVoted,
  type AskQuestionCommand,
  type CountViewsCommand,
  type KnowledgeBaseErrorReason,
  type KnowledgeBaseQuestionAsked,
  type QuestionCommand,
  type QuestionEvent,
  type KnowledgeBaseSearchFoundNothing,
  type RecordSearchMissCommand,
  type VoteCommand,
} from '@deskstream/knowledge-base-domain';

export type KnowledgeBaseOutcome<Event> = CommandOutcome<Event, KnowledgeBaseErrorReason>;

export class KnowledgeBaseCommands {
  private readonly runner: CommandRunner;

  constructor(store: CommandStore, progress: ReadModelProgress) {
    this.runner = new CommandRunner(store, progress);
  }

  article(command: ArticleCommand, commandId: string, actor: Actor): Promise<KnowledgeBaseOutcome<ArticleEvent>> {
    return this.runner.run({
      streamName: articleStream(command.data.articleId),
      decider: articleDecider,
      command,
      commandId,
      metadata: { actor },
    });
  }

  vote(command: VoteCommand, commandId: string, actor: Actor): Promise<KnowledgeBaseOutcome<ArticleVoted>> {
    const { articleId, voter, at } = command.data;
    return this.runner.run({
      streamName: articleVoteStream(articleId, voter, dayOf(at)),
      decider: voteDecider,
      command,
      commandId,
      metadata: { actor },
    });
  }

  countViews(
    command: CountViewsCommand,
    commandId: string,
    actor: Actor,
  ): Promise<KnowledgeBaseOutcome<ArticleViewsCounted>> {
    const { articleId, to } = command.data;
    return this.runner.run({
      streamName: articleViewsStream(articleId, dayOf(to)),
      decider: viewsDecider,
      command,
      commandId,
      metadata: { actor },
    });
  }

  question(command: QuestionCommand, commandId: string, actor: Actor): Promise<KnowledgeBaseOutcome<QuestionEvent>> {
    return this.runner.run({
      streamName: questionStream(command.data.questionId),
      decider: questionDecider,
      command,
      commandId,
      metadata: { actor },
    });
  }

  askQuestion(
    command: AskQuestionCommand,
    commandId: string,
    actor: Actor,
  ): Promise<KnowledgeBaseOutcome<KnowledgeBaseQuestionAsked>> {
    return this.question(command, commandId, actor) as Promise<KnowledgeBaseOutcome<KnowledgeBaseQuestionAsked>>;
  }

  recordSearchMiss(
    command: RecordSearchMissCommand,
    queryKey: string,
    commandId: string,
    actor: Actor,
  ): Promise<KnowledgeBaseOutcome<KnowledgeBaseSearchFoundNothing>> {
    const streamName = searchMissStream(dayOf(command.data.at), queryKey);
    return this.runner.run({ streamName, decider: searchMissDecider, command, commandId, metadata: { actor } });
  }
}
