/**
 * The security parts of identity's read model: each staff member's two-factor record (the
 * secrets the api checks codes against, never served over GraphQL) and the second-step
 * challenges waiting for a code, found by the hash of their token.
 */
import { keptState } from '@deskstream/event-sourcing';
import type { IdentityEvent, SignInChallengeIssued } from '@deskstream/identity-domain';

export interface TwoFactorRecord {
  /** The confirmed secret (base32); null while two-factor sign-in is off. */
  secret: string | null;
  /** A secret offered for enrolment, not yet confirmed by a code. */
  pendingSecret: string | null;
  enabledAt: string | null;
  /** SHA-256 hashes of the recovery codes, null where used. */
  recoveryCodeHashes?: (string | null)[];
  recoveryCodesLeft: number;
}

export interface ChallengeRecord {
  staffId: string;
  challengeId: string;
  expiresAt: string;
  address: string;
}

type TwoFactorEvent = Extract<
  IdentityEvent,
  { type: 'SessionStarted' | 'TwoFactorEnrolmentStarted' | 'TwoFactorEnabled' | 'TwoFactorDisabled' }
>;

export function foldTwoFactor(record: TwoFactorRecord, event: TwoFactorEvent): void {
  switch (event.type) {
    case 'SessionStarted': {
      const index = event.data.recoveryCodeIndex;
      if (index === undefined || !record.recoveryCodeHashes?.[index]) return;
      record.recoveryCodeHashes[index] = null;
      record.recoveryCodesLeft -= 1;
      return;
    }
    case 'TwoFactorEnrolmentStarted':
      record.pendingSecret = event.data.secret;
      return;
    case 'TwoFactorEnabled':
      record.secret = record.pendingSecret;
      record.pendingSecret = null;
      record.enabledAt = event.data.at;
      record.recoveryCodeHashes = [...event.data.recoveryCodeHashes];
      record.recoveryCodesLeft = event.data.recoveryCodeHashes.length;
      return;
    case 'TwoFactorDisabled':
      record.secret = null;
      record.pendingSecret = null;
      record.enabledAt = null;
      record.recoveryCodeHashes = [];
      record.recoveryCodesLeft = 0;
      return;
  }
}

/** Challenges by token hash; expired ones are dropped as new ones are issued. */
export class SignInChallenges {
  private readonly byHash = new Map<string, ChallengeRecord>();
  private readonly hashById = new Map<string, string>();
  /** Its state for durable snapshots, refilled in place on restore. */
  readonly kept = keptState({ byHash: this.byHash, hashById: this.hashById });

  issued(data: SignInChallengeIssued['data']): void {
    const at = Date.parse(data.at);
    for (const [hash, challenge] of this.byHash)
      if (Date.parse(challenge.expiresAt) <= at) this.drop(hash, challenge.challengeId);
    const { staffId, challengeId, expiresAt, address } = data;
    this.byHash.set(data.challengeHash, { staffId, challengeId, expiresAt, address });
    this.hashById.set(challengeId, data.challengeHash);
  }

  answered(challengeId: string | undefined): void {
    if (challengeId === undefined) return;
    const hash = this.hashById.get(challengeId);
    if (hash !== undefined) this.drop(hash, challengeId);
  }

  forgetStaff(staffId: string): void {
    for (const [hash, challenge] of this.byHash)
      if (challenge.staffId === staffId) this.drop(hash, challenge.challengeId);
  }

  /** The challenge a token hash names, if not yet answered; expiry is the caller's to judge. */
  byTokenHash(hash: string): ChallengeRecord | undefined {
    return this.byHash.get(hash);
  }

  get size(): number {
    return this.byHash.size;
  }

  private drop(hash: string, challengeId: string): void {
    this.byHash.delete(hash);
    this.hashById.delete(challengeId);
  }
}
