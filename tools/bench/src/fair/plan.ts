/**
 * The whole fair as one time-ordered list of actions, deterministic from a seed, at a scale: at
 * scale 1 exactly the seed's totals (86,178 inbound and 24,296 outbound calls, 34,859 publishers'
 * and 27,074 buyers' tickets, 2,748 mails answered, 396 letters) and its 1,516 person-days; at a
 * smaller scale each total rounded (at least one), staffing likewise. The counts the dashboard
 * must show are counted from the actions themselves.
 */
import { SEED_004 } from '../calls/call-traffic';
import type { FairAction } from './actions';
import { apportion, fairDays, tehranInstant, type FairDay } from './calendar';
import { planDayCalls } from './plan-calls';
import { planDayTickets } from './plan-tickets';
import { dayWeight, type FairChannel } from './profile';
import { rng } from './random';
import { personHoursOf, sessionsOf, type AgentSession } from './shifts';

export const SEED_004_TOTALS: Record<FairChannel, number> = {
  inbound: SEED_004.inbound,
  outbound: SEED_004.outbound,
  publisher: 34_859,
  buyer: 27_074,
  email: 2_748,
  letter: 396,
};
/** Mail that comes in and is never answered, beside the answered (a tenth as much). */
const UNANSWERED_MAIL_SHARE = 0.1;

export interface FairCounts {
  inboundCalls: number;
  outboundCalls: number;
  /** Inbound calls an agent answered, and those the caller gave up on. */
  answeredInbound: number;
  abandonedInbound: number;
  answeredOutbound: number;
  callsWrappedUp: { publisher: number; buyer: number };
  publisherTickets: number;
  buyerTickets: number;
  webFormsAnswered: number;
  emailsAnswered: number;
  emailsUnanswered: number;
  letters: number;
  personDays: number;
  personHours: number;
  sessions: number;
}

export interface FairDayCounts {
  date: string;
  agents: number;
  inbound: number;
  outbound: number;
  publisher: number;
  buyer: number;
  email: number;
  letter: number;
}

export interface FairPlan {
  scale: number;
  seed: number;
  days: FairDay[];
  from: string;
  to: string;
  start: number;
  actions: FairAction[];
  sessions: AgentSession[];
  counts: FairCounts;
  perDay: FairDayCounts[];
}

export const scaled = (total: number, scale: number) =>
  scale >= 1 ? total : total === 0 ? 0 : Math.max(1, Math.round(total * scale));

/** Each channel's scaled total split over the days by the channel's profile: whole numbers that sum exactly. */
export function dailyCounts(days: FairDay[], scale: number) {
  const split = (channel: FairChannel, total: number) =>
    apportion(
      total,
      days.map((day) => dayWeight(channel, day)),
    );
  const emailAnswered = scaled(SEED_004_TOTALS.email, scale);
  return {
    inbound: split('inbound', scaled(SEED_004_TOTALS.inbound, scale)),
    outbound: split('outbound', scaled(SEED_004_TOTALS.outbound, scale)),
    publisher: split('publisher', scaled(SEED_004_TOTALS.publisher, scale)),
    buyer: split('buyer', scaled(SEED_004_TOTALS.buyer, scale)),
    emailAnswered: split('email', emailAnswered),
    emailUnanswered: split('email', Math.floor(emailAnswered * UNANSWERED_MAIL_SHARE)),
    letter: split('letter', scaled(SEED_004_TOTALS.letter, scale)),
  };
}

