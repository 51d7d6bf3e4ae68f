/**
 * Who works when: each day's agents split over the two shifts (the first half, rounded up, in the
 * morning), each signing in a few minutes before their ten hours and out after them, never past
 * midnight, so a day's person-days are its agents and its person-hours at least ten each.
 */
import { tehranInstant, type FairDay } from './calendar';
import type { Rng } from './random';

export interface FairAgent {
  id: string;
  username: string;
  displayName: string;
}

export interface AgentSession {
  agent: FairAgent;
  date: string;
  shift: 'morning' | 'evening';
  /** Signed in and online, then offline and signed out, in ms since the epoch. */
  from: number;
  to: number;
}

export const FAIR_AGENT_PASSWORD = 'fair-agent-password';
export const fairAgent = (n: number): FairAgent => {
  const number = String(n).padStart(2, '0');
  return { id: `fair-agent-${number}`, username: `fair.agent${number}`, displayName: `Fair Agent ${number}` };
};

const MINUTE = 60_000;

/** Agents at work on the day at `scale` (at least one on a day the centre works). */
export const agentsAt = (day: FairDay, scale: number) =>
  scale >= 1 ? day.agents : Math.max(1, Math.round(day.agents * scale));

export function sessionsOf(day: FairDay, scale: number, random: Rng): AgentSession[] {
  const count = agentsAt(day, scale);
  const morning = Math.ceil(count / 2);
  return Array.from({ length: count }, (_, i) => {
    const agent = fairAgent(i + 1);
    if (i < morning) {
      const from = tehranInstant(day.date, 7, 50) + random.int(0, 10 * 60) * 1000;
      return {
        agent,
        date: day.date,
        shift: 'morning',
        from,
        to: tehranInstant(day.date, 18) + random.int(0, 600) * 1000,
      };
    }
    const from = tehranInstant(day.date, 13, 40) + random.int(0, 10 * 60) * 1000;
    const to = tehranInstant(day.date, 23, 50) + random.int(0, 9 * 60 + 58) * 1000;
    return { agent, date: day.date, shift: 'evening', from, to };
  });
}

/** Whole online time of the sessions in hours (exact to the second). */
export const personHoursOf = (sessions: readonly AgentSession[]) =>
  sessions.reduce((sum, s) => sum + (s.to - s.from), 0) / (60 * MINUTE);
