/** The api's answers for the desk's patron pages: a patron with card 01234567, locked, with a bounced notice. */
import type { PatronFoundFieldsFragment, PatronAccountFieldsFragment } from '../../generated/graphql';

export const CARD = '01234567';

export function foundPatron(overrides: Partial<PatronFoundFieldsFragment> = {}): PatronFoundFieldsFragment {
  return {
    id: 'patron-1',
    kind: 'PATRON',
    erased: false,
    name: 'Hana Sato',
    cardNumber: CARD,
    email: 'hana@hotmail.example',
    lockedUntil: null,
    ...overrides,
  };
}

export function patronAccount(overrides: Partial<PatronAccountFieldsFragment> = {}): PatronAccountFieldsFragment {
  return {
    ...foundPatron(),
    phone: '0921234567',
    registeredAt: '2025-04-01T09:00:00.000Z',
    failedSignInsInRow: 0,
    hasPassword: true,
    preferences: {
      contact: [
        { kind: 'RESERVATION_READY', method: 'EMAIL' },
        { kind: 'LOAN_DUE', method: 'NONE' },
      ],
      pickUpBranch: {
        id: 'central',
        name: { fa: 'کتابخانهٔ مرکزی', en: 'Central Library', ja: '中央図書館', vi: 'Thư viện Trung tâm' },
      },
    },
    notices: [
      {
        id: 'notice-1',
        kind: 'RESERVATION_READY',
        subject: 'Your reservation is ready',
        method: 'EMAIL',
        delivery: 'BOUNCED',
        at: '2026-12-05T09:00:00.000Z',
        deliveredAt: null,
        problem: '550 5.7.1 Message rejected by recipient policy',
      },
      {
        id: 'notice-2',
        kind: 'ticket-reply',
        subject: 'Re: my card',
        method: 'EMAIL',
        delivery: 'DELIVERED',
        at: '2026-12-04T09:00:00.000Z',
        deliveredAt: '2026-12-04T09:00:03.000Z',
        problem: null,
      },
    ],
    reservations: [],
    loans: [],
    ...overrides,
  };
}
