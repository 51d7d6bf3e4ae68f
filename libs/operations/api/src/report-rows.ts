/**
 * The period report as rows: one per bucket and a last one for the whole period, each with the
 * volumes by channel, the service levels and the staffing — the same figures the dashboard shows.
 */
import { OPERATIONS_CHANNELS } from '@deskstream/operations-domain';
import type { OperationsBucket, OperationsDashboard } from '@deskstream/graphql-types';

type Figures = Pick<OperationsBucket, 'volumes' | 'staffing' | 'serviceLevels'>;

export const REPORT_COLUMNS = [
  'bucket',
  'start',
  'end',
  'received',
  'answered',
  ...OPERATIONS_CHANNELS.flatMap((channel) => [`${channel}_received`, `${channel}_answered`]),
  'callsOffered',
  'callsAnswered',
  'callsAbandoned',
  'answerRate',
  'answeredWithinTarget',
  'serviceLevel',
  'averageWaitSeconds',
  'p90WaitSeconds',
  'chatsRequested',
  'chatsAccepted',
  'chatsAbandoned',
  'firstResponses',
  'firstResponseAverageMinutes',
  'firstResponseMet',
  'firstResponseBreached',
  'resolutions',
  'resolutionAverageMinutes',
  'resolutionMet',
  'resolutionBreached',
  'agentsOnline',
  'personHours',
  'personDays',
  'handlingHours',
  'occupancy',
  'backlog',
  'queuePeak',
] as const;

export type ReportCell = string | number | null;

function rowOf(
  label: string,
  start: string,
  end: string,
  figures: Figures,
  backlog: number | null,
  queuePeak: number | null,
) {
  const { volumes, serviceLevels: levels, staffing } = figures;
  const byChannel = new Map(volumes.byChannel.map((volume) => [volume.channel, volume]));
  return [
    label,
    start,
    end,
    volumes.received,
    volumes.answered,
    ...OPERATIONS_CHANNELS.flatMap((channel) => [
      byChannel.get(channel)?.received ?? 0,
      byChannel.get(channel)?.answered ?? 0,
    ]),
    levels.callsOffered,
    levels.callsAnswered,
    levels.callsAbandoned,
    levels.answerRate ?? null,
    levels.answeredWithinTarget,
    levels.serviceLevel ?? null,
    levels.averageWaitSeconds ?? null,
    levels.p90WaitSeconds ?? null,
    levels.chatsRequested,
    levels.chatsAccepted,
    levels.chatsAbandoned,
    levels.firstResponse.count,
    levels.firstResponse.averageMinutes ?? null,
    levels.firstResponse.met,
    levels.firstResponse.breached,
    levels.resolution.count,
    levels.resolution.averageMinutes ?? null,
    levels.resolution.met,
    levels.resolution.breached,
    staffing.agentsOnline,
    staffing.personHours,
    staffing.personDays,
    staffing.handlingHours,
    staffing.occupancy ?? null,
    backlog,
    queuePeak,
  ] satisfies ReportCell[];
}

/** Rows under `REPORT_COLUMNS`: each bucket, then the period's total. */
export function reportRows(dashboard: OperationsDashboard): ReportCell[][] {
  const rows = dashboard.buckets.map((bucket) =>
    rowOf(bucket.key, bucket.start, bucket.end, bucket, bucket.backlog, bucket.queuePeak),
  );
  const first = dashboard.buckets[0];
  const last = dashboard.buckets[dashboard.buckets.length - 1];
  rows.push(
    rowOf(
      `${dashboard.from}…${dashboard.to}`,
      first?.start ?? '',
      last?.end ?? '',
      dashboard,
      last?.backlog ?? null,
      dashboard.peak?.waiting ?? 0,
    ),
  );
  return rows;
}

/** The volumes by channel and requester type over the period. */
export function matrixRows(dashboard: OperationsDashboard): ReportCell[][] {
  return dashboard.volumes.matrix.map((volume) => [
    volume.channel,
    volume.requesterType,
    volume.received,
    volume.answered,
  ]);
}
