/** Test support for Book a Librarian: the api on a fake clock, the demo's ids, and the booking calls. */
import { randomBytes } from 'node:crypto';
import type { TestApi } from './harness';

/** A Monday; the demo's experts: Sara (Tehran), Minh (Los Angeles), Yuki (Tokyo). */
export const START = Date.parse('2026-03-02T00:00:00Z');
export const SARA = '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0002';
export const MINH = '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0003';
export const YUKI = '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0004';

/** Flood limits no test reaches (the limits have their own test). */
export const ROOMY = {
  book: { max: 10_000, windowMs: 60_000 },
  slots: { max: 10_000, windowMs: 60_000 },
  link: { max: 10_000, windowMs: 60_000 },
};

/** A clock the test moves. */
export function fakeClock(start = START) {
  let nowMs = start;
  return {
    now: () => new Date(nowMs),
    set: (iso: string) => (nowMs = Date.parse(iso)),
  };
}

export const newToken = () => randomBytes(16).toString('base64url');

export const PATRON_BOOKING = `status topic { id } preferredBranch { id } branch { id } mode startsAt endsAt timeZone
  expertName routedReason waitingReason videoLink details name email phone locale changeableUntil`;

export const BOOK = `mutation ($input: BookSessionInput!) { bookSession(input: $input) { ${PATRON_BOOKING} } }`;
export const SLOTS = `query ($t: ID!, $b: ID!, $m: BookingMode!, $from: String, $days: Int) {
  bookingSlots(topicId: $t, preferredBranchId: $b, mode: $m, from: $from, days: $days) {
    nobodyForTopic slots { startsAt endsAt branchId timeZone routedReason } } }`;
export const SESSIONS = `query ($from: String!, $to: String!, $b: ID, $e: ID) {
  bookingSessions(from: $from, to: $to, branchId: $b, expertId: $e) {
    id status expertId expertName startsAt day routedReason moves branch { id } topic { id } email phone videoLink } }`;

export interface BookingInput {
  topicId: string;
  preferredBranchId: string;
  mode: 'PHONE' | 'VIDEO' | 'IN_PERSON';
  startsAt?: string | null;
  email?: string | null;
  phone?: string | null;
  details?: string;
  locale?: string;
  timeZone?: string | null;
  name?: string | null;
  preferredTimes?: string;
  linkToken?: string;
  commandId?: string;
}

export function bookingInput(input: BookingInput) {
  return {
    details: 'Help, please',
    locale: 'en',
    email: 'patron@example.org',
    linkToken: newToken(),
    commandId: `book-${randomBytes(6).toString('hex')}`,
    ...input,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function book(api: TestApi, input: BookingInput): Promise<{ data?: any; errors?: any[]; token: string }> {
  const full = bookingInput(input);
  const result = await api.gql(BOOK, { input: full });
  return { data: result.data?.bookSession, errors: result.errors, token: full.linkToken };
}
