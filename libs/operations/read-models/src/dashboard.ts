/**
 * The dashboard over a period of local days: the period's hours are added up into buckets (an
 * hour, a shift of a day, or a day) and into the period's totals; the stretches online not yet
 * ended are counted up to `now`; the backlog runs on from every hour before the period.
 */
import { hourShifts, type OperationsGranularity, type ShiftDefinition } from '@deskstream/operations-domain';
import { Accumulator, type OpenHour, type ServiceLevels, type Staffing, type Volumes } from './accumulator';
import type { OperationsFigures } from './operations-figures';
import { spreadOverHours } from './staffing-fold';
import { dayOfHour, firstHourOf } from './zone-hours';

export interface DashboardQuery {
  /** Local days `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  granularity: OperationsGranularity;
  shifts: readonly ShiftDefinition[];
  now: Date;
}

export interface DashboardBucket {
  key: string;
  day: string;
  hour: number | null;
  shift: string | null;
  start: string;
  end: string;
  volumes: Volumes;
  staffing: Staffing;
  serviceLevels: ServiceLevels;
  backlog: number;
  queuePeak: number;
}

export interface DashboardFigures {
  volumes: Volumes;
  staffing: Staffing;
  serviceLevels: ServiceLevels;
  buckets: DashboardBucket[];
  backlog: { key: string; at: string; open: number }[];
  peak: { at: string; waiting: number; agentsOnline: { id: string; name: string }[] } | null;
}

interface OpenBucket {
  key: string;
  day: number;
  hour: number | null;
  shift: string | null;
  firstHour: number;
  lastHour: number;
  sums: Accumulator;
  backlog: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function dashboardFigures(figures: OperationsFigures, query: DashboardQuery): DashboardFigures {
  const zone = figures.context.zone;
  const firstHour = firstHourOf(query.from);
  const endHour = firstHourOf(query.to) + 24;
  const now = query.now.getTime();
  const open = openHours(figures, firstHour, endHour, now);
  const shiftOfHour = hourShifts(query.shifts);

  let backlog = 0;
  for (const [hour, kept] of figures.hours) if (hour < firstHour) backlog += kept.backlogDelta;

  const period = new Accumulator();
  const buckets = new Map<string, OpenBucket>();
  for (let hour = firstHour; hour < endHour; hour++) {
    const day = Math.floor(hour / 24);
    let key: string;
    let bucketDay = day;
    let shift: string | null = null;
    if (query.granularity === 'HOUR') key = `${dayOfHour(hour)}T${String(hour % 24).padStart(2, '0')}`;
    else if (query.granularity === 'DAY') key = dayOfHour(hour);
    else {
      const place = shiftOfHour[hour % 24]!;
      bucketDay = place.previousDay ? day - 1 : day;
      shift = place.key;
      key = `${dayOfHour(bucketDay * 24)}/${shift}`;
    }
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = {
        key,
        day: bucketDay,
        hour: query.granularity === 'HOUR' ? hour % 24 : null,
        shift,
        firstHour: hour,
        lastHour: hour,
        sums: new Accumulator(),
        backlog: 0,
      };
      buckets.set(key, bucket);
    }
    const kept = figures.hours.get(hour);
    const openHour = open.get(hour);
    bucket.sums.add(kept, openHour, bucketDay);
    period.add(kept, openHour, day);
    backlog += kept?.backlogDelta ?? 0;
    bucket.backlog = backlog;
    bucket.lastHour = hour;
  }

  const serviceLevelSeconds = figures.context.definitions.serviceLevel.answerWithinSeconds;
  const shown = [...buckets.values()].filter(
    (bucket) => query.granularity !== 'SHIFT' || bucket.shift !== 'outside' || hasFigures(bucket.sums),
  );
  const result: DashboardBucket[] = shown.map((bucket) => ({
    key: bucket.key,
    day: dayOfHour(bucket.day * 24),
    hour: bucket.hour,
    shift: bucket.shift,
    start: iso(zone.startOf(bucket.firstHour)),
    end: iso(zone.startOf(bucket.lastHour + 1)),
    volumes: bucket.sums.volumeFigures(),
    staffing: bucket.sums.staffingFigures(),
    serviceLevels: bucket.sums.serviceLevelFigures(serviceLevelSeconds),
    backlog: bucket.backlog,
    queuePeak: bucket.sums.queuePeak,
  }));
  return {
    volumes: period.volumeFigures(),
    staffing: period.staffingFigures(),
    serviceLevels: period.serviceLevelFigures(serviceLevelSeconds),
    buckets: result,
    backlog: result.map((bucket) => ({ key: bucket.key, at: bucket.end, open: bucket.backlog })),
    peak: period.queuePeak > 0 ? peakOf(figures, period, now) : null,
  };
}

function hasFigures(sums: Accumulator): boolean {
  const staffing = sums.staffingFigures();
  return sums.volumeFigures().received > 0 || staffing.personHours > 0 || sums.queuePeak > 0;
}

function peakOf(figures: OperationsFigures, period: Accumulator, now: number): DashboardFigures['peak'] {
  const at = period.queuePeakAt;
  const agentsOnline = figures.staffing
    .onlineAt(at, now)
    .map((index) => figures.staffing.agent(index))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { at: iso(at), waiting: period.queuePeak, agentsOnline };
}

/** The stretches online still open, spread over the period's hours. */
function openHours(figures: OperationsFigures, firstHour: number, endHour: number, now: number): Map<number, OpenHour> {
  const zone = figures.context.zone;
  const periodStart = zone.startOf(firstHour);
  const periodEnd = zone.startOf(endHour);
  const hours = new Map<number, OpenHour>();
  for (const stretch of figures.staffing.openStretches(now)) {
    const start = Math.max(stretch.start, periodStart);
    const end = Math.min(stretch.end, periodEnd);
    if (end <= start) continue;
    spreadOverHours(figures.context, stretch.index, start, end, (hour, seconds) => {
      let kept = hours.get(hour);
      if (!kept) hours.set(hour, (kept = { seconds: 0, agents: new Set() }));
      kept.seconds += seconds;
      kept.agents.add(stretch.index);
    });
  }
  return hours;
}
