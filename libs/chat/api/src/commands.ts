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
  private readonly runner: CommandRunner;

  constructor(store: CommandStore, progress: ReadModelProgress) {
    this.runner = new CommandRunner(store, progress);
  }

  chat(command: ChatCommand, commandId: string, actor: Actor): Promise<ChatOutcome<ChatEvent>> {
    return this.runner.run({
      streamName: chatStream(command.data.chatId),
      decider: chatDecider,
      command,
      commandId,
      metadata: { actor },
    });
  }

  question(command: QuestionCommand, commandId: string, actor: Actor): Promise<ChatOutcome<QuestionEvent>> {
    return this.runner.run({
      streamName: questionStream(command.data.questionId),
      decider: questionDecider,
      command,
      commandId,
      metadata: { actor },
    });
  }

  savedReplies(command: SavedReplyCommand, commandId: string, actor: Actor): Promise<ChatOutcome<SavedReplyEvent>> {
    return this.runner.run({
      streamName: savedRepliesStream(command.data.departmentId),
      decider: savedReplyDecider,
      command,
      commandId,
      metadata: { actor },
    });
  }
}
