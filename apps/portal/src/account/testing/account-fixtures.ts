/** The api's answers for the account pages' tests: a patron with a card, their notices, reservations and loans. */
import type { FakeResolver } from '@deskstream/ui/testing';
import type {
  MyLoan,
  MyNotice,
  MyPreferences,
  MyRequest,
  MyRequests,
  MyReservation,
  PickUpBranch,
  SignedInAccount,
} from '../account-operations';
import { ACCOUNT_SESSION_KEY } from '../account-session-store';

export const CARD = '01234567';
export const TOKEN = 'patron-session-token';

export const PATRON: SignedInAccount = {
  id: 'patron-1',
  kind: 'PATRON',
  name: 'Hana Sato',
  cardNumber: CARD,
  email: 'hana@hotmail.example',
};

export const CENTRAL: PickUpBranch = {
  id: 'central',
  name: { fa: 'کتابخانهٔ مرکزی', en: 'Central Library', ja: '中央図書館', vi: 'Thư viện Trung tâm' },
};
export const EAST: PickUpBranch = {
  id: 'east',
  name: { fa: 'شعبهٔ شرق', en: 'East Branch', ja: '東分館', vi: 'Chi nhánh Đông' },
};

let sequence = 0;
const next = () => (sequence += 1);

export function notice(overrides: Partial<MyNotice> = {}): MyNotice {
  return {
    id: `notice-${next()}`,
    kind: 'RESERVATION_READY',
    subject: 'Your reservation is ready',
    method: 'EMAIL',
    delivery: 'DELIVERED',
    at: '2026-12-05T09:00:00.000Z',
    deliveredAt: '2026-12-05T09:00:05.000Z',
    ...overrides,
  };
}

export function request(overrides: Partial<MyRequest> = {}): MyRequest {
  return {
    id: `request-${next()}`,
    kind: 'TICKET',
    title: 'Renewal of my card',
    state: 'OPEN',
    at: '2026-12-01T10:00:00.000Z',
    reference: null,
    ...overrides,
  };
}

export function myRequests(overrides: Partial<MyRequests> = {}): MyRequests {
  return { chats: [], offlineQuestions: [], tickets: [], bookings: [], calls: [], notices: [], ...overrides };
}

export function reservation(overrides: Partial<MyReservation> = {}): MyReservation {
  return {
    id: `reservation-${next()}`,
    title: 'The Tale of Genji',
    itemKind: 'BOOK',
    status: 'WAITING',
    pickUpBranch: CENTRAL,
    placedAt: '2026-12-01T10:00:00.000Z',
    readyAt: null,
    holdUntil: null,
    canChange: true,
    ...overrides,
  };
}

export function loan(overrides: Partial<MyLoan> = {}): MyLoan {
  return {
    id: `loan-${next()}`,
    title: 'Kokoro',
    itemKind: 'BOOK',
    lentAt: '2026-12-01T10:00:00.000Z',
    dueAt: '2026-12-15T10:00:00.000Z',
    renewed: false,
    overdue: false,
    canRenew: true,
    renewRefusal: null,
    ...overrides,
  };
}

export function preferences(overrides: Partial<MyPreferences> = {}): MyPreferences {
  return {
    id: PATRON.id,
    email: PATRON.email,
    phone: null,
    preferences: {
      contact: [
        { kind: 'RESERVATION_READY', method: 'EMAIL' },
        { kind: 'LOAN_DUE', method: 'NONE' },
      ],
      pickUpBranch: CENTRAL,
    },
    ...overrides,
  };
}

/** The answers of a patron signed in with card 01234567 (their saved session is restored by `AccountMe`). */
export const signedInPatron: Record<string, FakeResolver> = {
  AccountSignInRules: () => ({
    data: {
      accountSignInRules: {
        kinds: ['PATRON'],
        patronPasswordMin: 4,
        patronPasswordMax: 10,
        customerPasswordMin: 10,
        customerPasswordMax: 128,
        lockoutFailures: 5,
        lockoutMinutes: 30,
      },
    },
  }),
  AccountMe: () => ({ data: { myAccount: PATRON } }),
};

/** A saved session, as after a sign-in in an earlier visit. */
export function rememberSession(): void {
  localStorage.setItem(ACCOUNT_SESSION_KEY, TOKEN);
}
