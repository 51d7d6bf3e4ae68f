/**
 * Turning two-factor sign-in on and off. Enrolment offers a new secret (as a QR code and as
 * text), and counts only once a first code from the app confirms it; the recovery codes are shown
 * then, once. A staff member turns it off with a current code; an admin can turn anyone's off
 * (a lost phone), which the security log shows with the admin's name.
 */
import { randomUUID } from 'node:crypto';
import { commandError } from '@deskstream/access';
import { IDENTITY_ERRORS, isTotpCode, type StaffCommand } from '@deskstream/identity-domain';
import type { IdentityReadModel, StaffRecord } from '@deskstream/identity-read-models';
import type { IdentityCommands } from '../identity-commands';
import { identityError } from '../staff-access';
import { matchingStep, newRecoveryCodes, newTotpSecret, otpauthUri, qrCodeDataUrl, recoveryCodeHash } from './totp';

export interface TwoFactorEnrolment {
  secret: string;
  otpauthUri: string;
  qrCode: string;
}

export class TwoFactorSettings {
  constructor(
    private readonly readModel: IdentityReadModel,
    private readonly commands: IdentityCommands,
    private readonly now: () => Date,
  ) {}

  async startEnrolment(staff: StaffRecord): Promise<TwoFactorEnrolment> {
    if (staff.twoFactor.secret !== null) throw identityError('IDENTITY_TWO_FACTOR_ALREADY_ON');
    const secret = newTotpSecret();
    await this.run(staff.id, { type: 'StartTwoFactorEnrolment', data: { staffId: staff.id, secret, at: this.at() } });
    const uri = otpauthUri(secret, staff.username);
    return { secret, otpauthUri: uri, qrCode: await qrCodeDataUrl(uri) };
  }

  /** Confirms the offered secret with a first code; returns the recovery codes, shown this once. */
  async confirm(staff: StaffRecord, code: string): Promise<string[]> {
    const pending = this.readModel.staff.get(staff.id)?.twoFactor.pendingSecret ?? null;
    if (staff.twoFactor.secret !== null) throw identityError('IDENTITY_TWO_FACTOR_ALREADY_ON');
    if (pending === null) throw identityError('IDENTITY_TWO_FACTOR_NOT_STARTED');
    const step = isTotpCode(code) ? matchingStep(pending, code, this.now()) : null;
    if (step === null) throw identityError('IDENTITY_TWO_FACTOR_CODE_NOT_ACCEPTED');
    const recoveryCodes = newRecoveryCodes();
    await this.run(staff.id, {
      type: 'ConfirmTwoFactor',
      data: { staffId: staff.id, at: this.at(), step, recoveryCodeHashes: recoveryCodes.map(recoveryCodeHash) },
    });
    return recoveryCodes;
  }

  /** Turns one's own two-factor sign-in off with a current code. */
  async disableOwn(staff: StaffRecord, code: string): Promise<void> {
    if (staff.twoFactor.secret === null) throw identityError('IDENTITY_TWO_FACTOR_NOT_ON');
    const step = isTotpCode(code) ? matchingStep(staff.twoFactor.secret, code, this.now()) : null;
    if (step === null) throw identityError('IDENTITY_TWO_FACTOR_CODE_NOT_ACCEPTED');
    await this.run(staff.id, {
      type: 'DisableTwoFactor',
      data: { staffId: staff.id, at: this.at(), by: staff.id, reason: 'BY_SELF', step },
    });
  }

  /** An admin turns someone's two-factor sign-in off. */
  async disableFor(staffId: string, admin: StaffRecord): Promise<void> {
    if (!this.readModel.staff.has(staffId)) throw identityError('IDENTITY_STAFF_NOT_FOUND');
    await this.run(admin.id, {
      type: 'DisableTwoFactor',
      data: { staffId, at: this.at(), by: admin.id, reason: 'BY_ADMIN' },
    });
  }

  private at(): string {
    return this.now().toISOString();
  }

  private async run(actorId: string, command: StaffCommand): Promise<void> {
    const outcome = await this.commands.staff(command, `two-factor-${randomUUID()}`, { kind: 'staff', id: actorId });
    if (outcome.ok) return;
    // Signed in, a used code is a wrong answer, never a reason to end the session.
    if (outcome.error.code === 'IDENTITY_TWO_FACTOR_CODE_USED')
      throw identityError('IDENTITY_TWO_FACTOR_CODE_NOT_ACCEPTED');
    throw commandError(IDENTITY_ERRORS, outcome.error);
  }
}
