/** How the fair's traffic spreads over its days and hours, per channel. */
import type { FairDay, FairPhase } from './calendar';

export type FairChannel = 'inbound' | 'outbound' | 'publisher' | 'buyer' | 'email' | 'letter';

/** The share of a day's traffic in each hour: the centre answers 08:00–24:00. */
const ORDINARY_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 3, 8, 11, 12, 10, 7, 9, 10, 9, 7, 5, 4, 3, 3, 2, 1];
/** Fair days: the halls open 09:00–19:00 and buyers order into the night. */
const FAIR_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 3, 7, 11, 13, 12, 9, 10, 11, 12, 12, 11, 9, 7, 5, 3, 2];

export const hourWeights = (day: FairDay) => (day.phase === 'fair' ? FAIR_HOURS : ORDINARY_HOURS);

const PHASE: Record<FairChannel, Record<FairPhase, number>> = {
  // Calls follow the staffing (times the agents at work), busier at the fair.
  inbound: { before: 1, nowruz: 0.6, registration: 1, fair: 1.5, after: 1.1 },
  outbound: { before: 1, nowruz: 0.5, registration: 1, fair: 0.7, after: 1.8 },
  // Publishers register before the fair; buyers order at it and follow their parcels after it.
  publisher: { before: 300, nowruz: 120, registration: 700, fair: 900, after: 300 },
  buyer: { before: 5, nowruz: 5, registration: 60, fair: 1_500, after: 900 },
  email: { before: 1, nowruz: 0.5, registration: 1, fair: 1, after: 1 },
  // The fair's secretariat writes on working days.
  letter: { before: 1, nowruz: 0.2, registration: 1.5, fair: 2, after: 1 },
};
const STAFFED: ReadonlySet<FairChannel> = new Set(['inbound', 'outbound', 'email']);

/** A day's weight for the channel; 0 on days the seed's figures do not count. */
export function dayWeight(channel: FairChannel, day: FairDay): number {
  if (!day.counted) return 0;
  const friday = day.friday ? (channel === 'letter' ? 0 : 0.5) : 1;
  return PHASE[channel][day.phase] * friday * (STAFFED.has(channel) ? day.agents : 1);
}

/** Of the calls wrapped up and the mail, the share from buyers (the rest from publishers). */
export const BUYER_SHARE: Record<FairPhase, number> = {
  before: 0.05,
  nowruz: 0.1,
  registration: 0.2,
  fair: 0.6,
  after: 0.7,
};
