/**
 * Identity's commands on the shared command runner, each on its aggregate's stream (`agent-<id>`
 * for a staff member, `department-<id>` for a department). Outcomes are read-your-writes: they
 * come back once this process's read models hold the events.
 */
import { CommandRunner, type Actor, type CommandOutcome, type CommandStore, type ReadModelProgress } from '@deskstream/event-sourcing';
import {
  departmentDecider,
  departmentStream,
  staffDecider,
  staffStream,
  type DepartmentCommand,
  type DepartmentEvent,
  type IdentityErrorReason,
  type StaffCommand,
  type StaffEvent,
} from '@deskstream/identity-domain';

export type IdentityOutcome<Event> = CommandOutcome<Event, IdentityErrorReason>;

export class IdentityCommands {
  private readonly runner: CommandRunner;

  constructor(store: CommandStore, progress: ReadModelProgress) {
    this.runner = new CommandRunner(store, progress);
  }

  staff(command: StaffCommand, commandId: string, actor: Actor): Promise<IdentityOutcome<StaffEvent>> {
    return this.runner.run({ streamName: staffStream(command.data.staffId), decider: staffDecider, command, commandId, metadata: { actor } });
  }

  department(command: DepartmentCommand, commandId: string, actor: Actor): Promise<IdentityOutcome<DepartmentEvent>> {
    return this.runner.run({ streamName: departmentStream(command.data.departmentId), decider: departmentDecider, command, commandId, metadata: { actor } });
  }
}
