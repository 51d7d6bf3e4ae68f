/**
 * The webhook's token: CTI_TOKEN when the server sets it, else the one kept in the store
 * (`cti-settings`), generated on the first start and rotated by admins. A token is compared in
 * constant time (digests of equal length), so its characters cannot be guessed one by one.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { CTI_TOKEN_PATTERN } from '@deskstream/calls-domain';
import type { CallsReadModel } from '@deskstream/calls-read-models';
import type { Actor } from '@deskstream/domain-kit';
import { callError, orThrow } from './access';
import type { CallsCommands } from './commands';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
const newToken = () => randomBytes(24).toString('base64url');

/** Whether a CTI_TOKEN value can be a token (16 to 128 characters of A-Z, a-z, 0-9, - and _). */
export const isCtiToken = (value: string) => CTI_TOKEN_PATTERN.test(value);

export class CtiToken {
  constructor(
    private readonly readModel: CallsReadModel,
    private readonly commands: CallsCommands,
    private readonly fixed: string | undefined,
    private readonly now: () => Date,
  ) {
    if (fixed !== undefined && !isCtiToken(fixed))
      throw new Error('CTI_TOKEN must be 16 to 128 characters of A-Z, a-z, 0-9, - and _.');
  }

  get fromEnvironment(): boolean {
    return this.fixed !== undefined;
  }

  current(): string | null {
    return this.fixed ?? this.readModel.storedToken();
  }

  /** Whether `candidate` is the token, in time that does not depend on where they differ. */
  matches(candidate: string): boolean {
    const token = this.current();
    if (token === null) return false;
    return timingSafeEqual(digest(candidate), digest(token));
  }

  /** Generates the token once, when the server sets none and the store holds none yet. */
  async ensure(): Promise<void> {
    if (this.current() !== null) return;
    const system: Actor = { kind: 'system', id: 'calls' };
    orThrow(
      await this.commands.settings(
        { type: 'GenerateCtiToken', data: { token: newToken(), at: this.now().toISOString() } },
        'cti-token-generated',
        system,
      ),
    );
  }

  async rotate(staffId: string, commandId: string): Promise<void> {
    if (this.fixed !== undefined) throw callError('CALL_TOKEN_FIXED');
    const actor = { kind: 'staff' as const, id: staffId };
    orThrow(
      await this.commands.settings(
        { type: 'RotateCtiToken', data: { token: newToken(), by: actor, at: this.now().toISOString() } },
        `cti-token-${staffId}-${commandId}`,
        actor,
      ),
    );
  }
}
