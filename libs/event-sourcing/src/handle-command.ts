/**
 * Command handling, the write half of the path: fold the stream's events with `evolve`, `decide`,
 * append with the exact expected revision and ids derived from the command id. A retried command
 * finds its own events and returns the original result; a concurrent change means re-read and
 * re-decide, a bounded number of times.
 *
 * With an aggregate cache on the store (`withAggregateCache`), the process remembers each
 * stream's state after its commands and decides the next command from it without reading the
 * stream; the exact expected revision makes the store refuse the append if anyone wrote in
 * between, and only then is the stream read. Commands on one stream run one after the other
 * within the process.
 */
import {
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendResult,
  type EventStoreDBClient,
  type Position,
} from '@eventstore/db-client';
import { AggregateCache, eventIdFingerprint } from './aggregate-cache';
import { isRejection, type Decider, type DomainError } from '@deskstream/domain-kit';
import { toEventData, fromStoredEvent } from './envelope';
import { conflictError, type ConflictError } from './errors';
import { eventIdFor } from './event-ids';
import type { Actor, DomainEvent, EventMetadata } from './events';
import { noUpcasters, type Upcasters } from './upcasting';
import type { CommandObserver } from './command-observer';

/** What the caller knows about who and why; both ids default to the command id. */
export interface CommandMetadata {
  actor: Actor;
  correlationId?: string;
  causationId?: string;
}

export interface HandleCommandOptions<Command, Event extends DomainEvent, State, Rejection extends DomainError> {
  streamName: string;
  decider: Decider<Command, Event, State, Rejection>;
  command: Command;
  /** Unique per intent: the client sends it, a retry repeats it. */
  commandId: string;
  metadata: CommandMetadata;
  /** Re-reads after a concurrent change. Default 3. */
  maxRetries?: number;
  /** The context's upcasters: payloads are upcast before `evolve`, and written with today's schema. */
  upcasters?: Upcasters;
}

export type ExpectedStreamRevision = bigint | 'no_stream';

export type CommandResult<Event extends DomainEvent, Rejection extends DomainError> =
  | {
      ok: true;
      /** The events the command decided (for a retried command: those it decided the first time). */
      events: Event[];
      /** Where the last of them sits in `$all`; for no events, the stream's last event (if any). Pass to `waitFor`. */
      position: Position | undefined;
      nextExpectedRevision: ExpectedStreamRevision;
    }
  | { ok: false; error: Rejection | ConflictError };

/** The part of the client command handling uses, and this process's aggregate cache if it keeps one. */
export type CommandStore = Pick<EventStoreDBClient, 'readStream' | 'appendToStream'> & {
  /** Without it every command reads its stream first, and commands on one stream are not queued. */
  readonly aggregates?: AggregateCache;
  /** Told of each command a `CommandRunner` runs on this store (see `withCommandObserver`). */
  readonly observer?: CommandObserver;
};

/** The store with an aggregate cache: one per process, shared by every context's commands. */
export function withAggregateCache(
  client: Pick<EventStoreDBClient, 'readStream' | 'appendToStream'>,
  aggregates: AggregateCache = new AggregateCache(),
): CommandStore & { readonly aggregates: AggregateCache } {
  return {
    readStream: ((...args: Parameters<EventStoreDBClient['readStream']>) =>
      client.readStream(...args)) as EventStoreDBClient['readStream'],
    appendToStream: ((...args: Parameters<EventStoreDBClient['appendToStream']>) =>
      client.appendToStream(...args)) as EventStoreDBClient['appendToStream'],
    aggregates,
  };
}

export const DEFAULT_MAX_RETRIES = 3;

interface StreamSnapshot<State, Event> {
  state: State;
  revision: ExpectedStreamRevision;
  lastPosition: Position | undefined;
  /** Fingerprints of every event id read, when there is a cache to fill. */
  eventIds: Set<number> | undefined;
  /** This command's events if it already ran, with where the last one sits. */
  earlier?: { events: Event[]; position: Position | undefined; revision: bigint };
}

export async function handleCommand<Command, Event extends DomainEvent, State, Rejection extends DomainError>(
  client: CommandStore,
  options: HandleCommandOptions<Command, Event, State, Rejection>,
): Promise<CommandResult<Event, Rejection>> {
  const { maxRetries = DEFAULT_MAX_RETRIES } = options;
  if (!Number.isInteger(maxRetries) || maxRetries < 0)
    throw new Error(`maxRetries must be a whole number from 0, not ${maxRetries}.`);
  const cache = client.aggregates;
  if (!cache) return decideAndAppend(client, undefined, options, maxRetries);
  return cache.exclusive(options.streamName, () => decideAndAppend(client, cache, options, maxRetries));
}

