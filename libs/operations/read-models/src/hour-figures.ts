/**
 * What one local hour holds: the dashboard answers any period by adding up its hours, so each
 * figure here is a count or a sum that adds (a wait's distribution as counts per bin for its
 * 90th percentile; agents as a set of bits, for distinct counts).
 */
import type { OperationsChannel } from '@deskstream/operations-domain';
import { AgentSet } from './agent-set';

/** Upper edges of the wait bins, in seconds; a wait above the last goes to one more bin. */
export const WAIT_BIN_EDGES = [
  5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 90, 120, 150, 180, 240, 300, 420, 600, 900, 1200, 1800, 3600,
] as const;

export function waitBin(seconds: number): number {
  for (let bin = 0; bin < WAIT_BIN_EDGES.length; bin++) if (seconds <= WAIT_BIN_EDGES[bin]!) return bin;
  return WAIT_BIN_EDGES.length;
}

export interface SlaCounts {
  count: number;
  minutes: number;
  withTarget: number;
  met: number;
  breached: number;
}

export const emptySla = (): SlaCounts => ({ count: 0, minutes: 0, withTarget: 0, met: 0, breached: 0 });

export interface HourFigures {
  /** Received and answered by volume key (`CHANNEL group`, numbered by the table). */
  received: number[];
  answered: number[];
  callsOffered: number;
  callsAnswered: number;
  callsAbandoned: number;
  answeredWithinTarget: number;
  waitSeconds: number;
  waitCount: number;
  waitBins: number[] | null;
  chatsRequested: number;
  chatsAccepted: number;
  chatsAbandoned: number;
  chatWaitSeconds: number;
  firstResponse: SlaCounts;
  resolution: SlaCounts;
  /** Tickets opened (+1), resolved (−1) and reopened (+1) in the hour. */
  backlogDelta: number;
  onlineSeconds: number;
  handlingSeconds: number;
  /** The agents (by index) online at some time in the hour. */
  agents: AgentSet;
  queuePeak: number;
  /** When the queue first reached its peak in the hour (ms). */
  queuePeakAt: number;
}

export function emptyHour(): HourFigures {
  return {
    received: [],
    answered: [],
    callsOffered: 0,
    callsAnswered: 0,
    callsAbandoned: 0,
    answeredWithinTarget: 0,
    waitSeconds: 0,
    waitCount: 0,
    waitBins: null,
    chatsRequested: 0,
    chatsAccepted: 0,
    chatsAbandoned: 0,
    chatWaitSeconds: 0,
    firstResponse: emptySla(),
    resolution: emptySla(),
    backlogDelta: 0,
    onlineSeconds: 0,
    handlingSeconds: 0,
    agents: new AgentSet(),
    queuePeak: 0,
    queuePeakAt: 0,
  };
}

export const volumeKey = (channel: OperationsChannel, group: string) => `${channel} ${group}`;

/** The hours kept, by local hour number. */
export class HourTable {
  readonly hours = new Map<number, HourFigures>();
  /** The volume keys (`CHANNEL group`) by number, as first met. */
  readonly volumeKeys: string[] = [];
  private readonly volumeNumbers = new Map<string, number>();
  /** Per local day, how many times one of its hours was changed: sums kept for a day are current while it holds. */
  readonly dayVersions = new Map<number, number>();

  /** An hour to change. */
  at(hour: number): HourFigures {
    const day = Math.floor(hour / 24);
    this.dayVersions.set(day, (this.dayVersions.get(day) ?? 0) + 1);
    let figures = this.hours.get(hour);
    if (!figures) {
      figures = emptyHour();
      this.hours.set(hour, figures);
    }
    return figures;
  }

  addVolume(hour: number, channel: OperationsChannel, group: string, received: number, answered: number): void {
    const figures = this.at(hour);
    const key = volumeKey(channel, group);
    let number = this.volumeNumbers.get(key);
    if (number === undefined) {
      number = this.volumeKeys.push(key) - 1;
      this.volumeNumbers.set(key, number);
    }
    while (figures.received.length <= number) {
      figures.received.push(0);
      figures.answered.push(0);
    }
    figures.received[number]! += received;
    figures.answered[number]! += answered;
  }

  addWait(hour: number, seconds: number, sign: 1 | -1): void {
    const figures = this.at(hour);
    figures.waitSeconds += sign * seconds;
    figures.waitCount += sign;
    figures.waitBins ??= new Array<number>(WAIT_BIN_EDGES.length + 1).fill(0);
    figures.waitBins[waitBin(seconds)]! += sign;
  }

  addSla(hour: number, metric: 'firstResponse' | 'resolution', minutes: number, met: boolean | null, sign: 1 | -1) {
    const counts = this.at(hour)[metric];
    counts.count += sign;
    counts.minutes += sign * minutes;
    if (met === null) return;
    counts.withTarget += sign;
    if (met) counts.met += sign;
    else counts.breached += sign;
  }
}
