/** What identity can be asked to do: to a staff member (`agent-<id>`) or a department (`department-<id>`). Time comes in the command. */
import type {
  LocalizedText,
  Role,
  SessionEndReason,
  SignInMethod,
  SignInStep,
  TwoFactorDisabledReason,
} from './identity-events';

export type StaffCommand =
  | {
      type: 'CreateStaffAccount';
      data: { staffId: string; username: string; displayName: string; roles: Role[]; passwordHash: string; at: string };
    }
  | { type: 'JoinDepartment'; data: { staffId: string; departmentId: string; at: string } }
  | { type: 'LeaveDepartment'; data: { staffId: string; departmentId: string; at: string } }
  | { type: 'StartSession'; data: StartSessionData }
  | {
      type: 'EndSession';
      data: { staffId: string; sessionId: string; at: string; reason: SessionEndReason; revokedBy?: string };
    }
  | { type: 'SetPresence'; data: { staffId: string; sessionId: string; status: PresenceStatus; at: string } }
  | {
      type: 'RecordSignInFailure';
      data: {
        staffId: string;
        at: string;
        address: string;
        userAgent?: string;
        step: SignInStep;
        challengeId?: string;
        /** Set when this failure locks sign-in from the address until then. */
        lockedUntil?: string;
      };
    }
  | {
      type: 'IssueSignInChallenge';
      data: {
        staffId: string;
        challengeId: string;
        challengeHash: string;
        at: string;
        expiresAt: string;
        address: string;
        userAgent?: string;
      };
    }
  | { type: 'StartTwoFactorEnrolment'; data: { staffId: string; secret: string; at: string } }
  | { type: 'ConfirmTwoFactor'; data: { staffId: string; at: string; step: number; recoveryCodeHashes: string[] } }
  | {
      type: 'DisableTwoFactor';
      data: { staffId: string; at: string; by: string; reason: TwoFactorDisabledReason; step?: number };
    }
  | { type: 'ChangePassword'; data: { staffId: string; passwordHash: string; at: string; by: string } }
  | { type: 'ChangeRoles'; data: { staffId: string; roles: Role[]; at: string; by: string } };

/**
 * A session to start. Without `method` it is a password sign-in (refused once two-factor is on);
 * a second step names the challenge it answers and either the code's time step or a recovery
 * code's index.
 */
export interface StartSessionData {
  staffId: string;
  sessionId: string;
  tokenHash: string;
  at: string;
  expiresAt: string;
  address?: string;
  userAgent?: string;
  method?: SignInMethod;
  challengeId?: string;
  twoFactorStep?: number;
  recoveryCodeIndex?: number;
}

export type PresenceStatus = 'ONLINE' | 'OFFLINE';

export type DepartmentCommand = {
  type: 'OpenDepartment';
  data: { departmentId: string; name: LocalizedText; at: string };
};
