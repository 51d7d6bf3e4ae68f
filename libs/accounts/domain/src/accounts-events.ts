/**
 * The accounts context's events: the published language of patron and customer accounts.
 *
 * - `account-<id>`: a patron (signs in with a library card number) or a customer (signs in with
 *   an email address): registration, passwords, sign-in failures, lockout and unlock, sessions,
 *   password reset links, preferences (contact method per kind of notice, pick-up branch),
 *   contact details, data exports and erasure.
 * - `circulation-<id>` (the same id): the patron's reservations and loans, placed here or fed from
 *   the library system, with the library's rules (at most 10 books and 1 audio-visual item
 *   reserved, a reservation held 1 week after its pick-up notice, one renewal of 2 weeks).
 *
 * Personal data is never in clear: names, emails, phones, card numbers, titles and password
 * hashes are `Sealed` with a key per person (`@deskstream/personal-data`) kept outside the event
 * log; `PersonErased` records that the key was deleted. Lookups go by keyed hashes
 * (`cardNumberHash`, `emailHash`), which read models drop on erasure. Every instant is ISO-8601
 * UTC from the command; the account id is the person id the keys are filed under.
 */

/** A value sealed with the person's key: `pd1.<person>.<iv>.<ciphertext>` (opaque here). */
export type Sealed = string;

