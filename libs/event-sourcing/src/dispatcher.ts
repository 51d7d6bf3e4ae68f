/**
 * The heart of the runner, without any I/O: takes events from `$all` one at a time, in order,
 * skips any at or before the last applied position (so a resubscription never re-applies),
 * hands each to the projections that handle its type, dead-letters what a projection throws on,
 * and notifies the read-model changes.
 */
import type { AllStreamResolvedEvent, Position } from '@eventstore/db-client';
import { DEAD_LETTERS, DeadLetters, describeError } from './dead-letters';
import { fromStoredEvent } from './envelope';
import type { RecordedEvent } from './events';
import { comparePositions } from './position';
import type { Projection, ReadModelChange } from './projection';
import { noUpcasters, type Upcasters } from './upcasting';

export type DispatchOutcome = 'applied' | 'already-applied' | 'no-event';

export interface DispatcherOptions {
  upcasters: Upcasters;
  /** Called for each read-model change, after the projection applied the event; must not throw. */
  notify(change: ReadModelChange): void;
  now(): number;
}

export class ProjectionDispatcher {
  readonly deadLetters = new DeadLetters();
  private readonly byEventType = new Map<string, Projection[]>();
  private last: Position | undefined;

  constructor(
    projections: readonly Projection[],
    private readonly options: DispatcherOptions,
    from?: Position,
  ) {
    const names = new Set<string>([DEAD_LETTERS]);
    for (const projection of projections) {
      if (names.has(projection.name)) throw new Error(`Two projections are named ${projection.name}.`);
      names.add(projection.name);
      for (const type of new Set(projection.handles)) {
        const handlers = this.byEventType.get(type) ?? [];
        handlers.push(projection);
        this.byEventType.set(type, handlers);
      }
    }
    this.last = from;
  }

  /** The last position applied (or loaded from the checkpoint). */
  get position(): Position | undefined {
    return this.last;
  }

  dispatch(resolved: AllStreamResolvedEvent): DispatchOutcome {
    const stored = resolved.event;
    if (!stored) return 'no-event';
    if (this.last && comparePositions(stored.position, this.last) <= 0) return 'already-applied';
    const handlers = this.byEventType.get(stored.type);
    if (handlers) {
      let event: RecordedEvent | undefined;
      let decodeError: unknown;
      try {
        event = fromStoredEvent(stored, this.options.upcasters);
      } catch (error) {
        decodeError = error;
      }
      for (const projection of handlers) {
        let changed: boolean;
        try {
          if (!event) throw decodeError;
          changed = projection.apply(event) !== false;
        } catch (error) {
          this.deadLetter(projection.name, stored, error, event);
          continue;
        }
        if (changed) this.options.notify({ projection: projection.name, event: event! });
      }
    }
    this.last = stored.position;
    return 'applied';
  }

  private deadLetter(
    projection: string,
    stored: NonNullable<AllStreamResolvedEvent['event']>,
    error: unknown,
    event?: RecordedEvent,
  ) {
    this.deadLetters.record({
      projection,
      eventId: stored.id,
      eventType: stored.type,
      streamName: stored.streamId,
      position: stored.position,
      error: describeError(error),
      recordedAt: new Date(this.options.now()).toISOString(),
    });
    this.options.notify({ projection: DEAD_LETTERS, event: event ?? fromStoredEvent(stored, noUpcasters) });
  }
}
