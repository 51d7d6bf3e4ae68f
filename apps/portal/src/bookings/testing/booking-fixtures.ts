import type { FakeResolver } from '@deskstream/ui/testing';
import type { BranchChoice, PatronBooking, SlotChoice, TopicChoice } from '../bookings-operations';

export const CENTRAL: BranchChoice = {
  id: 'central',
  name: { fa: 'کتابخانهٔ مرکزی', en: 'Central Library', ja: '中央図書館', vi: 'Thư viện Trung tâm' },
  timeZone: 'Asia/Tehran',
  modes: ['PHONE', 'VIDEO', 'IN_PERSON'],
  address: '1 Library Square',
};
export const TOKYO: BranchChoice = {
  id: 'tokyo',
  name: { fa: 'شعبهٔ توکیو', en: 'Tokyo Branch', ja: '東京分館', vi: 'Chi nhánh Tokyo' },
  timeZone: 'Asia/Tokyo',
  modes: ['PHONE', 'VIDEO'],
  address: '',
};
export const GENEALOGY: TopicChoice = {
  id: 'genealogy',
  name: { fa: 'شجره‌نامه', en: 'Genealogy', ja: '家系調査', vi: 'Phả hệ' },
  expertCount: 1,
};

/** 06:00 UTC on 9 Dec 2026: 9:30 in Tehran, 15:00 in Tokyo. */
export const TOKYO_SLOT: SlotChoice = {
  startsAt: '2026-12-09T06:00:00.000Z',
  endsAt: '2026-12-09T06:45:00.000Z',
  branchId: 'tokyo',
  timeZone: 'Asia/Tokyo',
  routedReason: 'NO_EXPERT_AT_BRANCH',
};

export function routedBooking(overrides: Partial<PatronBooking> = {}): PatronBooking {
  return {
    status: 'BOOKED',
    topic: GENEALOGY,
    preferredBranch: CENTRAL,
    branch: TOKYO,
    mode: 'VIDEO',
    startsAt: TOKYO_SLOT.startsAt,
    endsAt: TOKYO_SLOT.endsAt,
    timeZone: 'Asia/Tokyo',
    expertName: 'Yuki Tanaka',
    routedReason: 'NO_EXPERT_AT_BRANCH',
    waitingReason: null,
    videoLink: null,
    details: 'My grandfather came from Yazd.',
    name: 'Reza Karimi',
    email: 'reza@example.ir',
    phone: null,
    locale: 'en',
    changeableUntil: '2099-12-08T06:00:00.000Z',
    ...overrides,
  };
}

/** The api of a library whose central branch has nobody for genealogy: its free times are at Tokyo. */
export const bookingDesk: Record<string, FakeResolver> = {
  BookingChoices: () => ({ data: { bookingBranches: [CENTRAL, TOKYO], bookingTopics: [GENEALOGY] } }),
  BookingSlots: ({ topicId, preferredBranchId, mode }) => ({
    data: { bookingSlots: { topicId, preferredBranchId, mode, nobodyForTopic: false, slots: [TOKYO_SLOT] } },
  }),
  BookSession: () => ({ data: { bookSession: routedBooking() } }),
};
