/**
 * Feedback's commands on the shared command runner: an item on `feedback-<id>`, a topic on
 * `feedback-topic-<id>`, the teams on `product-teams`. The runner decides, appends with the exact
 * expected revision and waits until the read models hold what it wrote. Decorated on the api as
 * `app.feedbackCommands` for the demo seed and tools.
 */
import type { Actor } from '@deskstream/domain-kit';
import {
  CommandRunner,
  eventIdFor,
  type CommandOutcome,
  type CommandStore,
  type ReadModelProgress,
} from '@deskstream/event-sourcing';
import {
  PRODUCT_TEAMS_STREAM,
  feedbackItemDecider,
  feedbackItemStream,
  feedbackTopicDecider,
  feedbackTopicStream,
  productTeamsDecider,
  type FeedbackErrorReason,
  type FeedbackItemCommand,
  type FeedbackItemEvent,
  type FeedbackTopicCommand,
  type FeedbackTopicEvent,
  type ProductTeamCommand,
  type ProductTeamEvent,
} from '@deskstream/feedback-domain';
import type { FeedbackSourceRefs } from './ports';

export type FeedbackOutcome<Event> = CommandOutcome<Event, FeedbackErrorReason>;
type Send<Command, Event> = (command: Command, commandId: string, actor: Actor) => Promise<FeedbackOutcome<Event>>;

export class FeedbackCommands {
  readonly item: Send<FeedbackItemCommand, FeedbackItemEvent>;
  readonly topic: Send<FeedbackTopicCommand, FeedbackTopicEvent>;
  readonly team: Send<ProductTeamCommand, ProductTeamEvent>;

  constructor(store: CommandStore, progress: ReadModelProgress) {
    const runner = new CommandRunner(store, progress);
    this.item = runner.aggregate(
      (command: FeedbackItemCommand) => feedbackItemStream(command.data.itemId),
      feedbackItemDecider,
    );
    this.topic = runner.aggregate(
      (command: FeedbackTopicCommand) => feedbackTopicStream(command.data.topicId),
      feedbackTopicDecider,
    );
    this.team = runner.aggregate(() => PRODUCT_TEAMS_STREAM, productTeamsDecider);
  }
}

/** The item a conversation item becomes: one per source, so capturing it again finds the same item. */
export function itemIdForSource(refs: FeedbackSourceRefs): string {
  const key = [refs.kind, refs.chatId, refs.ticketId, refs.callId, refs.questionId, refs.messageId, refs.noteId]
    .map((part) => part ?? '')
    .join('/');
  return eventIdFor(`feedback-source/${key}`, 0);
}

/** The item a knowledge-base vote's comment becomes (one per vote event). */
export const itemIdForVote = (voteEventId: string): string => eventIdFor(`feedback-vote/${voteEventId}`, 0);
