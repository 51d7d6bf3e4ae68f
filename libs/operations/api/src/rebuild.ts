/**
 * Definitions change, history recomputes: when a newer version of the operations settings is
 * recorded, new figures under it are made by replaying the whole store through a runner of their
 * own (the api's runner goes on feeding the previous figures meanwhile, which the dashboard shows
 * as `rebuilding`). Once the replay has passed everything the live figures hold, the new figures
 * take their place in one turn of the event loop, so no event is lost or counted twice; a change
 * made during a rebuild starts another after it. At start, the settings are read before the
 * replay, so the figures are folded under them at once, without a rebuild.
 */
import { StreamNotFoundError } from '@eventstore/db-client';
import {
  ProjectionRunner,
  comparePositions,
  type CommandStore,
  type RunnerLogger,
  type SubscribingStore,
} from '@deskstream/event-sourcing';
import {
  OPERATIONS_SETTINGS_EVENT_TYPES,
  OPERATIONS_SETTINGS_STREAM,
  type OperationsSettingsEvent,
} from '@deskstream/operations-domain';
import { figuresProjection, type OperationsReadModel } from '@deskstream/operations-read-models';

const SETTINGS_EVENTS: ReadonlySet<string> = new Set(OPERATIONS_SETTINGS_EVENT_TYPES);

/** How long the rebuild's runner waits for one position before it looks again. */
const CATCH_UP_WAIT_MS = 60_000;

export interface RebuildDeps {
  readModel: OperationsReadModel;
  /** The store to replay: the api's client (`readAll`, `subscribeToAll`). */
  replayStore: SubscribingStore;
  logger?: RunnerLogger;
}

export class FiguresRebuilder {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private replaying: ProjectionRunner | null = null;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly deps: RebuildDeps) {}

  /** Starts a rebuild unless one runs (then another follows it); settles when the figures are current. */
  request(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.deps.readModel.markRebuilding();
    this.running = this.loop().finally(() => {
      this.running = null;
      for (const waiter of this.waiters) waiter();
    });
    return this.running;
  }

  /** Settles once the figures are computed under `version` or a later one, or after `timeoutMs`; true when they are. */
  async current(version: number, timeoutMs: number): Promise<boolean> {
    const done = () => this.deps.readModel.figures.settingsVersion >= version;
    const deadline = Date.now() + timeoutMs;
    while (!done() && Date.now() < deadline && !this.stopped) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(finish, Math.max(1, deadline - Date.now()));
        this.waiters.add(finish);
        function finish() {
          clearTimeout(timer);
          resolve();
        }
      });
      // A rebuild that ended without the version (it came meanwhile) is followed by another.
      if (!done() && !this.running && this.deps.readModel.stale) this.request().catch(() => undefined);
    }
    return done();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.replaying?.stop();
    await this.running?.catch(() => undefined);
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.once();
      } catch (error) {
        if (this.stopped) return;
        this.deps.logger?.error({ err: error }, 'rebuilding the operations figures failed');
        throw error;
      }
    } while (!this.stopped && (this.again || this.deps.readModel.stale));
  }

  private async once(): Promise<void> {
    const { readModel } = this.deps;
    const started = performance.now();
    const fresh = readModel.freshFigures();
    const replaying = new ProjectionRunner(this.deps.replayStore, {
      projections: [figuresProjection(fresh)],
      name: 'operations-rebuild',
      logger: this.deps.logger,
    });
    this.replaying = replaying;
    try {
      await replaying.start();
      await replaying.waitUntilCaughtUp();
      for (;;) {
        if (this.stopped) return;
        const live = readModel.figures.position;
        // Checked and swapped in one turn: the live figures cannot move in between.
        if (!live || (fresh.position && comparePositions(fresh.position, live) >= 0)) break;
        await replaying.waitFor(live, CATCH_UP_WAIT_MS);
      }
      readModel.replaceFigures(fresh, {
        finishedAt: new Date().toISOString(),
        durationMs: Math.round(performance.now() - started),
        eventsReplayed: replaying.status().eventsApplied,
      });
      this.deps.logger?.info(
        { version: fresh.settingsVersion, durationMs: readModel.rebuild.durationMs, events: fresh.eventsApplied },
        'operations figures rebuilt',
      );
    } finally {
      this.replaying = null;
      await replaying.stop();
    }
  }
}

/** The operations settings as recorded, read before the api's replay starts. */
export async function recordedSettings(store: Pick<CommandStore, 'readStream'>): Promise<OperationsSettingsEvent[]> {
  const events: OperationsSettingsEvent[] = [];
  try {
    for await (const resolved of store.readStream(OPERATIONS_SETTINGS_STREAM)) {
      const event = resolved.event;
      if (event && SETTINGS_EVENTS.has(event.type))
        events.push({ type: event.type, data: event.data } as OperationsSettingsEvent);
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return events;
}
