/**
 * Rebuilding the report from history: a fresh report under the newest definition is fed every
 * event the report folds from the start of `$all` (filtered on the store's side to those types)
 * up to the position the runner had applied when the rebuild began; what the runner applies
 * meanwhile is kept by the holder and given to it before it takes over. One rebuild at a time; a
 * definition changed again during one is rebuilt next.
 */
import type { AllStreamResolvedEvent, Position } from '@eventstore/db-client';
import {
  backfill,
  fromStoredEvent,
  noUpcasters,
  type BackfillTarget,
  type ProjectionRunner,
  type RecordedEvent,
  type RunnerLogger,
  type SubscribingStore,
} from '@deskstream/event-sourcing';
import {
  REPORT_EVENT_TYPES,
  type FeedbackReport,
  type ReportEvent,
  type ReportHolder,
} from '@deskstream/feedback-read-models';

/** Feeds `report` the events it folds, from the start up to and including `until`; resolves with how many. */
export function replayInto(
  client: SubscribingStore,
  report: Pick<FeedbackReport, 'apply'>,
  until: Position,
  types: readonly string[] = REPORT_EVENT_TYPES,
): Promise<number> {
  const target: BackfillTarget = {
    position: undefined,
    dispatch(resolved: AllStreamResolvedEvent) {
      const stored = resolved.event;
      if (!stored) return 'no-event';
      try {
        report.apply(fromStoredEvent(stored, noUpcasters) as RecordedEvent<ReportEvent>);
        return 'applied';
      } catch {
        // As the runner's dead letters: an event the report cannot fold is skipped.
        return 'skipped';
      }
    },
  };
  return backfill(client, target, types, until, { stopped: () => false, applied: () => undefined });
}

export class ReportRebuilds {
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly client: SubscribingStore,
    private readonly holder: ReportHolder,
    private readonly runner: Pick<ProjectionRunner, 'status'>,
    private readonly logger: RunnerLogger,
  ) {}

  /** Rebuilds while the report in force is not under the newest definition; settles when it is. */
  ensure(): Promise<void> {
    if (!this.running)
      this.running = this.loop().finally(() => {
        this.running = null;
      });
    return this.running;
  }

  stop(): void {
    this.stopped = true;
  }

  private async loop(): Promise<void> {
    while (this.holder.current.stale && !this.stopped) {
      const definition = this.holder.current.latestDefinition;
      const started = performance.now();
      const until = this.runner.status().position;
      this.holder.beginRebuild();
      try {
        const fresh = this.holder.freshReport(definition);
        const events = until ? await replayInto(this.client, fresh, until) : 0;
        if (this.stopped) return this.holder.abandonRebuild();
        this.holder.finishRebuild(fresh);
        const ms = Math.round(performance.now() - started);
        this.logger.info({ definition: definition.version, events, ms }, 'feedback report rebuilt from history');
      } catch (error) {
        this.holder.abandonRebuild();
        throw error;
      }
    }
  }
}