export const ACCOUNT_KINDS = ['PATRON', 'CUSTOMER'] as const;
/** A patron signs in by library card, a customer by email. */
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const NOTICE_KINDS = ['RESERVATION_READY', 'LOAN_DUE'] as const;
/** The kinds of notice a patron chooses a contact method for. */
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const CONTACT_METHODS = ['EMAIL', 'PHONE', 'NONE'] as const;
/** How a notice reaches the patron: mailed through the outbox, phoned by staff, or not sent. */
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const ITEM_KINDS = ['BOOK', 'AUDIOVISUAL'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Who did it: the account holder, a staff member, the library system (import) or the desk itself (timers). */
export interface AccountActor {
  kind: 'account' | 'staff' | 'library-system' | 'system';
  id: string;
}

export interface AccountPreferences {
  /** One method per kind of notice. */
  contact: Record<NoticeKind, ContactMethod>;
  /** Where reserved items are picked up; null: not chosen yet. */
  pickUpBranchId: string | null;
}

/** The person's own fields, each sealed, null when not given. */
export interface PersonalFields {
  name: Sealed | null;
  cardNumber: Sealed | null;
  email: Sealed | null;
  phone: Sealed | null;
}

export type PasswordSetHow = 'REGISTERED' | 'CHANGED' | 'RESET_LINK' | 'DESK';
export type UnlockReason = 'TIME_PASSED' | 'STAFF' | 'PASSWORD_SET';
export type SessionEndReason = 'SIGNED_OUT' | 'EXPIRED' | 'PASSWORD_CHANGED' | 'ERASED';

export type AccountRegistered = {
  type: 'AccountRegistered';
  data: {
    accountId: string;
    kind: AccountKind;
    /** Keyed hashes to find the account by what it signs in with; null when it has none. */
    cardNumberHash: string | null;
    emailHash: string | null;
    /** A keyed hash of the normalised full name, for the desk's search; null when no name is given. */
    nameHash: string | null;
    personal: PersonalFields;
    preferences: AccountPreferences;
    at: string;
    by: AccountActor;
  };
};
export type AccountPasswordSet = {
  type: 'AccountPasswordSet';
  data: {
    accountId: string;
    /** The argon2id hash, sealed. */
    passwordHash: Sealed;
    how: PasswordSetHow;
    /** The reset link used, for `RESET_LINK`. */
    resetId: string | null;
    at: string;
    by: AccountActor;
  };
};
/** A wrong password for an existing account; `failuresInRow` counts since the last success, unlock or new password. */
export type AccountSignInFailed = {
  type: 'AccountSignInFailed';
  data: { accountId: string; failuresInRow: number; at: string };
};
export type AccountLockedOut = {
  type: 'AccountLockedOut';
  data: { accountId: string; failures: number; at: string; until: string };
};
export type AccountUnlocked = {
  type: 'AccountUnlocked';
  data: { accountId: string; reason: UnlockReason; at: string; by: AccountActor };
};
/** The session's token is never stored, only its SHA-256. */
export type AccountSessionStarted = {
  type: 'AccountSessionStarted';
  data: { accountId: string; sessionId: string; tokenHash: string; at: string; expiresAt: string };
};
export type AccountSessionEnded = {
  type: 'AccountSessionEnded';
  data: { accountId: string; sessionId: string; reason: SessionEndReason; at: string };
};
/** A single-use reset link was mailed (`mailId` in the outbox); only the SHA-256 of its token is kept. */
export type AccountPasswordResetRequested = {
  type: 'AccountPasswordResetRequested';
  data: { accountId: string; resetId: string; tokenHash: string; mailId: string; at: string; expiresAt: string };
};
export type AccountPreferencesSet = {
  type: 'AccountPreferencesSet';
  data: { accountId: string; preferences: AccountPreferences; at: string; by: AccountActor };
};
/** New email and/or phone (both given as they are now). */
export type AccountContactChanged = {
  type: 'AccountContactChanged';
  data: {
    accountId: string;
    emailHash: string | null;
    email: Sealed | null;
    phone: Sealed | null;
    at: string;
    by: AccountActor;
  };
};
export type AccountDataExported = {
  type: 'AccountDataExported';
  data: { accountId: string; at: string; by: AccountActor };
};
/** The person's key was deleted: everything sealed for them reads as erased; counts stay. */
export type PersonErased = {
  type: 'PersonErased';
  data: { accountId: string; at: string; by: AccountActor };
};

export type AccountEvent =
  | AccountRegistered
  | AccountPasswordSet
  | AccountSignInFailed
  | AccountLockedOut
  | AccountUnlocked
  | AccountSessionStarted
  | AccountSessionEnded
  | AccountPasswordResetRequested
  | AccountPreferencesSet
  | AccountContactChanged
  | AccountDataExported
  | PersonErased;

export type CirculationSource = 'PATRON' | 'DESK' | 'LIBRARY_SYSTEM';

/** How the pick-up notice went: mailed (its outbox mail), to be phoned by staff, or not sent. */
export interface PickUpNotice {
  noticeId: string;
  method: ContactMethod;
  /** The outbox mail for `EMAIL`, else null. */
  mailId: string | null;
}

export type ReservationPlaced = {
  type: 'ReservationPlaced';
  data: {
    accountId: string;
    reservationId: string;
    /** The library system's id of the title. */
    itemId: string;
    itemKind: ItemKind;
    title: Sealed;
    pickUpBranchId: string;
    contactMethod: ContactMethod;
    source: CirculationSource;
    at: string;
  };
};
export type ReservationChanged = {
  type: 'ReservationChanged';
  data: { accountId: string; reservationId: string; pickUpBranchId: string; contactMethod: ContactMethod; at: string };
};
export type ReservationCancelled = {
  type: 'ReservationCancelled';
  data: { accountId: string; reservationId: string; source: CirculationSource; at: string };
};
/** The item is secured for the patron and held until `holdUntil` (1 week after the notice). */
export type ReservationReadyForPickUp = {
  type: 'ReservationReadyForPickUp';
  data: { accountId: string; reservationId: string; notice: PickUpNotice; at: string; holdUntil: string };
};
export type ReservationHoldExpired = {
  type: 'ReservationHoldExpired';
  data: { accountId: string; reservationId: string; at: string };
};
export type ReservationCollected = {
  type: 'ReservationCollected';
  data: { accountId: string; reservationId: string; loanId: string; at: string };
};
export type LoanStarted = {
  type: 'LoanStarted';
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
};
export type LoanRenewed = {
  type: 'LoanRenewed';
  data: { accountId: string; loanId: string; at: string; dueAt: string };
};
/** Whether other patrons wait for the item (a reserved item cannot be renewed); from the library system. */
export type LoanWaitingListChanged = {
  type: 'LoanWaitingListChanged';
  data: { accountId: string; loanId: string; othersWaiting: boolean; at: string };
};
export type LoanReturned = {
  type: 'LoanReturned';
  data: { accountId: string; loanId: string; at: string };
};

export type CirculationEvent =
  | ReservationPlaced
  | ReservationChanged
  | ReservationCancelled
  | ReservationReadyForPickUp
  | ReservationHoldExpired
  | ReservationCollected
  | LoanStarted
  | LoanRenewed
  | LoanWaitingListChanged
  | LoanReturned;

export const accountStream = (accountId: string) => `account-${accountId}`;
export const circulationStream = (accountId: string) => `circulation-${accountId}`;

export const ACCOUNT_EVENT_TYPES = [
  'AccountRegistered',
  'AccountPasswordSet',
  'AccountSignInFailed',
  'AccountLockedOut',
  'AccountUnlocked',
  'AccountSessionStarted',
  'AccountSessionEnded',
  'AccountPasswordResetRequested',
  'AccountPreferencesSet',
  'AccountContactChanged',
  'AccountDataExported',
  'PersonErased',
] as const satisfies readonly AccountEvent['type'][];

export const CIRCULATION_EVENT_TYPES = [
  'ReservationPlaced',
  'ReservationChanged',
  'ReservationCancelled',
  'ReservationReadyForPickUp',
  'ReservationHoldExpired',
  'ReservationCollected',
  'LoanStarted',
  'LoanRenewed',
  'LoanWaitingListChanged',
  'LoanReturned',
] as const satisfies readonly CirculationEvent['type'][];
