/**
 * Identity's command side: runs a command through its decider on the store, then waits until
 * the read models have applied what it wrote (read-your-writes). Rejections come back as
 * values with identity's stable reasons; a conflict after the retries as CONFLICT.
 */
import { handleCommand, type Actor, type CommandStore, type ConflictError, type Position } from '@deskstream/event-sourcing';
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

  async staff(command: StaffCommand, commandId: string, actor: Actor): Promise<CommandOutcome<StaffEvent>> {
    const result = await handleCommand(this.store, {
      streamName: staffStream(command.data.staffId),
      decider: staffDecider,
      command,
      commandId,
      metadata: { actor },
    });
    if (!result.ok) return result;
    if (result.position) await this.progress.waitFor(result.position);
    return { ok: true, events: result.events };
  }

  async department(command: DepartmentCommand, commandId: string, actor: Actor): Promise<CommandOutcome<DepartmentEvent>> {
    const result = await handleCommand(this.store, {
      streamName: departmentStream(command.data.departmentId),
      decider: departmentDecider,
      command,
      commandId,
      metadata: { actor },
    });
    if (!result.ok) return result;
    if (result.position) await this.progress.waitFor(result.position);
    return { ok: true, events: result.events };
  }
}
