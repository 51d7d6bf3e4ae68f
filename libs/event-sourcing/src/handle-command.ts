/**
 * Command handling, the write half of the path: read the stream, fold `evolve`, `decide`, append
 * with the exact expected revision and ids derived from the command id. A retried command finds
 * its own events and returns the original result; a concurrent change means re-read and
 * re-decide, a bounded number of times.
 */
import {
  StreamNotFoundError,
  WrongExpectedVersionError,
  type EventStoreDBClient,
  type Position,
} from '@eventstore/db-client';
import { isRejection, type Decider, type DomainError } from './decider';
import { toEventData, fromStoredEvent } from './envelope';
import { conflictError, type ConflictError } from './errors';
import { eventIdFor } from './event-ids';
import type { Actor, DomainEvent, EventMetadata } from './events';
import { noUpcasters, type Upcasters } from './upcasting';

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

/** The part of the client command handling uses. */
export type CommandStore = Pick<EventStoreDBClient, 'readStream' | 'appendToStream'>;

export const DEFAULT_MAX_RETRIES = 3;

interface StreamSnapshot<State, Event> {
  state: State;
  revision: ExpectedStreamRevision;
  lastPosition: Position | undefined;
  /** This command's events if it already ran, with where the last one sits. */
  earlier?: { events: Event[]; position: Position | undefined; revision: bigint };
}

export async function handleCommand<Command, Event extends DomainEvent, State, Rejection extends DomainError>(
  client: CommandStore,
  options: HandleCommandOptions<Command, Event, State, Rejection>,
): Promise<CommandResult<Event, Rejection>> {
  const { streamName, decider, command, commandId, maxRetries = DEFAULT_MAX_RETRIES, upcasters = noUpcasters } = options;
  if (!Number.isInteger(maxRetries) || maxRetries < 0) throw new Error(`maxRetries must be a whole number from 0, not ${maxRetries}.`);
  const metadata = {
    correlationId: options.metadata.correlationId ?? commandId,
    causationId: options.metadata.causationId ?? commandId,
    actor: options.metadata.actor,
  };

  for (let attempt = 1; ; attempt++) {
    const stream = await readStream(client, streamName, decider, commandId, upcasters);
    if (stream.earlier) {
      const { events, position, revision } = stream.earlier;
      return { ok: true, events, position, nextExpectedRevision: revision };
    }
    const decision = decider.decide(command, stream.state);
    if (isRejection(decision)) return { ok: false, error: decision };
    if (decision.length === 0) {
      return { ok: true, events: [], position: stream.lastPosition, nextExpectedRevision: stream.revision };
    }
    const proposed = decision.map((event, index) =>
      toEventData(event, eventIdFor(commandId, index), { ...metadata, schema: upcasters.schemaOf(event.type) } satisfies EventMetadata),
    );
    try {
      const appended = await client.appendToStream(streamName, proposed, { expectedRevision: stream.revision });
      // A duplicate the store recognised may come back without a position: the re-read finds the original.
      if (appended.position === undefined && attempt <= maxRetries) continue;
      return { ok: true, events: [...decision], position: appended.position, nextExpectedRevision: appended.nextExpectedRevision };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (attempt > maxRetries) return { ok: false, error: conflictError(streamName, attempt) };
    }
  }
}

async function readStream<Event extends DomainEvent, State>(
  client: CommandStore,
  streamName: string,
  decider: Pick<Decider<unknown, Event, State, DomainError>, 'initialState' | 'evolve'>,
  commandId: string,
  upcasters: Upcasters,
): Promise<StreamSnapshot<State, Event>> {
  const snapshot: StreamSnapshot<State, Event> = { state: decider.initialState(), revision: 'no_stream', lastPosition: undefined };
  let nextOwnId = eventIdFor(commandId, 0);
  try {
    for await (const resolved of client.readStream(streamName)) {
      const stored = resolved.event;
      if (!stored) continue;
      const event = fromStoredEvent<Event>(stored, upcasters);
      snapshot.state = decider.evolve(snapshot.state, event);
      snapshot.revision = stored.revision;
      snapshot.lastPosition = stored.position;
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