export function planFair({ scale = 1, seed = 4 }: { scale?: number; seed?: number } = {}): FairPlan {
  if (!(scale > 0 && scale <= 1)) throw new Error('the scale is a number above 0 and at most 1');
  const random = rng(seed);
  const days = fairDays();
  const byDay = dailyCounts(days, scale);
  const sessionsByDay = days.map((day) => sessionsOf(day, scale, random));
  const sessions = sessionsByDay.flat();
  const actions: FairAction[] = [];
  const counts: FairCounts = {
    inboundCalls: 0,
    outboundCalls: 0,
    answeredInbound: 0,
    abandonedInbound: 0,
    answeredOutbound: 0,
    callsWrappedUp: { publisher: 0, buyer: 0 },
    publisherTickets: 0,
    buyerTickets: 0,
    webFormsAnswered: 0,
    emailsAnswered: 0,
    emailsUnanswered: 0,
    letters: 0,
    personDays: sessions.length,
    personHours: personHoursOf(sessions),
    sessions: sessions.length,
  };
  for (const session of sessions) {
    const keys = [`agent:${session.agent.id}`];
    actions.push({ kind: 'signIn', at: session.from, keys, agent: session.agent });
    actions.push({ kind: 'signOut', at: session.to, keys, agent: session.agent });
  }
  days.forEach((day, d) => {
    const calls = planDayCalls(
      day,
      { inbound: byDay.inbound[d]!, outbound: byDay.outbound[d]! },
      sessionsByDay[d]!,
      random,
    );
    counts.answeredInbound += calls.answeredInbound;
    counts.abandonedInbound += calls.abandonedInbound;
    counts.answeredOutbound += calls.answeredOutbound;
    counts.callsWrappedUp.publisher += calls.wrappedUp.publisher;
    counts.callsWrappedUp.buyer += calls.wrappedUp.buyer;
    const written = planDayTickets(
      day,
      {
        publisher: byDay.publisher[d]!,
        buyer: byDay.buyer[d]!,
        emailAnswered: byDay.emailAnswered[d]!,
        emailUnanswered: byDay.emailUnanswered[d]!,
        letter: byDay.letter[d]!,
      },
      [...sessionsByDay[d]!, ...(sessionsByDay[d + 1] ?? [])],
      random,
    );
    counts.webFormsAnswered += written.webFormsAnswered;
    actions.push(...calls.actions, ...written.actions);
  });
  // In time order; at the same instant, in the order planned (sort is stable).
  actions.sort((a, b) => a.at - b.at);
  const { perDay, totals } = countByDay(days, actions, sessionsByDay);
  Object.assign(counts, totals);
  const from = days.find((day) => day.counted)!.date;
  const to = days.at(-1)!.date;
  return { scale, seed, days, from, to, start: tehranInstant(days[0]!.date, 0), actions, sessions, counts, perDay };
}

/** What each day shows, counted from the actions (a reply's day is not its ticket's). */
function countByDay(days: FairDay[], actions: FairAction[], sessionsByDay: AgentSession[][]) {
  const perDay = new Map<string, FairDayCounts>(
    days.map((day, d) => [
      day.date,
      {
        date: day.date,
        agents: sessionsByDay[d]!.length,
        inbound: 0,
        outbound: 0,
        publisher: 0,
        buyer: 0,
        email: 0,
        letter: 0,
      },
    ]),
  );
  const first = tehranInstant(days[0]!.date, 0);
  const byIndex = [...perDay.values()];
  const dayOf = (at: number) => byIndex[Math.floor((at - first) / 86_400_000)]!;
  const replied = new Set(actions.flatMap((a) => (a.kind === 'reply' ? [a.ticket] : [])));
  const totals = {
    inboundCalls: 0,
    outboundCalls: 0,
    publisherTickets: 0,
    buyerTickets: 0,
    emailsAnswered: 0,
    emailsUnanswered: 0,
    letters: 0,
  };
  for (const action of actions) {
    const day = dayOf(action.at);
    if (action.kind === 'cti' && action.body.startsWith('event=newCall')) {
      const inbound = action.body.includes('direction=in');
      day[inbound ? 'inbound' : 'outbound']++;
      totals[inbound ? 'inboundCalls' : 'outboundCalls']++;
    } else if (action.kind === 'webForm') {
      day[action.requesterType]++;
      totals[action.requesterType === 'buyer' ? 'buyerTickets' : 'publisherTickets']++;
    } else if (action.kind === 'mail') {
      if (replied.has(action.ticket)) {
        day.email++;
        totals.emailsAnswered++;
      } else totals.emailsUnanswered++;
    } else if (action.kind === 'letter') {
      day.letter++;
      totals.letters++;
    }
  }
  return { perDay: [...perDay.values()], totals };
}
