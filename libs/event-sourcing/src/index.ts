/** `@deskstream/event-sourcing`: the path every bounded context uses. See docs/architecture.md. */
export type { Actor, ActorKind, DomainEvent, EventEnvelope, EventMetadata, Position, RecordedEvent } from './events';
export { comparePositions, formatPosition, hasReached } from './position';
export { defineUpcasters, noUpcasters, upcaster, type Upcaster, type Upcasters } from './upcasting';
export { fromStoredEvent, toEventData } from './envelope';
export { EVENT_ID_NAMESPACE, eventIdFor } from './event-ids';
export {
  CONFLICT,
  READ_MODEL_BEHIND,
  READ_MODEL_BEHIND_MESSAGE,
  ProjectionRunnerStoppedError,
  ReadModelTimeoutError,
  conflictError,
  type ConflictError,
} from './errors';
export {
  AggregateCache,
  DEFAULT_AGGREGATE_CACHE_STREAMS,
  type AggregateCacheOptions,
  type AggregateCacheStats,
  type CachedAggregate,
} from './aggregate-cache';
export {
  DEFAULT_MAX_RETRIES,
  handleCommand,
  withAggregateCache,
  type CommandMetadata,
  type CommandResult,
  type CommandStore,
  type ExpectedStreamRevision,
  type HandleCommandOptions,
} from './handle-command';
export { backfill, eventTypesPattern, type BackfillTarget } from './backfill';
export { InMemoryCheckpointStore, type CheckpointStore } from './checkpoints';
export type { Projection, ReadModelChange, ReadModelChangeListener } from './projection';
export { DEAD_LETTERS, type DeadLetter } from './dead-letters';
export {
  InMemorySnapshotStore,
  type ReadModelSnapshots,
  type RestoreOutcome,
  type SnapshotLoad,
  type SnapshotMeta,
  type SnapshotPolicy,
  type SnapshotSettings,
  type SnapshotStatus,
  type SnapshotStore,
} from './snapshots';
export { DEFAULT_MAX_SNAPSHOT_BYTES, FileSnapshotStore } from './snapshot-file-store';
export {
  KeptState,
  keptState,
  keptValue,
  readModelSnapshots,
  type KeptPart,
  type KeptParts,
  type KeptValue,
} from './kept-state';
export {
  ProjectionRunner,
  type ProjectionRunnerOptions,
  type RunnerLogger,
  type RunnerState,
  type RunnerStatus,
  type SubscribingStore,
} from './projection-runner';
export { CommandRunner, type CommandOutcome, type ReadModelProgress } from './command-runner';
export {
  withCommandObserver,
  type CommandObservation,
  type CommandObserver,
  type CommandOutcomeKind,
} from './command-observer';
export { LocalBroadcast, StoreBroadcast, type Broadcast, type StoreBroadcastOptions } from './store-broadcast';
