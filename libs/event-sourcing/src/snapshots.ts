/**
 * Durable read-model snapshots: what a read model implements to be restored at start instead of
 * replayed, and where snapshots are kept. A snapshot holds the read model's state and the `$all`
 * position (and the id of the event there) it reflects; the runner restores it and feeds that
 * read model only the events after it. See the README, "Snapshots".
 */
import type { Position } from '@eventstore/db-client';

/**
 * A read model's snapshot side. One object may serve several projections that share one read
 * model: they are restored and snapshotted together, at one position.
 */
export interface ReadModelSnapshots<S = unknown> {
  /** Unique per runner; names the snapshot (letters, digits, `.`, `_`, `-`). */
  name: string;
  /**
   * The fold's own version: raise it whenever what the projections do with an event, or the
   * shape of the state, changes. A snapshot of another version is ignored and only this read
   * model replays.
   */
  version: number;
  /**
   * The whole state, as values the structured-clone (v8) serialiser keeps: plain objects and
   * arrays, Maps, Sets, Dates, strings, numbers, bigints, typed arrays (no functions, no class
   * instances: their prototypes are lost). Serialised at once, between two events.
   */
  snapshot(): S;
  /** Installs the whole state, or throws and leaves the read model as it was. */
  restore(state: S): void;
}

/** What a stored snapshot says about itself. */
export interface SnapshotMeta {
  name: string;
  version: number;
  /** The last `$all` position the state reflects. */
  position: Position;
  /** The id of the event at that position: a snapshot of another store does not match it. */
  eventId: string;
  /** ISO-8601. */
  takenAt: string;
  /** Size of the encoded state. */
  bytes: number;
}

export type SnapshotLoad =
  | { found: true; meta: SnapshotMeta; payload: Uint8Array }
  | { found: false; reason: 'missing' | 'corrupt'; detail: string };

/** Keeps one snapshot per name; a save replaces the previous one whole, or not at all. */
export interface SnapshotStore {
  /** The snapshot whose checksum holds, or why there is none. Never throws for a bad file. */
  load(name: string): Promise<SnapshotLoad>;
  save(meta: SnapshotMeta, payload: Uint8Array): Promise<void>;
}

/** How a read model's snapshot was used at start. */
export type RestoreOutcome =
  | 'restored'
  /** No snapshot yet. */
  | 'missing'
  /** Unreadable or its checksum does not hold. */
  | 'corrupt'
  /** Taken by another version of the read model. */
  | 'version-changed'
  /** Its position is not in this store, or another event is there (another or a wiped store). */
  | 'stale'
  /** The read model refused the state. */
  | 'refused';

export interface SnapshotStatus {
  name: string;
  version: number;
  restore: RestoreOutcome;
  /** Why it was not restored, as logged. */
  reason?: string;
  /** When the snapshot in use (restored or last saved) was taken, ISO-8601. */
  takenAt?: string;
  /** Saves since start, and those that failed. */
  saves: number;
  failures: number;
  /** Size of the last one saved. */
  bytes?: number;
  /** How long the last save held the event loop (taking and encoding the state), and the longest. */
  lastPauseMs?: number;
  maxPauseMs?: number;
  /** Its last save paused longer than the live budget: it is saved only after a long replay and at stop. */
  liveSavesHeld?: boolean;
}

/** When to take snapshots while live. */
export interface SnapshotPolicy {
  /** After this many events since the last one. Default 50,000. */
  everyEvents?: number;
  /** Or after this long, if anything changed. Default 5 minutes. */
  everyMs?: number;
  /** A read model whose save held the event loop longer than this is not saved while live. Default 250 ms. */
  livePauseBudgetMs?: number;
}

export interface SnapshotSettings extends SnapshotPolicy {
  store: SnapshotStore;
}

/** Snapshots held in memory: for tests. */
export class InMemorySnapshotStore implements SnapshotStore {
  readonly saved = new Map<string, { meta: SnapshotMeta; payload: Uint8Array }>();

  async load(name: string): Promise<SnapshotLoad> {
    const kept = this.saved.get(name);
    if (!kept) return { found: false, reason: 'missing', detail: 'no snapshot yet' };
    return { found: true, meta: kept.meta, payload: kept.payload };
  }

  async save(meta: SnapshotMeta, payload: Uint8Array): Promise<void> {
    this.saved.set(meta.name, { meta, payload });
  }
}
