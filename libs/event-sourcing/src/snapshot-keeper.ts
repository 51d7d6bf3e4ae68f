/**
 * The runner's side of snapshots: at start, restores each read model whose snapshot is sound,
 * current and of this store, and says from where each projection must be fed; while live, saves
 * the read models that changed every N events or M seconds, one at a time (taking and encoding
 * the state is the only pause; hashing and writing run in the background); at stop, saves once more.
 * A read model whose last save held the event loop longer than the live budget (250 ms by default)
 * is not saved while live: only after a long replay and at stop, so a large read model never stalls
 * answers every few minutes (after a crash it catches up from its last snapshot on its own events).
 */
import { deserialize, serialize } from 'node:v8';
import { performance } from 'node:perf_hooks';
import type { AllStreamResolvedEvent, Position } from '@eventstore/db-client';
import { describeError } from './dead-letters';
import { formatPosition } from './position';
import type { Projection } from './projection';
import type { RunnerLogger, SubscribingStore } from './projection-runner-options';
import type { ReadModelSnapshots, RestoreOutcome, SnapshotMeta, SnapshotSettings, SnapshotStatus } from './snapshots';

/** Where a projection starts: after this position, whose event has this id (unknown for a checkpoint). */
export interface StartPoint {
  position: Position;
  eventId: string | undefined;
}

interface Group {
  source: ReadModelSnapshots;
  status: SnapshotStatus;
  dirty: boolean;
}

const DEFAULT_EVERY_EVENTS = 50_000;
const DEFAULT_EVERY_MS = 5 * 60_000;
const DEFAULT_LIVE_PAUSE_BUDGET_MS = 250;

