/**
 * The dashboard against the generator: the figures the fair's plan says the dashboard must show
 * (per channel received and answered, tickets and calls by requester type, inbound calls offered,
 * answered and abandoned, person-days and person-hours, and each day's volumes), and every
 * figure that differs. Asked over the centre's whole calendar (staffing starts two days before
 * the traffic is counted).
 */
import type { FairPlan } from './plan';

export const FAIR_DASHBOARD_QUERY = `query ($from: String!, $to: String!, $granularity: OperationsGranularity) {
  operationsDashboard(filter: { from: $from, to: $to, granularity: $granularity }) {
    volumes { received answered byChannel { channel received answered } matrix { channel requesterType received answered } }
    staffing { agentsOnline personHours personDays handlingHours occupancy }
    serviceLevels { callsOffered callsAnswered callsAbandoned answerRate serviceLevel averageWaitSeconds p90WaitSeconds
      firstResponse { count averageMinutes } resolution { count averageMinutes } }
    buckets { key day volumes { byChannel { channel received } } staffing { agentsOnline personDays } backlog queuePeak }
    peak { at waiting agentsOnline { id } }
  }
}`;

interface Volume {
  received: number;
  answered: number;
}
export interface FairDashboard {
  volumes: Volume & {
    byChannel: (Volume & { channel: string })[];
    matrix: (Volume & { channel: string; requesterType: string })[];
  };
  staffing: {
    agentsOnline: number;
    personHours: number;
    personDays: number;
    handlingHours: number;
    occupancy: number | null;
  };
  serviceLevels: { callsOffered: number; callsAnswered: number; callsAbandoned: number } & Record<string, unknown>;
  buckets: {
    key: string;
    day: string;
    volumes: { byChannel: { channel: string; received: number }[] };
    staffing: { agentsOnline: number; personDays: number };
    backlog: number;
    queuePeak: number;
  }[];
  peak: { at: string; waiting: number; agentsOnline: { id: string }[] } | null;
}

export const dashboardPeriod = (plan: FairPlan) => ({ from: plan.days[0]!.date, to: plan.to });

export interface Mismatch {
  figure: string;
  expected: number;
  actual: number | undefined;
}

/** Every figure the plan fixes, by name. */
export function expectedFigures(plan: FairPlan): Map<string, number> {
  const c = plan.counts;
  const wrapped = c.callsWrappedUp.publisher + c.callsWrappedUp.buyer;
  const expected = new Map<string, number>([
    ['INBOUND_CALL received', c.inboundCalls],
    ['INBOUND_CALL answered', c.answeredInbound],
    ['OUTBOUND_CALL received', c.outboundCalls],
    ['OUTBOUND_CALL answered', c.answeredOutbound],
    ['TICKET received', c.publisherTickets + c.buyerTickets],
    ['TICKET answered', c.webFormsAnswered],
    ['EMAIL received', c.emailsAnswered + c.emailsUnanswered],
    ['EMAIL answered', c.emailsAnswered],
    ['LETTER received', c.letters],
    ['TICKET × publisher received', c.publisherTickets],
    ['TICKET × buyer received', c.buyerTickets],
    ['INBOUND_CALL × publisher received', c.callsWrappedUp.publisher],
    ['INBOUND_CALL × buyer received', c.callsWrappedUp.buyer],
    ['INBOUND_CALL × unknown received', c.inboundCalls - wrapped],
    ['calls offered', c.inboundCalls],
    ['calls answered', c.answeredInbound],
    ['calls abandoned', c.abandonedInbound],
    ['person-days', c.personDays],
    // The dashboard gives hours to two decimals.
    ['person-hours', Math.round(c.personHours * 100) / 100],
  ]);
  for (const day of plan.perDay) {
    expected.set(`${day.date} INBOUND_CALL`, day.inbound);
    expected.set(`${day.date} OUTBOUND_CALL`, day.outbound);
    expected.set(`${day.date} TICKET`, day.publisher + day.buyer);
    expected.set(`${day.date} LETTER`, day.letter);
    expected.set(`${day.date} person-days`, day.agents);
  }
  return expected;
}

/** The same figures as the dashboard shows them. */
export function dashboardFigures(dashboard: FairDashboard): Map<string, number> {
  const shown = new Map<string, number>();
  for (const { channel, received, answered } of dashboard.volumes.byChannel) {
    shown.set(`${channel} received`, received);
    shown.set(`${channel} answered`, answered);
  }
  for (const { channel, requesterType, received } of dashboard.volumes.matrix)
    shown.set(`${channel} × ${requesterType} received`, received);
  shown.set('calls offered', dashboard.serviceLevels.callsOffered);
  shown.set('calls answered', dashboard.serviceLevels.callsAnswered);
  shown.set('calls abandoned', dashboard.serviceLevels.callsAbandoned);
  shown.set('person-days', dashboard.staffing.personDays);
  shown.set('person-hours', Math.round(dashboard.staffing.personHours * 100) / 100);
  for (const bucket of dashboard.buckets) {
    for (const { channel, received } of bucket.volumes.byChannel) shown.set(`${bucket.day} ${channel}`, received);
    shown.set(`${bucket.day} person-days`, bucket.staffing.personDays);
  }
  return shown;
}

export function mismatches(plan: FairPlan, dashboard: FairDashboard): Mismatch[] {
  const shown = dashboardFigures(dashboard);
  return [...expectedFigures(plan)]
    .filter(([figure, expected]) => (shown.get(figure) ?? 0) !== expected)
    .map(([figure, expected]) => ({ figure, expected, actual: shown.get(figure) }));
}
