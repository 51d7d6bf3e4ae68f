/**
 * A staff member changes their own password (with the current one); an admin changes someone's
 * roles. Both are events the security log shows.
 */
import { commandError } from '@deskstream/access';
import {
  IDENTITY_ERRORS,
  MAX_PASSWORD_LENGTH,
  ROLES,
  isCommandId,
  isNewPassword,
  type Role,
} from '@deskstream/identity-domain';
import type { IdentityReadModel, StaffRecord } from '@deskstream/identity-read-models';
import { hashPassword, passwordMatches } from '../credentials';
import type { IdentityCommands } from '../identity-commands';
import { identityError } from '../staff-access';

export class StaffChanges {
  constructor(
    private readonly readModel: IdentityReadModel,
    private readonly commands: IdentityCommands,
    private readonly now: () => Date,
  ) {}

  async changeOwnPassword(staff: StaffRecord, current: string, next: string, commandId: string): Promise<void> {
    if (!isCommandId(commandId)) throw identityError('IDENTITY_COMMAND_ID_INVALID');
    if (current.length > MAX_PASSWORD_LENGTH) throw identityError('IDENTITY_INPUT_TOO_LONG');
    if (!isNewPassword(next)) throw identityError('IDENTITY_PASSWORD_INVALID');
    if (!(await passwordMatches(staff.passwordHash, current))) throw identityError('IDENTITY_PASSWORD_WRONG');
    const outcome = await this.commands.staff(
      {
        type: 'ChangePassword',
        data: { staffId: staff.id, passwordHash: await hashPassword(next), at: this.now().toISOString(), by: staff.id },
      },
      `password-${staff.id}-${commandId}`,
      { kind: 'staff', id: staff.id },
    );
    if (!outcome.ok) throw commandError(IDENTITY_ERRORS, outcome.error);
  }

  async changeRoles(staffId: string, roles: readonly string[], admin: StaffRecord, commandId: string) {
    if (!isCommandId(commandId)) throw identityError('IDENTITY_COMMAND_ID_INVALID');
    if (!this.readModel.staff.has(staffId)) throw identityError('IDENTITY_STAFF_NOT_FOUND');
    if (roles.length > ROLES.length * 2) throw identityError('IDENTITY_INPUT_TOO_LONG');
    const outcome = await this.commands.staff(
      { type: 'ChangeRoles', data: { staffId, roles: roles as Role[], at: this.now().toISOString(), by: admin.id } },
      `roles-${staffId}-${commandId}`,
      { kind: 'staff', id: admin.id },
    );
    if (!outcome.ok) throw commandError(IDENTITY_ERRORS, outcome.error);
    return this.readModel.staff.get(staffId)!;
  }
}
