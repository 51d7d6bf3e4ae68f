/**
 * The outbox's command side: runs a mail command through the decider on the store, then waits
 * until the read models hold what it wrote (read-your-writes).
 */
import { handleCommand, type Actor, type CommandStore, type ConflictError, type Position } from '@deskstream/event-sourcing';
import { mailDecider, type MailCommand } from './decider';
import type { OutboxRejection } from './errors';
import { mailStream, type MailEvent } from './events';

export interface ReadModelProgress {
  waitFor(position: Position): Promise<void>;
}

export type MailOutcome = { ok: true; events: MailEvent[] } | { ok: false; error: OutboxRejection | ConflictError };

export class OutboxCommands {
  constructor(
    private readonly store: CommandStore,
    private readonly progress: ReadModelProgress,
  ) {}

  async mail(command: MailCommand, commandId: string, actor: Actor): Promise<MailOutcome> {
    const result = await handleCommand(this.store, {
      streamName: mailStream(command.data.mailId),
      decider: mailDecider,
      command,
      commandId,
      metadata: { actor },
    });
    if (!result.ok) return result;
    if (result.position) await this.progress.waitFor(result.position);
    return { ok: true, events: [...result.events] };
  }
}
