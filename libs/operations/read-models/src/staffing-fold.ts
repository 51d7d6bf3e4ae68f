/**
 * Staffing from identity's events: an agent (a staff member with the AGENT role) is online while
 * signed in (a session open and not past its expiry) or set online. Each stretch online, once it
 * ends, is spread over the hours it covers (seconds online, and the agent among that hour's
 * agents) and kept, so "who was online at" any instant is answered; the stretches still open are
 * added when a period is asked for, up to that moment.
 */
import type { StaffEvent } from '@deskstream/identity-domain';
import type { FoldContext } from './fold-context';
import { HOUR_MS } from './zone-hours';

export type FoldedStaffEvent = Extract<
  StaffEvent,
  {
    type:
      | 'StaffAccountCreated'
      | 'StaffRolesChanged'
      | 'SessionStarted'
      | 'SessionEnded'
      | 'AgentWentOnline'
      | 'AgentWentOffline';
  }
>;

export const FOLDED_STAFF_EVENT_TYPES = [
  'StaffAccountCreated',
  'StaffRolesChanged',
  'SessionStarted',
  'SessionEnded',
  'AgentWentOnline',
  'AgentWentOffline',
] as const satisfies readonly FoldedStaffEvent['type'][];

/** A stretch online longer than this is counted only up to it (a session nobody ended). */
const MAX_STRETCH_MS = 31 * 24 * HOUR_MS;

interface StaffFacts {
  index: number;
  id: string;
  name: string;
  agent: boolean;
  /** Open sessions → when they expire (ms). */
  sessions: Map<string, number>;
  online: boolean;
  since: number | null;
  /** Ended stretches online: start, end, start, end, … (ms), in the order they ended. */
  stretches: number[];
}

export interface OpenStretch {
  index: number;
  start: number;
  end: number;
}

export class StaffingFold {
  private readonly staff = new Map<string, StaffFacts>();
  private readonly byIndex: StaffFacts[] = [];

  constructor(private readonly context: FoldContext) {}

  apply(event: FoldedStaffEvent): boolean {
    if (event.type === 'StaffAccountCreated') {
      const member = this.member(event.data.staffId);
      member.name = event.data.displayName;
      member.agent = event.data.roles.includes('AGENT');
      return true;
    }
    const member = this.member(event.data.staffId);
    const before = this.present(member);
    let at: number;
    switch (event.type) {
      case 'StaffRolesChanged':
        member.agent = event.data.roles.includes('AGENT');
        return true;
      case 'SessionStarted':
        at = Date.parse(event.data.startedAt);
        member.sessions.set(event.data.sessionId, Date.parse(event.data.expiresAt));
        break;
      case 'SessionEnded': {
        at = Date.parse(event.data.endedAt);
        const expiresAt = member.sessions.get(event.data.sessionId);
        if (expiresAt === undefined) return false;
        member.sessions.delete(event.data.sessionId);
        if (event.data.reason === 'EXPIRED') at = Math.min(at, expiresAt);
        break;
      }
      case 'AgentWentOnline':
        at = Date.parse(event.data.at);
        member.online = true;
        break;
      case 'AgentWentOffline':
        at = Date.parse(event.data.at);
        member.online = false;
        break;
    }
    const after = this.present(member);
    if (!before && after) member.since = at;
    if (before && !after && member.since !== null) {
      this.close(member, member.since, Math.max(member.since, at));
      member.since = null;
    }
    return true;
  }

  /** The name of an agent by index. */
  agent(index: number): { id: string; name: string } {
    const member = this.byIndex[index]!;
    return { id: member.id, name: member.name };
  }

  /** The stretches online not yet ended, counted up to `now` (a session's expiry at most). */
  openStretches(now: number): OpenStretch[] {
    const open: OpenStretch[] = [];
    for (const member of this.byIndex) {
      if (!member.agent || member.since === null) continue;
      let end = now;
      if (!member.online) end = Math.min(now, Math.max(...member.sessions.values()));
      end = Math.min(end, member.since + MAX_STRETCH_MS);
      if (end > member.since) open.push({ index: member.index, start: member.since, end });
    }
    return open;
  }

  /** The agents online at an instant (`now` for the stretches still open). */
  onlineAt(instant: number, now: number): number[] {
    const online = new Set<number>();
    for (const member of this.byIndex) {
      if (!member.agent) continue;
      const stretches = member.stretches;
      for (let i = stretches.length - 2; i >= 0; i -= 2)
        if (stretches[i]! <= instant && instant < stretches[i + 1]!) {
          online.add(member.index);
          break;
        }
    }
    for (const stretch of this.openStretches(now))
      if (stretch.start <= instant && instant < stretch.end) online.add(stretch.index);
    return [...online];
  }

  private present(member: StaffFacts): boolean {
    return member.online || member.sessions.size > 0;
  }

  private member(staffId: string): StaffFacts {
    let member = this.staff.get(staffId);
    if (!member) {
      member = {
        index: this.byIndex.length,
        id: staffId,
        name: staffId,
        agent: false,
        sessions: new Map(),
        online: false,
        since: null,
        stretches: [],
      };
      this.staff.set(staffId, member);
      this.byIndex.push(member);
    }
    return member;
  }

  private close(member: StaffFacts, start: number, end: number): void {
    if (!member.agent || end <= start) return;
    const until = Math.min(end, start + MAX_STRETCH_MS);
    member.stretches.push(start, until);
    spreadOverHours(this.context, member.index, start, until);
  }
}

/** Adds a stretch online to the hours it covers: seconds, and the agent among the hour's agents. */
export function spreadOverHours(
  context: Pick<FoldContext, 'zone' | 'table'>,
  index: number,
  start: number,
  end: number,
  onHour?: (hour: number, seconds: number) => void,
): void {
  const { zone } = context;
  let cursor = start;
  while (cursor < end) {
    const hour = zone.hourOf(cursor);
    // The next local hour's start at the current offset (a change of offset is met in the next round).
    const boundary = (hour + 1) * HOUR_MS - zone.offsetAt(cursor);
    const next = Math.min(end, boundary > cursor ? boundary : cursor + HOUR_MS);
    const seconds = (next - cursor) / 1000;
    if (onHour) onHour(hour, seconds);
    else {
      const figures = context.table.at(hour);
      figures.onlineSeconds += seconds;
      figures.agents.add(index);
    }
    cursor = next;
  }
}
