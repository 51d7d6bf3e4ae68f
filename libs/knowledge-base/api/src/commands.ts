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

type Send<Command, Event> = (command: Command, commandId: string, actor: Actor) => Promise<KnowledgeBaseOutcome<Event>>;

export class KnowledgeBaseCommands {
  /** An article's commands, on `article-<id>`. */
  readonly article: Send<ArticleCommand, ArticleEvent>;
  /** One visitor's vote on an article, kept per day. */
  readonly vote: Send<VoteCommand, ArticleVoted>;
  /** An article's views, counted per day. */
  readonly countViews: Send<CountViewsCommand, ArticleViewsCounted>;
  /** A visitor's question and its answer, on `kbquestion-<id>`. */
  readonly question: Send<QuestionCommand, QuestionEvent>;
  private readonly searchMisses: Send<RecordSearchMissCommand & { queryKey: string }, KnowledgeBaseSearchFoundNothing>;

  constructor(store: CommandStore, progress: ReadModelProgress) {
    const runner = new CommandRunner(store, progress);
    this.article = runner.aggregate((command: ArticleCommand) => articleStream(command.data.articleId), articleDecider);
    this.vote = runner.aggregate(
      ({ data }: VoteCommand) => articleVoteStream(data.articleId, data.voter, dayOf(data.at)),
      voteDecider,
    );
    this.countViews = runner.aggregate(
      ({ data }: CountViewsCommand) => articleViewsStream(data.articleId, dayOf(data.to)),
      viewsDecider,
    );
    this.question = runner.aggregate(
      (command: QuestionCommand) => questionStream(command.data.questionId),
      questionDecider,
    );
    this.searchMisses = runner.aggregate(
      (command: RecordSearchMissCommand & { queryKey: string }) =>
        searchMissStream(dayOf(command.data.at), command.queryKey),
      searchMissDecider,
    );
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
    return this.searchMisses({ ...command, queryKey }, commandId, actor);
  }
}