export class SnapshotKeeper {
  private readonly groups: Group[] = [];
  private readonly groupOf = new Map<string, Group>();
  private readonly everyEvents: number;
  private readonly everyMs: number;
  private readonly livePauseBudgetMs: number;
  private readonly verified = new Map<string, Promise<string | undefined>>();
  private eventsSince = 0;
  private taking = false;
  private saving: Promise<void> | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly projections: readonly Projection[],
    private readonly settings: SnapshotSettings,
    private readonly deps: {
      client: SubscribingStore;
      logger: RunnerLogger;
      runner: string;
      /** Where the read models are now, for a save. */
      at(): StartPoint | undefined;
      now(): number;
    },
  ) {
    this.everyEvents = settings.everyEvents ?? DEFAULT_EVERY_EVENTS;
    this.everyMs = settings.everyMs ?? DEFAULT_EVERY_MS;
    this.livePauseBudgetMs = settings.livePauseBudgetMs ?? DEFAULT_LIVE_PAUSE_BUDGET_MS;
    const bySource = new Map<ReadModelSnapshots, Group>();
    for (const projection of projections) {
      const source = projection.snapshots;
      if (!source) continue;
      let group = bySource.get(source);
      if (!group) {
        if (this.groups.some((other) => other.source.name === source.name))
          throw new Error(`Two read models take snapshots named ${source.name}.`);
        group = {
          source,
          dirty: false,
          status: { name: source.name, version: source.version, restore: 'missing', saves: 0, failures: 0 },
        };
        bySource.set(source, group);
        this.groups.push(group);
      }
      this.groupOf.set(projection.name, group);
    }
  }

  /** Restores every read model it can; each projection's start (undefined: `fallback`, the checkpoint). */
  async restore(): Promise<Map<string, StartPoint>> {
    const starts = new Map<string, StartPoint>();
    for (const group of this.groups) {
      const restored = await this.restoreOne(group);
      if (!restored) continue;
      for (const projection of this.projections)
        if (this.groupOf.get(projection.name) === group) starts.set(projection.name, restored);
    }
    return starts;
  }

  /** Snapshots are taken from here on (once every projection is at the runner's position). */
  beginTaking(): void {
    this.taking = true;
    this.timer = setInterval(() => {
      if (this.groups.some((group) => group.dirty)) this.saveSoon();
    }, this.everyMs);
    this.timer.unref();
  }

  /** A projection applied an event: its read model has something new to save. */
  changed(projection: string): void {
    const group = this.groupOf.get(projection);
    if (group) group.dirty = true;
  }

  /** The runner applied an event while live. */
  counted(): void {
    if (++this.eventsSince >= this.everyEvents) this.saveSoon();
  }

  /** The runner reached the end of `$all`: a long replay is saved at once, so the next start need not repeat it. */
  caughtUp(eventsApplied: number): void {
    if (eventsApplied >= this.everyEvents / 5) this.saveSoon({ live: false });
  }

  /** Saves what changed, unless a save is running; `live`: only read models within the live pause budget. */
  saveSoon({ live } = { live: true }): void {
    if (!this.taking || this.saving) return;
    this.saving = this.saveChanged(live).finally(() => (this.saving = undefined));
  }

  /** Waits for a running save, then saves what changed since. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.saving;
    if (this.taking) await this.saveChanged(false);
    this.taking = false;
  }

  status(): SnapshotStatus[] {
    return this.groups.map((group) => ({ ...group.status }));
  }

  private async saveChanged(live: boolean): Promise<void> {
    this.eventsSince = 0;
    for (const group of this.groups) {
      if (!group.dirty) continue;
      const at = this.deps.at();
      if (!at?.eventId) return;
      const status = group.status;
      if (live && (status.lastPauseMs ?? 0) > this.livePauseBudgetMs) {
        status.liveSavesHeld = true;
        continue;
      }
      let payload: Uint8Array;
      const started = performance.now();
      try {
        payload = serialize(group.source.snapshot());
      } catch (error) {
        status.failures++;
        this.deps.logger.error(
          { runner: this.deps.runner, snapshot: group.source.name, error: describeError(error) },
          'could not take a read-model snapshot',
        );
        continue;
      }
      group.dirty = false;
      const pause = Math.round((performance.now() - started) * 10) / 10;
      status.lastPauseMs = pause;
      status.maxPauseMs = Math.max(status.maxPauseMs ?? 0, pause);
      const meta: SnapshotMeta = {
        name: group.source.name,
        version: group.source.version,
        position: at.position,
        eventId: at.eventId,
        takenAt: new Date(this.deps.now()).toISOString(),
        bytes: payload.length,
      };
      try {
        await this.settings.store.save(meta, payload);
        status.saves++;
        status.bytes = payload.length;
        status.takenAt = meta.takenAt;
      } catch (error) {
        group.dirty = true;
        status.failures++;
        this.deps.logger.error(
          { runner: this.deps.runner, snapshot: meta.name, error: describeError(error) },
          'could not save a read-model snapshot',
        );
      }
    }
  }

  private async restoreOne(group: Group): Promise<StartPoint | undefined> {
    const { source, status } = group;
    const refuse = (outcome: RestoreOutcome, reason: string) => {
      status.restore = outcome;
      status.reason = reason;
      group.dirty = true; // replayed: saved at the next save even if no event of its comes

      const log = outcome === 'missing' ? this.deps.logger.info : this.deps.logger.warn;
      log.call(
        this.deps.logger,
        { runner: this.deps.runner, snapshot: source.name, outcome, reason },
        'read-model snapshot not used: this read model replays from the start',
      );
      return undefined;
    };
    const loaded = await this.settings.store
      .load(source.name)
      .catch((error: unknown) => ({ found: false, reason: 'corrupt', detail: describeError(error) }) as const);
    if (!loaded.found) return refuse(loaded.reason, loaded.detail);
    const { meta } = loaded;
    if (meta.version !== source.version)
      return refuse('version-changed', `taken by version ${meta.version}, the read model is version ${source.version}`);
    const stale = await this.verify(meta.position, meta.eventId);
    if (stale) return refuse('stale', stale);
    let state: unknown;
    try {
      state = deserialize(loaded.payload);
    } catch (error) {
      return refuse('corrupt', `cannot decode it: ${describeError(error)}`);
    }
    try {
      source.restore(state);
    } catch (error) {
      return refuse('refused', describeError(error));
    }
    status.restore = 'restored';
    status.takenAt = meta.takenAt;
    status.bytes = meta.bytes;
    this.deps.logger.info(
      {
        runner: this.deps.runner,
        snapshot: source.name,
        position: formatPosition(meta.position),
        takenAt: meta.takenAt,
      },
      'read model restored from its snapshot',
    );
    return { position: meta.position, eventId: meta.eventId };
  }

  /** Why the event at `position` is not `eventId` in this store, or undefined when it is. */
  private verify(position: Position, eventId: string): Promise<string | undefined> {
    const key = `${formatPosition(position)} ${eventId}`;
    let check = this.verified.get(key);
    if (!check) this.verified.set(key, (check = this.lookUp(position, eventId)));
    return check;
  }

  private async lookUp(position: Position, eventId: string): Promise<string | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        let found: AllStreamResolvedEvent['event'];
        // Read to its end (one event): leaving the loop early would leave the read open.
        for await (const resolved of this.deps.client.readAll({ fromPosition: position, maxCount: 1 }))
          found = resolved.event;
        if (!found) return `the store ends before ${formatPosition(position)}`;
        if (found.position?.commit !== position.commit || found.position.prepare !== position.prepare)
          return `the store has no event at ${formatPosition(position)}`;
        return found.id === eventId ? undefined : `another event is at ${formatPosition(position)} in this store`;
      } catch (error) {
        if (attempt >= 5) return `could not look it up in the store: ${describeError(error)}`;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }
}
