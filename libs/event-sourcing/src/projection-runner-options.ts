/**
 * How a projection runner is set up and what it reports: the store it subscribes to, its
 * projections, checkpoint, timings and logger, and its status for health and readiness checks.
 */
import type { EventStoreDBClient, Position } from '@eventstore/db-client';
import type { CheckpointStore } from './checkpoints';
import type { Projection } from './projection';
import type { SnapshotSettings, SnapshotStatus } from './snapshots';
import type { Upcasters } from './upcasting';

/** The part of the client the runner uses. */
export type SubscribingStore = Pick<EventStoreDBClient, 'subscribeToAll' | 'readAll'>;

/** Pino-shaped, so Fastify's logger fits. */
export interface RunnerLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface ProjectionRunnerOptions {
  /** Each may narrow to its own events: `Projection<TicketEvent>` fits. */
  projections: readonly Projection[];
  /** Default: in memory, since read models are rebuilt by replay at start. */
  checkpoints?: CheckpointStore;
  /** Names this runner's checkpoint. Default `read-models`. */
  name?: string;
  upcasters?: Upcasters;
  /**
   * Where the read models' snapshots are kept and how often they are taken; unset: none are
   * restored or taken, every read model replays at start.
   */
  snapshots?: SnapshotSettings;
  /** How long `waitFor` waits by default. Default 5 000 ms. */
  waitForTimeoutMs?: number;
  /** Delay before resubscribing, doubling per failure up to the maximum. Default 100 ms to 5 000 ms. */
  resubscribeDelayMs?: { initial: number; max: number };
  logger?: RunnerLogger;
  now?: () => number;
}

export type RunnerState = 'idle' | 'catching-up' | 'live' | 'resubscribing' | 'stopped';

export interface RunnerStatus {
  state: RunnerState;
  /** True once the runner has reached the end of `$all` (and stays true). */
  caughtUp: boolean;
  /** The last position applied. */
  position: Position | undefined;
  /** Events passed through the runner since start (handled or not). */
  eventsApplied: number;
  eventsPerSecond: number;
  /** Between the last event's write and its application, in ms: large while replaying history. */
  lagMs: number;
  deadLetters: number;
  resubscriptions: number;
  lastError: string | undefined;
  /** Each read model that keeps snapshots: how its snapshot was used at start and its saves (empty when off). */
  snapshots: SnapshotStatus[];
}

/** The logger when none is given. */
export const consoleLogger: RunnerLogger = {
  info: (details, message) => console.info(message, details),
  warn: (details, message) => console.warn(message, details),
  error: (details, message) => console.error(message, details),
};
