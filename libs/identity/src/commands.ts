/**
 * Identity's command side: runs a command through its decider on the store, then waits until
 * the read models have applied what it wrote (read-your-writes). Rejections come back as
 * values with identity's stable reasons; a conflict after the retries as CONFLICT.
 */
import { handleCommand, type Actor, type CommandStore, type ConflictError, type DomainEvent, type HandleCommandOptions, type Position } from '@deskstream/event-sourcing';
import { departmentDecider, staffDecider, type DepartmentCommand, type StaffCommand } from './decider';
import { departmentStream, staffStream, type DepartmentEvent, type StaffEvent } from './events';
import type { IdentityRejection } from './errors';

/** The part of the projection runner commands need. */
export interface ReadModelProgress {
  waitFor(position: Position): Promise<void>;
}

export type CommandOutcome<Event> = { ok: true; events: Event[] } | { ok: false; error: IdentityRejection | ConflictError };

export class IdentityCommands {
  constructor(
    private readonly store: CommandStore,
    private readonly progress: ReadModelProgress,
  ) {}

  staff(command: StaffCommand, commandId: string, actor: Actor): Promise<CommandOutcome<StaffEvent>> {
    return this.run({ streamName: staffStream(command.data.staffId), decider: staffDecider, command, commandId, metadata: { actor } });
  }

  department(command: DepartmentCommand, commandId: string, actor: Actor): Promise<CommandOutcome<DepartmentEvent>> {
    return this.run({ streamName: departmentStream(command.data.departmentId), decider: departmentDecider, command, commandId, metadata: { actor } });
  }

  /** Runs the command, then waits until the read models hold its events (read-your-writes). */
  private async run<C, E extends DomainEvent, S>(options: HandleCommandOptions<C, E, S, IdentityRejection>): Promise<CommandOutcome<E>> {
    const result = await handleCommand(this.store, options);
    if (!result.ok) return result;
    if (result.position) await this.progress.waitFor(result.position);
    return { ok: true, events: [...result.events] };
  }
}
