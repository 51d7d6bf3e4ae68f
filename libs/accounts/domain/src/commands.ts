/** What can be asked of an account and of a patron's circulation. Time (`at`) always comes in the command. */
import type {
  AccountActor,
  AccountKind,
  AccountPreferences,
  CirculationSource,
  ContactMethod,
  ItemKind,
  PasswordSetHow,
  PersonalFields,
  PickUpNotice,
  Sealed,
  SessionEndReason,
} from './accounts-events';

export type AccountCommand =
  | {
      type: 'RegisterAccount';
      data: {
        accountId: string;
        kind: AccountKind;
        cardNumberHash: string | null;
        emailHash: string | null;
        nameHash: string | null;
        personal: PersonalFields;
        preferences: AccountPreferences;
        /** Sealed argon2id hash, when a password is set at registration. */
        passwordHash: Sealed | null;
        at: string;
        by: AccountActor;
      };
    }
  /** A wrong password: counts it, and locks the account at `maxFailures` in a row. */
  | { type: 'RecordSignInFailure'; data: { accountId: string; maxFailures: number; at: string } }
  /** The password was right: a session starts unless the account is locked. */
  | {
      type: 'StartSession';
      data: { accountId: string; sessionId: string; tokenHash: string; at: string; expiresAt: string };
    }
  | { type: 'EndSession'; data: { accountId: string; sessionId: string; reason: SessionEndReason; at: string } }
  /** The lockout's time has passed: unlock (a timer, or the next sign-in attempt). Nothing when not due. */
  | { type: 'UnlockWhenDue'; data: { accountId: string; at: string } }
  | { type: 'UnlockByStaff'; data: { accountId: string; at: string; by: AccountActor } }
  | {
      type: 'SetPassword';
      data: {
        accountId: string;
        passwordHash: Sealed;
        how: Exclude<PasswordSetHow, 'REGISTERED'>;
        /** The reset link used, for `RESET_LINK`. */
        resetId: string | null;
        /** The session the holder changed it from, which stays open (`CHANGED`). */
        keepSessionId: string | null;
        at: string;
        by: AccountActor;
      };
    }
  | {
      type: 'RequestPasswordReset';
      data: { accountId: string; resetId: string; tokenHash: string; mailId: string; at: string; expiresAt: string };
    }
  | {
      type: 'SetPreferences';
      data: { accountId: string; preferences: AccountPreferences; at: string; by: AccountActor };
    }
  | {
      type: 'ChangeContact';
      data: {
        accountId: string;
        emailHash: string | null;
        email: Sealed | null;
        phone: Sealed | null;
        at: string;
        by: AccountActor;
      };
    }
  | { type: 'RecordExport'; data: { accountId: string; at: string; by: AccountActor } }
  | { type: 'ErasePerson'; data: { accountId: string; at: string; by: AccountActor } };

export type CirculationCommand =
  | {
      type: 'PlaceReservation';
      data: {
        accountId: string;
        reservationId: string;
        itemId: string;
        itemKind: ItemKind;
        title: Sealed;
        pickUpBranchId: string;
        contactMethod: ContactMethod;
        source: CirculationSource;
        at: string;
      };
    }
  | {
      type: 'ChangeReservation';
      data: {
        accountId: string;
        reservationId: string;
        pickUpBranchId: string;
        contactMethod: ContactMethod;
        source: CirculationSource;
        at: string;
      };
    }
  | {
      type: 'CancelReservation';
      data: { accountId: string; reservationId: string; source: CirculationSource; at: string };
    }
  | {
      type: 'MarkReservationReady';
      data: { accountId: string; reservationId: string; notice: PickUpNotice; at: string };
    }
  /** The hold's week has passed: the reservation lapses. Nothing when not due. */
  | { type: 'ExpireHoldWhenDue'; data: { accountId: string; reservationId: string; at: string } }
  | {
      type: 'CollectReservation';
      /** The title as the reservation holds it (sealed), for the loan. */
      data: { accountId: string; reservationId: string; loanId: string; title: Sealed; at: string; dueAt: string };
    }
  | {
      type: 'StartLoan';
      data: {
        accountId: string;
        loanId: string;
        itemId: string;
        itemKind: ItemKind;
        title: Sealed;
        source: CirculationSource;
        at: string;
        dueAt: string;
      };
    }
  | { type: 'RenewLoan'; data: { accountId: string; loanId: string; at: string } }
  | { type: 'SetLoanWaitingList'; data: { accountId: string; loanId: string; othersWaiting: boolean; at: string } }
  | { type: 'ReturnLoan'; data: { accountId: string; loanId: string; at: string } };
