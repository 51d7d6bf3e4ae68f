/**
 * Operations' read model: the settings as recorded, and the figures — computed under one version
 * of the definitions. A newer version makes the figures stale until a rebuild replays the store
 * into new figures and puts them in place (`replaceFigures`); until then the dashboard answers
 * from the previous ones and says it is rebuilding.
 */
import {
  evolveOperationsSettings,
  initialOperationsSettings,
  type OperationsGranularity,
  type OperationsSettingsEvent,
  type OperationsSettingsState,
} from '@deskstream/operations-domain';
import type { RequesterTypesConfigured } from '@deskstream/tickets-domain';
import { dashboardFigures, type DashboardFigures } from './dashboard';
import type { FoldDefinitions } from './fold-context';
import { OperationsFigures } from './operations-figures';
import { ZoneHours } from './zone-hours';

export interface RebuildStatus {
  state: 'CURRENT' | 'REBUILDING';
  finishedAt: string | null;
  durationMs: number | null;
  eventsReplayed: number | null;
}

export interface OperationsReadModelOptions {
  /** The organisation's zone (DESK_TIME_ZONE); default UTC. */
  timeZone?: string;
}

export const definitionsOf = (settings: OperationsSettingsState): FoldDefinitions => ({
  answered: settings.answered,
  serviceLevel: settings.serviceLevel,
  requesterTypes: settings.requesterTypes,
});

export class OperationsReadModel {
  readonly zone: ZoneHours;
  settings: OperationsSettingsState = initialOperationsSettings();
  figures: OperationsFigures;
  rebuild: RebuildStatus = { state: 'CURRENT', finishedAt: null, durationMs: null, eventsReplayed: null };
  /** The requester types tickets are configured with (the tickets context's settings). */
  ticketRequesterTypes: readonly string[] = [];
  private readonly settingsListeners = new Set<() => void>();

  constructor(options: OperationsReadModelOptions = {}) {
    this.zone = new ZoneHours(options.timeZone ?? 'UTC');
    this.figures = this.freshFigures();
  }

  get timeZone(): string {
    return this.zone.timeZone;
  }

  /** True while the figures were computed under older definitions than the recorded ones. */
  get stale(): boolean {
    return this.figures.settingsVersion !== this.settings.version;
  }

  /** Empty figures under the recorded definitions. */
  freshFigures(): OperationsFigures {
    return new OperationsFigures(this.zone, definitionsOf(this.settings), this.settings.version);
  }

  /**
   * The settings as the store holds them before the replay starts, so that the figures are folded
   * under them from the first event (their events then come again and change nothing).
   */
  startWith(events: readonly OperationsSettingsEvent[]): void {
    for (const event of events) this.settings = evolveOperationsSettings(this.settings, event);
    if (this.figures.eventsApplied === 0) this.figures = this.freshFigures();
  }

  applySettings(event: OperationsSettingsEvent): boolean {
    if (event.data.version <= this.settings.version) return false;
    this.settings = evolveOperationsSettings(this.settings, event);
    for (const listener of this.settingsListeners) listener();
    return true;
  }

  /** The tickets context configured its requester types. */
  applyRequesterTypes(event: RequesterTypesConfigured): boolean {
    this.ticketRequesterTypes = event.data.types.map((type) => type.key);
    return true;
  }

  /** Told when a newer version of the settings is recorded. */
  onSettingsChanged(listener: () => void): () => void {
    this.settingsListeners.add(listener);
    return () => this.settingsListeners.delete(listener);
  }

  replaceFigures(figures: OperationsFigures, status: Omit<RebuildStatus, 'state'>): void {
    this.figures = figures;
    this.rebuild = { ...status, state: this.stale ? 'REBUILDING' : 'CURRENT' };
  }

  markRebuilding(): void {
    this.rebuild = { ...this.rebuild, state: 'REBUILDING' };
  }

  dashboard(query: { from: string; to: string; granularity: OperationsGranularity; now: Date }): DashboardFigures {
    return dashboardFigures(this.figures, { ...query, shifts: this.settings.shifts });
  }
}
