/**
 * Chat's command side over the shared `CommandRunner`: each command goes to its aggregate's
 * stream (`chat-<id>`, `question-<id>`, `savedreplies-<departmentId>`) through its decider; the
 * outcome comes back once the read models hold what it wrote.
 */
import type { Actor } from '@deskstream/domain-kit';
import {
  CommandRunner,
  type CommandOutcome,
  type CommandStore,
  type ReadModelProgress,
} from '@deskstream/event-sourcing';
import {
  chatDecider,
  chatStream,
  questionDecider,
  questionStream,
  savedRepliesStream,
  savedReplyDecider,
  type ChatCommand,
  type ChatErrorReason,
  type ChatEvent,
  type QuestionCommand,
  type QuestionEvent,
  type SavedReplyCommand,
  type SavedReplyEvent,
} from '@deskstream/chat-domain';

export type ChatOutcome<Event> = CommandOutcome<Event, ChatErrorReason>;

export class ChatCommands {
  /** A live chat's commands, on `chat-<id>`. */
  readonly chat: (command: ChatCommand, commandId: string, actor: Actor) => Promise<ChatOutcome<ChatEvent>>;
  /** An offline question's commands, on `question-<id>`. */
  readonly question: (command: QuestionCommand, commandId: string, actor: Actor) => Promise<ChatOutcome<QuestionEvent>>;
  /** A department's saved replies, on `savedreplies-<departmentId>`. */
  readonly savedReplies: (
    command: SavedReplyCommand,
    commandId: string,
    actor: Actor,
  ) => Promise<ChatOutcome<SavedReplyEvent>>;

  constructor(store: CommandStore, progress: ReadModelProgress) {
    const runner = new CommandRunner(store, progress);
    this.chat = runner.aggregate((command: ChatCommand) => chatStream(command.data.chatId), chatDecider);
    this.question = runner.aggregate(
      (command: QuestionCommand) => questionStream(command.data.questionId),
      questionDecider,
    );
    this.savedReplies = runner.aggregate(
      (command: SavedReplyCommand) => savedRepliesStream(command.data.departmentId),
      savedReplyDecider,
    );
  }
}
