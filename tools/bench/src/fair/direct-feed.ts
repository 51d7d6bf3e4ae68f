/**
 * Operations' read model fed straight from a planned fair (no store, no commands): how long the
 * fold takes, and how long each dashboard view takes over it, as the api's resolver asks for it.
 * For the full fair, which the command path cannot play in a session on this machine.
 */
import { OperationsReadModel } from '@deskstream/operations-read-models';
import type { OperationsGranularity } from '@deskstream/operations-domain';
import { nowMs, percentile, round } from '../stats';
import { FAIR_DATES, FAIR_TIME_ZONE } from './calendar';
import type { FairDashboard } from './dashboard-check';
import { directEvents } from './direct-events';
import type { FairPlan } from './plan';

export interface FedReadModel {
  readModel: OperationsReadModel;
  events: number;
  foldSeconds: number;
  eventsPerSecond: number;
}

export function feedReadModel(plan: FairPlan): FedReadModel {
  const readModel = new OperationsReadModel({ timeZone: FAIR_TIME_ZONE });
  const started = nowMs();
  let events = 0;
  for (const event of directEvents(plan)) {
    readModel.figures.apply(event as Parameters<typeof readModel.figures.apply>[0]);
    events++;
  }
  const foldSeconds = (nowMs() - started) / 1000;
  return { readModel, events, foldSeconds: round(foldSeconds, 2), eventsPerSecond: Math.round(events / foldSeconds) };
}

export const dashboardOf = (
  readModel: OperationsReadModel,
  from: string,
  to: string,
  granularity: OperationsGranularity,
) =>
  readModel.dashboard({
    from,
    to,
    granularity,
    now: new Date(Date.parse(`${to}T23:59:59Z`)),
  }) as unknown as FairDashboard;

/** The views a supervisor opens: the whole period by day and by shift, the fair by hour and by day, one day by hour. */
export function fairViews(
  plan: FairPlan,
): { name: string; from: string; to: string; granularity: OperationsGranularity }[] {
  const whole = { from: plan.days[0]!.date, to: plan.to };
  return [
    { name: 'whole period by day', ...whole, granularity: 'DAY' },
    { name: 'whole period by shift', ...whole, granularity: 'SHIFT' },
    { name: 'the fair by hour', from: FAIR_DATES.fair.from, to: FAIR_DATES.fair.to, granularity: 'HOUR' },
    { name: 'the fair by day', from: FAIR_DATES.fair.from, to: FAIR_DATES.fair.to, granularity: 'DAY' },
    { name: 'its busiest day by hour', from: '2025-05-09', to: '2025-05-09', granularity: 'HOUR' },
  ];
}

/**
 * What a GraphQL query of the dashboard reads (the read model works bucket figures out only when
 * read): the period's figures and every bucket's volumes, staffing and backlog.
 */
export function readAsTheConsoleDoes(dashboard: FairDashboard): number {
  let sum = dashboard.volumes.received + dashboard.staffing.personHours + dashboard.serviceLevels.callsOffered;
  for (const bucket of dashboard.buckets) {
    for (const volume of bucket.volumes.byChannel) sum += volume.received;
    sum += bucket.staffing.agentsOnline + bucket.staffing.personDays + bucket.backlog + bucket.queuePeak;
  }
  return sum;
}

/**
 * Each view once to fill the read model's day sums, then `iterations` times, one after another:
 * wall-clock ms p50, p99 and max, and this process's CPU ms per view (on a shared machine the
 * steadier figure: the wall clock also counts the wait for a CPU).
 */
export function timeViews(readModel: OperationsReadModel, plan: FairPlan, iterations: number) {
  return fairViews(plan).map((view) => {
    const samples: number[] = [];
    const cpu: number[] = [];
    readAsTheConsoleDoes(dashboardOf(readModel, view.from, view.to, view.granularity));
    for (let i = 0; i < iterations; i++) {
      const started = nowMs();
      const cpuBefore = process.cpuUsage();
      readAsTheConsoleDoes(dashboardOf(readModel, view.from, view.to, view.granularity));
      const used = process.cpuUsage(cpuBefore);
      samples.push(nowMs() - started);
      cpu.push((used.user + used.system) / 1000);
    }
    samples.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    return {
      view: view.name,
      cpuP50: round(percentile(cpu, 50), 2),
      cpuP99: round(percentile(cpu, 99), 2),
      p50: round(percentile(samples, 50), 2),
      p99: round(percentile(samples, 99), 2),
      max: round(samples.at(-1)!, 2),
    };
  });
}
