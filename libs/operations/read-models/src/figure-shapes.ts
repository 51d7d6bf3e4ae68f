/** The dashboard's figures in the schema's shape, and how a sum becomes a rate, an average or a percentile. */
import type { OperationsChannel } from '@deskstream/operations-domain';
import { WAIT_BIN_EDGES, type SlaCounts } from './hour-figures';

export interface VolumeFigure {
  received: number;
  answered: number;
}

export interface Volumes extends VolumeFigure {
  byChannel: ({ channel: OperationsChannel } & VolumeFigure)[];
  byRequesterType: ({ requesterType: string } & VolumeFigure)[];
  matrix: ({ channel: OperationsChannel; requesterType: string } & VolumeFigure)[];
}

export interface Staffing {
  agentsOnline: number;
  personHours: number;
  personDays: number;
  handlingHours: number;
  occupancy: number | null;
}

export interface SlaFigure {
  count: number;
  averageMinutes: number | null;
  withTarget: number;
  met: number;
  breached: number;
  metRate: number | null;
}

export interface ServiceLevels {
  callsOffered: number;
  callsAnswered: number;
  callsAbandoned: number;
  answerRate: number | null;
  serviceLevelSeconds: number;
  answeredWithinTarget: number;
  serviceLevel: number | null;
  averageWaitSeconds: number | null;
  p90WaitSeconds: number | null;
  chatsRequested: number;
  chatsAccepted: number;
  chatsAbandoned: number;
  averageChatWaitSeconds: number | null;
  firstResponse: SlaFigure;
  resolution: SlaFigure;
}

export const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
export const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

export function rate(part: number, whole: number): number | null {
  const value = ratio(part, whole);
  return value === null ? null : round(value, 4);
}

export function slaFigure(counts: SlaCounts): SlaFigure {
  const average = ratio(counts.minutes, counts.count);
  return {
    count: counts.count,
    averageMinutes: average === null ? null : round(average, 1),
    withTarget: counts.withTarget,
    met: counts.met,
    breached: counts.breached,
    metRate: rate(counts.met, counts.withTarget),
  };
}

/** The upper edge of the bin the share `p` of the waits falls in; null without waits. */
export function percentile(bins: readonly number[], p: number): number | null {
  const total = bins.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  let seen = 0;
  for (let bin = 0; bin < bins.length; bin++) {
    seen += bins[bin]!;
    if (seen >= p * total) return WAIT_BIN_EDGES[Math.min(bin, WAIT_BIN_EDGES.length - 1)]!;
  }
  return WAIT_BIN_EDGES[WAIT_BIN_EDGES.length - 1]!;
}
