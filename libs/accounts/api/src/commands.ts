/**
 * The accounts context's commands on the shared command runner: one stream per account and one
 * per patron's circulation. The runner decides, appends with the exact expected revision and
 * waits until the read models hold what it wrote.
 */
import {
  accountDecider,
  accountStream,
  circulationDecider,
  circulationStream,
  type AccountCommand,
  type AccountErrorReason,
  type AccountEvent,
  type CirculationCommand,
  type CirculationEvent,
} from '@deskstream/accounts-domain';
import type { Actor } from '@deskstream/domain-kit';
import {
  CommandRunner,
  type CommandOutcome,
  type CommandStore,
  type ReadModelProgress,
} from '@deskstream/event-sourcing';

export type AccountsOutcome<Event> = CommandOutcome<Event, AccountErrorReason>;

type Send<Command, Event> = (command: Command, commandId: string, actor: Actor) => Promise<AccountsOutcome<Event>>;

export class AccountsCommands {
  readonly account: Send<AccountCommand, AccountEvent>;
  readonly circulation: Send<CirculationCommand, CirculationEvent>;

  constructor(store: CommandStore, progress: ReadModelProgress) {
    const runner = new CommandRunner(store, progress);
    this.account = runner.aggregate((command: AccountCommand) => accountStream(command.data.accountId), accountDecider);
    this.circulation = runner.aggregate(
      (command: CirculationCommand) => circulationStream(command.data.accountId),
      circulationDecider,
    );
  }
}
