/** Who may read and change operations, its commands on the shared runner, and its rejections as GraphQL errors. */
import {
  commandError,
  requireStaff,
  userError,
  type AccessContext,
  type SignedInStaff,
  type StaffRole,
} from '@deskstream/access';
import type { Actor } from '@deskstream/domain-kit';
import {
  CommandRunner,
  type CommandOutcome,
  type CommandStore,
  type ReadModelProgress,
} from '@deskstream/event-sourcing';
import {
  OPERATIONS_ERRORS,
  OPERATIONS_SETTINGS_STREAM,
  isCommandId,
  operationsSettingsDecider,
  type OperationsActor,
  type OperationsErrorReason,
  type OperationsSettingsCommand,
  type OperationsSettingsEvent,
} from '@deskstream/operations-domain';

export const OPERATIONS_ROLES = {
  read: ['SUPERVISOR', 'ADMIN'] as readonly StaffRole[],
  settings: ['ADMIN'] as readonly StaffRole[],
};

export const requireOperationsReader = (context: AccessContext): SignedInStaff =>
  requireStaff(context, OPERATIONS_ROLES.read);
export const requireOperationsAdmin = (context: AccessContext): SignedInStaff =>
  requireStaff(context, OPERATIONS_ROLES.settings);

export const operationsError = (reason: OperationsErrorReason) => userError(OPERATIONS_ERRORS, reason);

export const staffActor = (staff: SignedInStaff): OperationsActor => ({ kind: 'staff', id: staff.id });

export function checkCommandId(commandId: string): void {
  if (!isCommandId(commandId)) throw operationsError('OPERATIONS_COMMAND_ID_INVALID');
}

export type OperationsOutcome = CommandOutcome<OperationsSettingsEvent, OperationsErrorReason>;

/** The settings' commands on `operations-settings`. */
export class OperationsCommands {
  readonly settings: (
    command: OperationsSettingsCommand,
    commandId: string,
    actor: Actor,
  ) => Promise<OperationsOutcome>;

  constructor(store: CommandStore, progress: ReadModelProgress) {
    const runner = new CommandRunner(store, progress);
    this.settings = runner.aggregate(() => OPERATIONS_SETTINGS_STREAM, operationsSettingsDecider);
  }
}

/** The events of a command that went through, or its GraphQL error. */
export function orThrow(outcome: OperationsOutcome): OperationsSettingsEvent[] {
  if (!outcome.ok) throw commandError(OPERATIONS_ERRORS, outcome.error);
  return outcome.events;
}
