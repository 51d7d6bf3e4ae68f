/**
 * The dashboard over a period of local days: the period's hours are added up into buckets (an
 * hour, a shift of a day, or a day) and into the period's totals; the stretches online not yet
 * ended are counted up to `now`; the backlog runs on from every hour before the period.
 */
import {
  OUTSIDE_SHIFTS,
  hourShifts,
  type OperationsGranularity,
  type ShiftDefinition,
} from '@deskstream/operations-domain';
import { Accumulator, type OpenHour } from './accumulator';
import type { ServiceLevels, Staffing, Volumes } from './figure-shapes';
import { AgentSet } from './agent-set';
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
  day: number;
  hour: number | null;
  shift: string | null;
  /** Its runs of consecutive hours (the hours outside shifts may make two a day). */
  runs: [number, number][];
  lastHour: number;
  backlog: number;
}

const iso = (ms: number) => new Date(ms).toISOString();
const hourKey = (hour: number) => `${dayOfHour(hour)}T${String(hour % 24).padStart(2, '0')}`;

export function dashboardFigures(figures: OperationsFigures, query: DashboardQuery): DashboardFigures {
  const zone = figures.context.zone;
  const firstHour = firstHourOf(query.from);
  const endHour = firstHourOf(query.to) + 24;
  const now = query.now.getTime();
  const open = openHours(figures, firstHour, endHour, now);
  const segments = figures.segments;

  let backlog = 0;
  for (const [hour, kept] of figures.hours) if (hour < firstHour) backlog += kept.backlogDelta;
  const buckets = bucketsOf(query, firstHour, endHour);
  for (let hour = firstHour; hour < endHour; hour++) {
    backlog += figures.hours.get(hour)?.backlogDelta ?? 0;
    buckets.byHour[hour - firstHour]!.backlog = backlog;
  }

  // The period: its days' kept sums, and the stretches online still open.
  const period = new Accumulator();
  for (let first = firstHour; first < endHour; first += 24)
    period.addSums(segments.sums(first, first + 23, first / 24));
  for (const [hour, openHour] of open) period.add(undefined, openHour, Math.floor(hour / 24));

  const serviceLevelSeconds = figures.context.definitions.serviceLevel.answerWithinSeconds;
  const keys = figures.context.table.volumeKeys;
  const result: DashboardBucket[] = [];
  for (const bucket of buckets.inOrder) {
    const sums = new Accumulator();
    for (const [first, last] of bucket.runs) {
      if (first === last) sums.add(figures.hours.get(first), undefined, bucket.day);
      else sums.addSums(segments.sums(first, last, bucket.day));
      if (open.size > 0) for (let hour = first; hour <= last; hour++) sums.add(undefined, open.get(hour), bucket.day);
    }
    if (bucket.shift === OUTSIDE_SHIFTS && !sums.touched) continue;
    const day = dayOfHour(bucket.day * 24);
    const first = bucket.runs[0]![0];
    const key = query.granularity === 'HOUR' ? hourKey(first) : bucket.shift ? `${day}/${bucket.shift}` : day;
    result.push(
      lazyFigures(keys, sums, serviceLevelSeconds, {
        key,
        day,
        hour: bucket.hour,
        shift: bucket.shift,
        start: iso(zone.startOf(first)),
        end: iso(zone.startOf(bucket.lastHour + 1)),
        backlog: bucket.backlog,
        queuePeak: sums.queuePeak,
      }),
    );
  }
  return lazyFigures(keys, period, serviceLevelSeconds, {
    buckets: result,
    backlog: result.map((bucket) => ({ key: bucket.key, at: bucket.end, open: bucket.backlog })),
    peak: period.queuePeak > 0 ? peakOf(figures, period, now) : null,
  });
}

/** The period's buckets in the order they begin, and the bucket of each hour. */
function bucketsOf(query: DashboardQuery, firstHour: number, endHour: number) {
  const shiftOfHour = hourShifts(query.shifts);
  const shiftIndex = new Map([...new Set(shiftOfHour.map((place) => place.key))].map((key, index) => [key, index]));
  const byId = new Map<number, OpenBucket>();
  const byHour: OpenBucket[] = [];
  for (let hour = firstHour; hour < endHour; hour++) {
    const day = Math.floor(hour / 24);
    let id = hour;
    let bucketDay = day;
    let shift: string | null = null;
    if (query.granularity === 'DAY') id = day;
    else if (query.granularity === 'SHIFT') {
      const place = shiftOfHour[hour % 24]!;
      bucketDay = place.previousDay ? day - 1 : day;
      shift = place.key;
      id = bucketDay * 32 + shiftIndex.get(place.key)!;
    }
    let bucket = byId.get(id);
    if (!bucket) {
      bucket = {
        day: bucketDay,
        hour: query.granularity === 'HOUR' ? hour % 24 : null,
        shift,
        runs: [],
        lastHour: hour,
        backlog: 0,
      };
      byId.set(id, bucket);
    }
    const run = bucket.runs[bucket.runs.length - 1];
    if (run && run[1] === hour - 1) run[1] = hour;
    else bucket.runs.push([hour, hour]);
    bucket.lastHour = hour;
    byHour.push(bucket);
  }
  return { inOrder: [...byId.values()], byHour };
}

/** The figures of a bucket or period, each worked out when first read (GraphQL reads only what was asked). */
function lazyFigures<T extends object>(
  keys: readonly string[],
  sums: Accumulator,
  serviceLevelSeconds: number,
  fields: T,
): T & Pick<DashboardBucket, 'volumes' | 'staffing' | 'serviceLevels'> {
  let volumes: Volumes | undefined;
  let staffing: Staffing | undefined;
  let serviceLevels: ServiceLevels | undefined;
  return Object.defineProperties(fields, {
    volumes: { enumerable: true, get: () => (volumes ??= sums.volumeFigures(keys)) },
    staffing: { enumerable: true, get: () => (staffing ??= sums.staffingFigures()) },
    serviceLevels: { enumerable: true, get: () => (serviceLevels ??= sums.serviceLevelFigures(serviceLevelSeconds)) },
  }) as T & Pick<DashboardBucket, 'volumes' | 'staffing' | 'serviceLevels'>;
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
      if (!kept) hours.set(hour, (kept = { seconds: 0, agents: new AgentSet() }));
      kept.seconds += seconds;
      kept.agents.add(stretch.index);
    });
  }
  return hours;
}
