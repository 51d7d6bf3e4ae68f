/**
 * Chat's command side: runs a command through its decider on the store, then waits until the
 * read models hold what it wrote (read-your-writes). Rejections come back as values with chat's
 * stable reasons; a conflict after the retries as CONFLICT.
 */
import { handleCommand, type Actor, type CommandStore, type ConflictError, type DomainEvent, type HandleCommandOptions, type Position } from '@deskstream/event-sourcing';
import { chatDecider, type ChatCommand } from './chat-decider';
import type { ChatRejection } from './errors';
import { chatStream, questionStream, type ChatEvent, type QuestionEvent } from './events';
import { questionDecider, type QuestionCommand } from './question-decider';
import { savedReplyDecider, type SavedReplyCommand } from './saved-reply-decider';
import { savedRepliesStream, type SavedReplyEvent } from './saved-reply-events';

export interface ReadModelProgress {
  waitFor(position: Position): Promise<void>;
}

export type ChatOutcome<Event> = { ok: true; events: Event[] } | { ok: false; error: ChatRejection | ConflictError };

export class ChatCommands {
  constructor(
    private readonly store: CommandStore,
    private readonly progress: ReadModelProgress,
  ) {}

  chat(command: ChatCommand, commandId: string, actor: Actor): Promise<ChatOutcome<ChatEvent>> {
    return this.run({ streamName: chatStream(command.data.chatId), decider: chatDecider, command, commandId, metadata: { actor } });
  }

  question(command: QuestionCommand, commandId: string, actor: Actor): Promise<ChatOutcome<QuestionEvent>> {
    return this.run({ streamName: questionStream(command.data.questionId), decider: questionDecider, command, commandId, metadata: { actor } });
  }

  savedReplies(command: SavedReplyCommand, commandId: string, actor: Actor): Promise<ChatOutcome<SavedReplyEvent>> {
    return this.run({ streamName: savedRepliesStream(command.data.departmentId), decider: savedReplyDecider, command, commandId, metadata: { actor } });
  }

  private async run<C, E extends DomainEvent, S>(options: HandleCommandOptions<C, E, S, ChatRejection>): Promise<ChatOutcome<E>> {
    const result = await handleCommand(this.store, options);
    if (!result.ok) return result;
    if (result.position) await this.progress.waitFor(result.position);
    return { ok: true, events: [...result.events] };
  }
}
