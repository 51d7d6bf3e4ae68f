import type {
  BookingBranchFieldsFragment as Branch,
  BookingExpertFieldsFragment as Expert,
  BookingSessionFieldsFragment as Session,
  BookingTopicFieldsFragment as Topic,
} from '../../generated/graphql';

export const CENTRAL: Branch = {
  id: 'central',
  name: { fa: 'کتابخانهٔ مرکزی', en: 'Central Library', ja: '中央図書館', vi: 'Thư viện Trung tâm' },
  timeZone: 'Asia/Tehran',
  modes: ['PHONE', 'VIDEO', 'IN_PERSON'],
  address: '1 Library Square',
};
export const TOKYO: Branch = {
  id: 'tokyo',
  name: { fa: 'شعبهٔ توکیو', en: 'Tokyo Branch', ja: '東京分館', vi: 'Chi nhánh Tokyo' },
  timeZone: 'Asia/Tokyo',
  modes: ['PHONE', 'VIDEO'],
  address: '',
};
export const GENEALOGY: Topic = {
  id: 'genealogy',
  name: { fa: 'شجره‌نامه', en: 'Genealogy', ja: '家系調査', vi: 'Phả hệ' },
  expertCount: 2,
};
export const YUKI: Expert = {
  id: 'yuki',
  displayName: 'Yuki Tanaka',
  branch: { id: 'tokyo' },
  topics: [{ id: 'genealogy' }],
  weekly: [{ weekday: 3, start: '09:00', end: '17:00' }],
  absences: [],
  active: true,
};
export const KEN: Expert = { ...YUKI, id: 'ken', displayName: 'Ken Sato' };

/** Today at the given UTC hour (so it is on the grid whatever the test's date). */
export function todayAt(hour: number): string {
  const date = new Date();
  date.setHours(hour, 0, 0, 0);
  return date.toISOString();
}

export function session(overrides: Partial<Session> = {}): Session {
  return {
    id: 'booking-1',
    status: 'BOOKED',
    topic: GENEALOGY,
    branch: TOKYO,
    preferredBranch: CENTRAL,
    routedReason: 'NO_EXPERT_AT_BRANCH',
    expertId: 'yuki',
    expertName: 'Yuki Tanaka',
    mode: 'VIDEO',
    startsAt: todayAt(10),
    endsAt: todayAt(11),
    timeZone: 'Asia/Tokyo',
    day: '2026-12-09',
    details: 'My grandfather came from Yazd.',
    patronName: 'Reza Karimi',
    email: 'reza@example.ir',
    phone: null,
    locale: 'fa',
    videoLink: null,
    requestId: null,
    bookedAt: '2026-12-01T08:00:00.000Z',
    cancelledAt: null,
    moves: 0,
    ...overrides,
  };
}
