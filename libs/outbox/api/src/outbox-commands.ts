/**
 * The outbox's commands on the shared command runner, each on its mail's stream `mail-<id>`.
 * Outcomes are read-your-writes: they come back once this process's read models hold the events.
 */
import {
  CommandRunner,
  type Actor,
  type CommandOutcome,
  type CommandStore,
  type ReadModelProgress,
} from '@deskstream/event-sourcing';
import {
  mailDecider,
  mailStream,
  type MailCommand,
  type MailEvent,
  type OutboxErrorReason,
} from '@deskstream/outbox-domain';

export type MailOutcome = CommandOutcome<MailEvent, OutboxErrorReason>;

export class OutboxCommands {
  private readonly runner: CommandRunner;

  constructor(store: CommandStore, progress: ReadModelProgress) {
    this.runner = new CommandRunner(store, progress);
  }

  mail(command: MailCommand, commandId: string, actor: Actor): Promise<MailOutcome> {
    return this.runner.run({
      streamName: mailStream(command.data.mailId),
      decider: mailDecider,
      command,
      commandId,
      metadata: { actor },
    });
  }
}
