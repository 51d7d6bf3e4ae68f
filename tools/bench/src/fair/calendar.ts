/**
 * Seed 004's calendar: the 36th Tehran book fair's contact centre, counted in the organisation's
 * zone (Asia/Tehran, +03:30 all year since 2022). It opened on 18 Esfand 1403 (8 March 2025) with
 * seven agents; its figures count from 20 Esfand (10 March) to 4 Khordad 1404 (25 May 2025). The
 * fair itself ran 17–27 Ordibehesht 1404 (7–17 May 2025), the centre at 52 agents over two shifts
 * (08:00–24:00), and ten days later it still had 25. Staffing day by day sums to the seed's 1,516
 * person-days.
 */

export const FAIR_TIME_ZONE = 'Asia/Tehran';
const TEHRAN_OFFSET_MS = 3.5 * 3_600_000;
const DAY_MS = 86_400_000;

export const FAIR_DATES = {
  /** The centre's first day (18 Esfand 1403). */
  opened: '2025-03-08',
  /** The first day the seed's figures count (20 Esfand 1403). */
  countedFrom: '2025-03-10',
  /** Nowruz: 30 Esfand 1403 to 13 Farvardin 1404, the country on holiday. */
  nowruz: { from: '2025-03-20', to: '2025-04-02' },
  /** The fair: 17–27 Ordibehesht 1404. */
  fair: { from: '2025-05-07', to: '2025-05-17' },
  /** The report's last day (4 Khordad 1404). */
  last: '2025-05-25',
} as const;

export const SEED_004_STAFFING = { personDays: 1_516, personHours: 15_160, first: 7, peak: 52, afterFair: 25 } as const;

export type FairPhase = 'before' | 'nowruz' | 'registration' | 'fair' | 'after';

export interface FairDay {
  /** The day in the organisation's zone, YYYY-MM-DD. */
  date: string;
  /** 0 on the centre's first day. */
  index: number;
  phase: FairPhase;
  /** Friday, the weekend in Iran. */
  friday: boolean;
  /** Agents at work that day. */
  agents: number;
  /** Whether the seed's figures count the day's traffic. */
  counted: boolean;
}

/** The instant of a wall-clock time in Tehran (hour 24 is the next midnight). */
export function tehranInstant(date: string, hour: number, minute = 0, second = 0): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, hour, minute, second) - TEHRAN_OFFSET_MS;
}

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

function phaseOf(date: string): FairPhase {
  if (date < FAIR_DATES.nowruz.from) return 'before';
  if (date <= FAIR_DATES.nowruz.to) return 'nowruz';
  if (date < FAIR_DATES.fair.from) return 'registration';
  if (date <= FAIR_DATES.fair.to) return 'fair';
  return 'after';
}

/**
 * Agents per day: seven until the hiring starts after Nowruz, a late and steep climb to 52 for
 * the fair, then down to 25 by the last day; the climb takes whatever makes the whole 1,516.
 */
function staffing(phases: FairPhase[]): number[] {
  const { first, peak, afterFair, personDays } = SEED_004_STAFFING;
  const agents = phases.map((phase): number =>
    phase === 'before' || phase === 'nowruz' ? first : phase === 'fair' ? peak : 0,
  );
  const after = phases.flatMap((phase, i) => (phase === 'after' ? [i] : []));
  after.forEach((day, k) => {
    agents[day] = Math.round(peak - 3 - ((peak - 3 - afterFair) * k) / Math.max(1, after.length - 1));
  });
  const climb = phases.flatMap((phase, i) => (phase === 'registration' ? [i] : []));
  const fixed = agents.reduce((sum, n) => sum + n, 0);
  // Above the first seven, shared out along a steep curve (the hires come in the last weeks).
  const extra = personDays - fixed - first * climb.length;
  const shares = apportion(
    extra,
    climb.map((_, k) => ((k + 1) / climb.length) ** 5),
  );
  climb.forEach((day, k) => (agents[day] = first + shares[k]!));
  return agents;
}

/**
 * Splits a whole number over weights so the parts are whole and sum to it exactly (largest
 * remainder; ties to the earlier part).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  if (total === 0 || sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, n) => a + n, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    parts[i]! += 1;
  }
  return parts;
}

/** Every day of the centre from its opening to the report's last day. */
export function fairDays(): FairDay[] {
  const count = daysBetween(FAIR_DATES.opened, FAIR_DATES.last) + 1;
  const dates = Array.from({ length: count }, (_, i) => addDays(FAIR_DATES.opened, i));
  const phases = dates.map(phaseOf);
  const agents = staffing(phases);
  return dates.map((date, index) => ({
    date,
    index,
    phase: phases[index]!,
    friday: new Date(`${date}T12:00:00Z`).getUTCDay() === 5,
    agents: agents[index]!,
    counted: date >= FAIR_DATES.countedFrom,
  }));
}
