/**
 * Identity's commands on the shared command runner, each on its aggregate's stream (`agent-<id>`
 * for a staff member, `department-<id>` for a department). Outcomes are read-your-writes: they
 * come back once this process's read models hold the events.
 */
import {
  CommandRunner,
  type Actor,
  type CommandOutcome,
  type CommandStore,
  type ReadModelProgress,
} from '@deskstream/event-sourcing';
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
  /** A staff member's commands, on `agent-<id>`. */
  readonly staff: (command: StaffCommand, commandId: string, actor: Actor) => Promise<IdentityOutcome<StaffEvent>>;
  /** A department's commands, on `department-<id>`. */
  readonly department: (
    command: DepartmentCommand,
    commandId: string,
    actor: Actor,
  ) => Promise<IdentityOutcome<DepartmentEvent>>;

  constructor(store: CommandStore, progress: ReadModelProgress) {
    const runner = new CommandRunner(store, progress);
    this.staff = runner.aggregate((command: StaffCommand) => staffStream(command.data.staffId), staffDecider);
    this.department = runner.aggregate(
      (command: DepartmentCommand) => departmentStream(command.data.departmentId),
      departmentDecider,
    );
  }
}
