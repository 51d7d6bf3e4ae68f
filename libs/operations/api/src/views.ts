/** The dashboard and the settings in the schema's shape, from the read model. */
import type { OperationsDashboard, OperationsSettings } from '@deskstream/graphql-types';
import { BOOKING_REQUESTER_TYPE, type OperationsReadModel } from '@deskstream/operations-read-models';
import { UNKNOWN_REQUESTER_TYPE } from '@deskstream/operations-domain';
import type { DashboardFilter } from './filter';

export function dashboardView(readModel: OperationsReadModel, filter: DashboardFilter, now: Date): OperationsDashboard {
  const figures = readModel.dashboard({ ...filter, now });
  // Onto the figures themselves: their volumes, staffing and service levels are worked out only when read.
  return Object.assign(figures, {
    ...filter,
    timeZone: readModel.timeZone,
    settingsVersion: readModel.figures.settingsVersion,
    rebuilding: readModel.stale,
    shifts: shiftsView(readModel),
  });
}

const shiftsView = (readModel: OperationsReadModel) =>
  readModel.settings.shifts.map((shift) => ({ ...shift, name: { ...shift.name } }));

export function settingsView(readModel: OperationsReadModel): OperationsSettings {
  const { settings, rebuild } = readModel;
  const known = new Set([...readModel.ticketRequesterTypes, BOOKING_REQUESTER_TYPE, UNKNOWN_REQUESTER_TYPE]);
  for (const key of Object.keys(settings.requesterTypes)) known.add(key);
  return {
    version: settings.version,
    shifts: shiftsView(readModel),
    answeredMinTalkSeconds: settings.answered.minTalkSeconds,
    serviceLevelSeconds: settings.serviceLevel.answerWithinSeconds,
    requesterTypes: Object.entries(settings.requesterTypes)
      .map(([key, group]) => ({ key, group }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    knownRequesterTypes: [...known],
    updatedAt: settings.updatedAt,
    rebuild: {
      state: readModel.stale ? 'REBUILDING' : rebuild.state,
      version: readModel.figures.settingsVersion,
      finishedAt: rebuild.finishedAt,
      durationMs: rebuild.durationMs,
      eventsReplayed: rebuild.eventsReplayed,
    },
  };
}
