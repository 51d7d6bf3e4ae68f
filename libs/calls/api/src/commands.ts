/**
 * Calls' commands on the shared command runner: a call on `call-<id>`, a follow-up list on
 * `call-list-<id>`, the webhook token on `cti-settings`. The runner decides, appends with the
 * exact expected revision and waits until the read models hold what it wrote.
 */
import {
  CTI_SETTINGS_STREAM,
  callDecider,
  callListDecider,
  callListStream,
  callStream,
  ctiSettingsDecider,
  type CallCommand,
  type CallEvent,
  type CallListCommand,
  type CallListEvent,
  type CallsErrorReason,
  type CtiSettingsCommand,
  type CtiSettingsEvent,
} from '@deskstream/calls-domain';
import type { Actor } from '@deskstream/domain-kit';
import {
  CommandRunner,
  type CommandOutcome,
  type CommandStore,
  type ReadModelProgress,
} from '@deskstream/event-sourcing';

export type CallsOutcome<Event> = CommandOutcome<Event, CallsErrorReason>;
type Send<Command, Event> = (command: Command, commandId: string, actor: Actor) => Promise<CallsOutcome<Event>>;

export class CallsCommands {
  readonly call: Send<CallCommand, CallEvent>;
  readonly list: Send<CallListCommand, CallListEvent>;
  readonly settings: Send<CtiSettingsCommand, CtiSettingsEvent>;

  constructor(store: CommandStore, progress: ReadModelProgress) {
    const runner = new CommandRunner(store, progress);
    this.call = runner.aggregate((command: CallCommand) => callStream(command.data.callId), callDecider);
    this.list = runner.aggregate((command: CallListCommand) => callListStream(command.data.listId), callListDecider);
    this.settings = runner.aggregate(() => CTI_SETTINGS_STREAM, ctiSettingsDecider);
  }
}
