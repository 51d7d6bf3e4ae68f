/**
 * Durable read-model snapshots in the api: where they are kept (`<DATA_DIR>/snapshots`, setting
 * SNAPSHOTS) and how their state is shown in `/health/ready` and `/metrics`. The runner restores
 * them at start and saves them while live and at shutdown (see `@deskstream/event-sourcing`).
 */
import { FileSnapshotStore, type SnapshotSettings, type SnapshotStatus } from '@deskstream/event-sourcing';

export interface SnapshotOptions {
  /** The folder of their own the snapshot files go in. */
  dir: string;
  /** Save after this many events while live (default 50,000) or this long (default 5 minutes). */
  everyEvents?: number;
  everyMs?: number;
}

export function snapshotSettings(options: SnapshotOptions | undefined): SnapshotSettings | undefined {
  if (!options) return undefined;
  return { store: new FileSnapshotStore(options.dir), everyEvents: options.everyEvents, everyMs: options.everyMs };
}

/** Seconds since the snapshot in use was taken (restored or last saved), if any. */
export const snapshotAgeSeconds = (status: SnapshotStatus, now: number): number | undefined =>
  status.takenAt === undefined ? undefined : Math.max(0, Math.round((now - Date.parse(status.takenAt)) / 1000));

/** Each read model's snapshot for `/health/ready`: how it was used at start, its age, its saves. */
export function snapshotHealth(statuses: readonly SnapshotStatus[], now = Date.now()) {
  return statuses.map((status) => ({
    name: status.name,
    version: status.version,
    restore: status.restore,
    ...(status.reason !== undefined && { reason: status.reason }),
    ageSeconds: snapshotAgeSeconds(status, now) ?? null,
    saves: status.saves,
    failures: status.failures,
    bytes: status.bytes ?? null,
    lastPauseMs: status.lastPauseMs ?? null,
    maxPauseMs: status.maxPauseMs ?? null,
  }));
}