async function decideAndAppend<Command, Event extends DomainEvent, State, Rejection extends DomainError>(
  client: CommandStore,
  cache: AggregateCache | undefined,
  options: HandleCommandOptions<Command, Event, State, Rejection>,
  maxRetries: number,
): Promise<CommandResult<Event, Rejection>> {
  const { streamName, decider, command, commandId, upcasters = noUpcasters } = options;
  const metadata = {
    correlationId: options.metadata.correlationId ?? commandId,
    causationId: options.metadata.causationId ?? commandId,
    actor: options.metadata.actor,
  };
  const proposal = (decision: readonly Event[]) =>
    decision.map((event, index) =>
      toEventData(event, eventIdFor(commandId, index), {
        ...metadata,
        schema: upcasters.schemaOf(event.type),
      } satisfies EventMetadata),
    );
  const remember = (
    decided: { eventIds: Set<number> },
    decision: readonly Event[],
    nextState: State,
    appended: AppendResult,
  ) => {
    for (let index = 0; index < decision.length; index++)
      decided.eventIds.add(eventIdFingerprint(eventIdFor(commandId, index)));
    cache!.remember<State>(streamName, {
      decider,
      state: nextState,
      revision: appended.nextExpectedRevision,
      lastPosition: appended.position,
      eventIds: decided.eventIds,
    });
  };

  let attempt = 1;
  const known = cache?.get<State>(streamName, decider);
  // A command whose first event id the stream may already hold is perhaps a retry: the read below tells.
  if (known && !known.eventIds.has(eventIdFingerprint(eventIdFor(commandId, 0)))) {
    const decision = decider.decide(command, known.state);
    // A rejection, or nothing to do, may come from a state someone else has changed since: only a read can tell.
    if (!isRejection(decision) && decision.length > 0) {
      const nextState = decision.reduce(decider.evolve, known.state);
      const appended = await appendOrConflict(client, streamName, proposal(decision), known.revision);
      if (appended !== 'conflict' && appended.position !== undefined) {
        cache!.count(true);
        remember(known, decision, nextState, appended);
        return {
          ok: true,
          events: [...decision],
          position: appended.position,
          nextExpectedRevision: appended.nextExpectedRevision,
        };
      }
      // Someone else wrote in between (or this very command, which the store recognised): read and decide again.
      cache!.forget(streamName);
      if (attempt > maxRetries) {
        if (appended === 'conflict') return { ok: false, error: conflictError(streamName, attempt) };
        return {
          ok: true,
          events: [...decision],
          position: appended.position,
          nextExpectedRevision: appended.nextExpectedRevision,
        };
      }
      attempt++;
    }
  }
  cache?.count(false);

  for (; ; attempt++) {
    const stream = await readStream(client, streamName, decider, commandId, upcasters, cache !== undefined);
    // A stream that does not exist is remembered only once a command creates it: commands on made-up ids push nothing out.
    if (cache && stream.revision !== 'no_stream') {
      cache.remember<State>(streamName, {
        decider,
        state: stream.state,
        revision: stream.revision,
        lastPosition: stream.lastPosition,
        eventIds: stream.eventIds!,
      });
    }
    if (stream.earlier) {
      const { events, position, revision } = stream.earlier;
      return { ok: true, events, position, nextExpectedRevision: revision };
    }
    const decision = decider.decide(command, stream.state);
    if (isRejection(decision)) return { ok: false, error: decision };
    if (decision.length === 0) {
      return { ok: true, events: [], position: stream.lastPosition, nextExpectedRevision: stream.revision };
    }
    const nextState = cache ? decision.reduce(decider.evolve, stream.state) : stream.state;
    const appended = await appendOrConflict(client, streamName, proposal(decision), stream.revision);
    if (appended === 'conflict') {
      cache?.forget(streamName);
      if (attempt > maxRetries) return { ok: false, error: conflictError(streamName, attempt) };
      continue;
    }
    // A duplicate the store recognised may come back without a position: the re-read finds the original.
    if (appended.position === undefined && attempt <= maxRetries) {
      cache?.forget(streamName);
      continue;
    }
    if (cache) {
      if (appended.position === undefined) cache.forget(streamName);
      else remember({ eventIds: stream.eventIds! }, decision, nextState, appended);
    }
    return {
      ok: true,
      events: [...decision],
      position: appended.position,
      nextExpectedRevision: appended.nextExpectedRevision,
    };
  }
}

async function appendOrConflict(
  client: CommandStore,
  streamName: string,
  events: ReturnType<typeof toEventData>[],
  expectedRevision: ExpectedStreamRevision,
): Promise<AppendResult | 'conflict'> {
  try {
    return await client.appendToStream(streamName, events, { expectedRevision });
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) return 'conflict';
    throw error;
  }
}

async function readStream<Event extends DomainEvent, State>(
  client: CommandStore,
  streamName: string,
  decider: Pick<Decider<unknown, Event, State, DomainError>, 'initialState' | 'evolve'>,
  commandId: string,
  upcasters: Upcasters,
  collectIds: boolean,
): Promise<StreamSnapshot<State, Event>> {
  const snapshot: StreamSnapshot<State, Event> = {
    state: decider.initialState(),
    revision: 'no_stream',
    lastPosition: undefined,
    eventIds: collectIds ? new Set() : undefined,
  };
  let nextOwnId = eventIdFor(commandId, 0);
  try {
    for await (const resolved of client.readStream(streamName)) {
      const stored = resolved.event;
      if (!stored) continue;
      const event = fromStoredEvent<Event>(stored, upcasters);
      snapshot.state = decider.evolve(snapshot.state, event);
      snapshot.revision = stored.revision;
      snapshot.lastPosition = stored.position;
      snapshot.eventIds?.add(eventIdFingerprint(stored.id));
      if (stored.id === nextOwnId) {
        const earlier = (snapshot.earlier ??= { events: [], position: undefined, revision: stored.revision });
        earlier.events.push({ type: event.type, data: event.data } as Event);
        earlier.position = stored.position;
        earlier.revision = stored.revision;
        nextOwnId = eventIdFor(commandId, earlier.events.length);
      }
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return snapshot;
}
