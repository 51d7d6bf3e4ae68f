/**
 * A day's calls as the PBX reports them: inbound calls ring the agents on shift, the first free
 * one answers (after the caller has waited for someone to be free, if need be) or the caller gives
 * up; outbound calls are placed by a free agent and answered, unanswered or busy. Each call is a
 * `newCall`, an `answer` when picked up and a `hangup`, in Zammad's generic CTI form fields; a
 * share of the answered inbound calls is then wrapped up with the caller's requester type.
 */
import { tehranInstant, type FairDay } from './calendar';
import type { FairAction, RequesterType } from './actions';
import { BUYER_SHARE, hourWeights } from './profile';
import type { Rng } from './random';
import type { AgentSession } from './shifts';

export const FAIR_DESK_NUMBER = '+982166001234';
export const FAIR_QUEUE = 'fair-hotline';
const WRAP_UP_SHARE = 0.3;

export interface DayCalls {
  actions: FairAction[];
  answeredInbound: number;
  abandonedInbound: number;
  answeredOutbound: number;
  wrappedUp: Record<RequesterType, number>;
}

interface Desk {
  session: AgentSession;
  busyUntil: number;
}

const form = (fields: [string, string][]) => new URLSearchParams(fields).toString();
const callerNumber = (random: Rng) =>
  random() < 0.02 ? 'anonymous' : `+989${random.int(10, 39)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;

/** The instants of `count` calls spread over the day's hours, in order. */
export function startsOf(day: FairDay, count: number, random: Rng): number[] {
  const hours = hourWeights(day);
  return Array.from({ length: count }, () =>
    tehranInstant(day.date, random.weighted(hours), random.int(0, 59), random.int(0, 59)),
  ).sort((a, b) => a - b);
}

export function planDayCalls(
  day: FairDay,
  counts: { inbound: number; outbound: number },
  sessions: readonly AgentSession[],
  random: Rng,
): DayCalls {
  const desks: Desk[] = sessions.map((session) => ({ session, busyUntil: 0 }));
  const out: DayCalls = {
    actions: [],
    answeredInbound: 0,
    abandonedInbound: 0,
    answeredOutbound: 0,
    wrappedUp: { publisher: 0, buyer: 0 },
  };
  const onShift = (t: number, until: number) => desks.filter((d) => d.session.from <= t && d.session.to >= until);
  const calls = [
    ...startsOf(day, counts.inbound, random).map((at, n) => ({ at, inbound: true, n })),
    ...startsOf(day, counts.outbound, random).map((at, n) => ({ at, inbound: false, n })),
  ].sort((a, b) => a.at - b.at || Number(b.inbound) - Number(a.inbound) || a.n - b.n);

  for (const call of calls) {
    const pbxCallId = `fair-${day.date}-${call.inbound ? 'in' : 'out'}-${call.n}`;
    const other = callerNumber(random);
    const talk = random.int(call.inbound ? 40 : 30, call.inbound ? 420 : 300);
    let start = call.at;
    let desk: Desk | undefined;
    let answerAt: number | null = null;
    if (call.inbound) {
      const ring = random.int(3, 15) * 1000;
      const patience = random.int(20, 120) * 1000;
      // The agent free soonest among those who would still be on shift at the call's end.
      const able = onShift(start, start + ring + talk * 1000 + 60_000).sort((a, b) => a.busyUntil - b.busyUntil);
      desk = able[0];
      if (desk && desk.busyUntil <= start + patience) answerAt = Math.max(start + ring, desk.busyUntil + 2_000);
    } else {
      const able = onShift(start, start + 60_000 + talk * 1000).sort((a, b) => a.busyUntil - b.busyUntil);
      desk = able[0] ?? desks[0];
      if (desk && !able[0]) start = desk.session.from + ((start - desk.session.from) % 3_600_000);
      if (desk && desk.busyUntil > start && desk.busyUntil < desk.session.to - 60_000 - talk * 1000)
        start = desk.busyUntil + 5_000;
      if (random() < 0.65) answerAt = start + random.int(5, 25) * 1000;
    }
    const ringing = call.inbound
      ? onShift(start, start)
          .slice(0, 3)
          .map((d) => d.session.agent.displayName)
      : desk
        ? [desk.session.agent.displayName]
        : [];
    const base: [string, string][] = [
      ['callId', pbxCallId],
      ['direction', call.inbound ? 'in' : 'out'],
      ['from', call.inbound ? other : FAIR_DESK_NUMBER],
      ['to', call.inbound ? FAIR_DESK_NUMBER : other],
      ...(call.inbound ? [['queue', FAIR_QUEUE] as [string, string]] : []),
    ];
    const users = (names: string[]) => names.map((name): [string, string] => ['user[]', name]);
    const keys = [`call:${pbxCallId}`];
    const event = (at: number, name: string, more: [string, string][]) =>
      out.actions.push({ kind: 'cti', at, keys, pbxCallId, body: form([['event', name], ...base, ...more]) });
    event(start, 'newCall', users(ringing));
    if (answerAt !== null && desk) {
      const end = answerAt + talk * 1000;
      desk.busyUntil = end + 15_000;
      event(answerAt, 'answer', users([desk.session.agent.displayName]));
      event(end, 'hangup', [...users([desk.session.agent.displayName]), ['cause', 'normalClearing']]);
      if (!call.inbound) out.answeredOutbound++;
      if (call.inbound) {
        out.answeredInbound++;
        const wrapAt = end + random.int(10, 60) * 1000;
        if (random() < WRAP_UP_SHARE && wrapAt < desk.session.to - 5_000) {
          const requesterType: RequesterType = random() < BUYER_SHARE[day.phase] ? 'buyer' : 'publisher';
          out.wrappedUp[requesterType]++;
          desk.busyUntil = Math.max(desk.busyUntil, wrapAt);
          const agent = desk.session.agent;
          out.actions.push({
            kind: 'wrapUp',
            at: wrapAt,
            keys: [...keys, `agent:${agent.id}`],
            pbxCallId,
            agent,
            requesterType,
          });
        }
      }
    } else {
      const gaveUp = start + (call.inbound ? random.int(20, 120) : random.int(20, 40)) * 1000;
      const cause = call.inbound ? (random() < 0.75 ? 'cancel' : 'noAnswer') : random() < 0.8 ? 'noAnswer' : 'busy';
      if (call.inbound) out.abandonedInbound++;
      event(gaveUp, 'hangup', [...users(ringing), ['cause', cause]]);
    }
  }
  return out;
}
