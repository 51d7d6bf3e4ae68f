/**
 * Rebuilding the report from history: a fresh report under the newest definition is fed every
 * event the report folds from the start of `$all` (filtered on the store's side to those types)
 * up to the position the runner had applied when the rebuild began; what the runner applies
 * meanwhile is kept by the holder and given to it before it takes over. One rebuild at a time; a
 * definition changed again during one is rebuilt next.
 */
import { START, eventTypeFilter, type AllStreamResolvedEvent, type Position } from '@eventstore/db-client';
import {
  comparePositions,
  fromStoredEvent,
  hasReached,
  noUpcasters,
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

const pattern = (types: readonly string[]) => `^(?:${types.join('|')})$`;

/** Feeds `report` the events it folds, from the start up to and including `until`; resolves with how many. */
export function replayInto(
  client: SubscribingStore,
  report: Pick<FeedbackReport, 'apply'>,
  until: Position,
  types: readonly string[] = REPORT_EVENT_TYPES,
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let applied = 0;
    let ending = false;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      subscription.unsubscribe().catch(() => undefined);
      if (error) reject(error);
      else resolve(applied);
    };
    const end = () => {
      if (subscription.readableLength > 0) ending = true;
      else finish();
    };
    const subscription = client.subscribeToAll({
      fromPosition: START,
      filter: eventTypeFilter({
        regex: pattern(types),
        checkpointInterval: 32,
        checkpointReached: (_subscription, position) => {
          if (hasReached(position, until)) end();
        },
      }),
    });
    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      if (done) return;
      const stored = resolved.event;
      if (stored?.position && comparePositions(stored.position, until) > 0) return finish();
      if (stored) {
        try {
          report.apply(fromStoredEvent(stored, noUpcasters) as RecordedEvent<ReportEvent>);
          applied++;
        } catch {
          // As the runner's dead letters: an event the report cannot fold is skipped.
        }
        if (stored.position && comparePositions(stored.position, until) === 0) return finish();
      }
      if (ending && subscription.readableLength === 0) finish();
    });
    subscription.on('caughtUp', end);
    subscription.on('error', (error: Error) => finish(error));
    subscription.on('end', () => finish(done ? undefined : new Error('the replay ended early')));
  });
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
