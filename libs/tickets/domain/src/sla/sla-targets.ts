/**
 * A ticket's SLA targets from its history, pure: first response (from opening to the first
 * reply), next response (from the requester's first message after a reply to the next reply)
 * and resolution (from opening to solved or closed). The clocks count business time on the
 * policy's calendar and stop while the ticket waits for the customer or is on hold (resolution
 * also while solved or closed). What depends on the clock (running or breached, minutes left) is
 * left to `targetsAt`, so the rest can be kept until the history or the policy changes.
 */
import type { SlaPolicy } from '../ticket-settings-events';
import type { SlaMetric, TicketStatus } from '../tickets-events';
import { addBusinessMinutes, businessMinutesBetween, type CalendarHours } from './business-time';

export type SlaMoment =
  { at: string; kind: 'message' } | { at: string; kind: 'reply' } | { at: string; kind: 'status'; to: TicketStatus };

/** A target as the history settles it, before `now` is known. */
export interface SlaTargetTrack {
  metric: SlaMetric;
  /** Running now: when it falls due (ms); null while paused, settled, or with no working time ahead. */
  dueAt: number | null;
  paused: boolean;
  /** Settled: met at, or breached at (the due instant that passed). */
  metAt: number | null;
  breachedAt: number | null;
}

const PAUSING: ReadonlySet<TicketStatus> = new Set(['WAITING_FOR_CUSTOMER', 'ON_HOLD']);
const RESOLVED: ReadonlySet<TicketStatus> = new Set(['SOLVED', 'CLOSED']);

/** One clock: runs from `start` to `stop` while the ticket's status lets it. */
function track(
  metric: SlaMetric,
  minutes: number,
  start: number,
  stop: number | null,
  statuses: { at: number; to: TicketStatus }[],
  stopsWhile: (status: TicketStatus) => boolean,
  calendar: CalendarHours,
): SlaTargetTrack {
  let status: TicketStatus = 'NEW';
  for (const change of statuses) if (change.at <= start) status = change.to;
  let elapsed = 0;
  let runningSince: number | null = stopsWhile(status) ? null : start;
  const end = stop ?? Number.POSITIVE_INFINITY;
  const settleSegment = (until: number): SlaTargetTrack | null => {
    if (runningSince === null) return null;
    const due = addBusinessMinutes(runningSince, minutes - elapsed, calendar);
    if (due !== null && due < until) return { metric, dueAt: null, paused: false, metAt: null, breachedAt: due };
    elapsed += businessMinutesBetween(runningSince, until, calendar);
    return null;
  };
  for (const change of statuses) {
    if (change.at <= start) continue;
    if (change.at >= end) break;
    const stops = stopsWhile(change.to);
    if (stops && runningSince !== null) {
      const breached = settleSegment(change.at);
      if (breached) return breached;
      runningSince = null;
    } else if (!stops && runningSince === null) runningSince = change.at;
  }
  if (stop !== null) {
    const breached = settleSegment(stop);
    return breached ?? { metric, dueAt: null, paused: false, metAt: stop, breachedAt: null };
  }
  if (runningSince === null) return { metric, dueAt: null, paused: true, metAt: null, breachedAt: null };
  return {
    metric,
    dueAt: addBusinessMinutes(runningSince, minutes - elapsed, calendar),
    paused: false,
    metAt: null,
    breachedAt: null,
  };
}

/** Every target the policy sets, with earlier next-response cycles' breaches first (for the timeline). */
export function slaTracks(
  openedAt: string,
  moments: readonly SlaMoment[],
  policy: Pick<SlaPolicy, 'firstResponseMinutes' | 'nextResponseMinutes' | 'resolutionMinutes'>,
  calendar: CalendarHours,
): { targets: SlaTargetTrack[]; earlierBreaches: SlaTargetTrack[] } {
  const opened = Date.parse(openedAt);
  const statuses = moments.flatMap((moment) =>
    moment.kind === 'status' ? [{ at: Date.parse(moment.at), to: moment.to }] : [],
  );
  const replies = moments.filter((moment) => moment.kind === 'reply').map((moment) => Date.parse(moment.at));
  const targets: SlaTargetTrack[] = [];
  const earlierBreaches: SlaTargetTrack[] = [];
  const responseStops = (status: TicketStatus) => PAUSING.has(status) || RESOLVED.has(status);
  if (policy.firstResponseMinutes !== null)
    targets.push(
      track(
        'FIRST_RESPONSE',
        policy.firstResponseMinutes,
        opened,
        replies[0] ?? null,
        statuses,
        responseStops,
        calendar,
      ),
    );
  if (policy.nextResponseMinutes !== null && replies.length > 0) {
    // Cycles: the requester's first message after a reply, to the next reply.
    const cycles: { start: number; stop: number | null }[] = [];
    let awaiting: number | null = null;
    let replied = false;
    for (const moment of moments) {
      const at = Date.parse(moment.at);
      if (moment.kind === 'reply') {
        if (awaiting !== null) cycles.push({ start: awaiting, stop: at });
        awaiting = null;
        replied = true;
      } else if (moment.kind === 'message' && replied && awaiting === null) awaiting = at;
    }
    if (awaiting !== null) cycles.push({ start: awaiting, stop: null });
    const tracked = cycles.map((cycle) =>
      track('NEXT_RESPONSE', policy.nextResponseMinutes!, cycle.start, cycle.stop, statuses, responseStops, calendar),
    );
    const last = tracked.pop();
    earlierBreaches.push(...tracked.filter((cycle) => cycle.breachedAt !== null));
    if (last) targets.push(last);
  }
  if (policy.resolutionMinutes !== null) {
    const last = statuses[statuses.length - 1];
    const resolvedAt = last && RESOLVED.has(last.to) ? last.at : null;
    targets.push(
      track(
        'RESOLUTION',
        policy.resolutionMinutes,
        opened,
        resolvedAt,
        statuses,
        (status) => PAUSING.has(status) || RESOLVED.has(status),
        calendar,
      ),
    );
  }
  return { targets, earlierBreaches };
}

export type SlaTargetState = 'RUNNING' | 'PAUSED' | 'MET' | 'BREACHED';

export interface SlaTargetView {
  metric: SlaMetric;
  state: SlaTargetState;
  dueAt: string | null;
  settledAt: string | null;
  businessMinutesLeft: number | null;
}

/** The targets as they stand at `now`. */
export function targetsAt(tracks: readonly SlaTargetTrack[], now: number, calendar: CalendarHours): SlaTargetView[] {
  return tracks.map((target) => {
    const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString());
    if (target.metAt !== null)
      return {
        metric: target.metric,
        state: 'MET',
        dueAt: null,
        settledAt: iso(target.metAt),
        businessMinutesLeft: null,
      };
    if (target.breachedAt !== null)
      return {
        metric: target.metric,
        state: 'BREACHED',
        dueAt: iso(target.breachedAt),
        settledAt: iso(target.breachedAt),
        businessMinutesLeft: null,
      };
    if (target.paused || target.dueAt === null)
      return { metric: target.metric, state: 'PAUSED', dueAt: null, settledAt: null, businessMinutesLeft: null };
    const left =
      target.dueAt >= now
        ? businessMinutesBetween(now, target.dueAt, calendar)
        : -businessMinutesBetween(target.dueAt, now, calendar);
    return {
      metric: target.metric,
      state: target.dueAt <= now ? 'BREACHED' : 'RUNNING',
      dueAt: iso(target.dueAt),
      settledAt: target.dueAt <= now ? iso(target.dueAt) : null,
      businessMinutesLeft: Math.round(left),
    };
  });
}
