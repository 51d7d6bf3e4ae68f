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
  /** Shared between the runner's dispatchers. Default: a list of its own. */
  deadLetters?: DeadLetters;
  /** A projection applied an event without throwing. */
  changed?(projection: string): void;
  /** Called for each read-model change, after the projection applied the event; must not throw. */
  notify(change: ReadModelChange): void;
  now(): number;
}

export class ProjectionDispatcher {
  readonly deadLetters: DeadLetters;
  private readonly byEventType = new Map<string, Projection[]>();
  /** Projections restored past `from`: each is given only the events after its own position. */
  private readonly ahead = new Map<Projection, Position>();
  private last: Position | undefined;
  private lastId: string | undefined;

  constructor(
    projections: readonly Projection[],
    private readonly options: DispatcherOptions,
    from?: Position,
    starts: { fromEventId?: string; ahead?: ReadonlyMap<string, Position> } = {},
  ) {
    this.deadLetters = options.deadLetters ?? new DeadLetters();
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
    this.lastId = starts.fromEventId;
    for (const projection of projections) {
      const own = starts.ahead?.get(projection.name);
      if (own && (!from || comparePositions(own, from) > 0)) this.ahead.set(projection, own);
    }
  }

  /** The id of the event at `position` (unknown when it came from a checkpoint). */
  get lastEventId(): string | undefined {
    return this.lastId;
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
        if (this.ahead.size > 0 && this.isAhead(projection, stored.position)) continue;
        let changed: boolean;
        try {
          if (!event) throw decodeError;
          changed = projection.apply(event) !== false;
          this.options.changed?.(projection.name);
        } catch (error) {
          this.deadLetter(projection.name, stored, error, event);
          continue;
        }
        if (changed) this.options.notify({ projection: projection.name, event: event! });
      }
    }
    this.last = stored.position;
    this.lastId = stored.id;
    return 'applied';
  }

  /** True while the projection's own position is at or past this one (it was restored there). */
  private isAhead(projection: Projection, position: Position): boolean {
    const own = this.ahead.get(projection);
    if (!own) return false;
    if (comparePositions(position, own) <= 0) return true;
    this.ahead.delete(projection);
    return false;
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
