/** What the accounts read model keeps per account, reservation and loan. Personal fields stay sealed. */
import type {
  AccountKind,
  AccountPreferences,
  CirculationSource,
  ContactMethod,
  ItemKind,
  PersonalFields,
  PickUpNotice,
  Sealed,
} from '@deskstream/accounts-domain';

export type ReservationStatus = 'WAITING' | 'READY' | 'COLLECTED' | 'CANCELLED' | 'EXPIRED';

export interface ReservationRecord {
  id: string;
  accountId: string;
  itemId: string;
  itemKind: ItemKind;
  title: Sealed;
  status: ReservationStatus;
  pickUpBranchId: string;
  contactMethod: ContactMethod;
  source: CirculationSource;
  placedAt: string;
  readyAt: string | null;
  holdUntil: string | null;
  notice: PickUpNotice | null;
  closedAt: string | null;
  loanId: string | null;
}

export interface LoanRecord {
  id: string;
  accountId: string;
  itemId: string;
  itemKind: ItemKind;
  title: Sealed;
  source: CirculationSource;
  lentAt: string;
  dueAt: string;
  renewals: number;
  othersWaiting: boolean;
  returnedAt: string | null;
}

export interface AccountSessionRecord {
  sessionId: string;
  accountId: string;
  tokenHash: string;
  startedAt: string;
  expiresAt: string;
}

export interface ResetLinkRecord {
  resetId: string;
  accountId: string;
  tokenHash: string;
  mailId: string;
  requestedAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface AccountRecord {
  id: string;
  kind: AccountKind;
  registeredAt: string;
  /** Null once erased (the hashes are dropped from the indexes too). */
  cardNumberHash: string | null;
  emailHash: string | null;
  nameHash: string | null;
  personal: PersonalFields;
  passwordHash: Sealed | null;
  failuresInRow: number;
  lockedAt: string | null;
  lockedUntil: string | null;
  lockouts: number;
  preferences: AccountPreferences;
  erasedAt: string | null;
  sessions: Map<string, AccountSessionRecord>;
  resets: Map<string, ResetLinkRecord>;
  reservations: Map<string, ReservationRecord>;
  loans: Map<string, LoanRecord>;
  exports: number;
}
