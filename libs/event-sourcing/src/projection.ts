/**
 * A projection folds the events it handles into its own in-memory read model. It is pure and
 * synchronous: it never calls the store, and it is applied strictly in `$all` order.
 */
import type { DomainEvent, RecordedEvent } from './events';
import type { ReadModelSnapshots } from './snapshots';

export interface Projection<E extends DomainEvent = DomainEvent> {
  /** Unique per runner; change notifications and dead letters name it. */
  name: string;
  /** The event types it is given; the runner skips the rest. */
  handles: readonly E['type'][];
  /** Applies one event. Return `false` when the read model did not change (no notification). */
  apply(event: RecordedEvent<E>): boolean | void;
  /**
   * Its read model's snapshots, when it keeps them: restored at start instead of replayed.
   * Projections sharing one read model give the same object. See the README, "Snapshots".
   */
  snapshots?: ReadModelSnapshots;
}

/** A read model changed because of an event: what subscriptions are fed from. */
export interface ReadModelChange {
  projection: string;
  event: RecordedEvent;
}

export type ReadModelChangeListener = (change: ReadModelChange) => void;
