/**
 * Between domain events and the store's records: writing puts the metadata envelope on an event;
 * reading takes it off again and upcasts the payload to today's schema.
 */
import type { EventData, JSONType, RecordedEvent as StoredEvent } from '@eventstore/db-client';
import type { Actor, DomainEvent, EventMetadata, RecordedEvent } from './events';
import type { Upcasters } from './upcasting';

/** The event as the store takes it, with its id and metadata. */
export function toEventData(event: DomainEvent, id: string, metadata: EventMetadata): EventData {
  return {
    id,
    contentType: 'application/json',
    type: event.type,
    data: event.data as JSONType,
    metadata: metadata as unknown as JSONType,
  };
}

const SYSTEM_ACTOR: Actor = { kind: 'system', id: 'unknown' };

/** Metadata as written by the path; records written some other way get neutral values. */
function readMetadata(stored: StoredEvent): EventMetadata {
  const raw = (
    stored.metadata !== null && typeof stored.metadata === 'object' && !(stored.metadata instanceof Uint8Array)
      ? stored.metadata
      : {}
  ) as Partial<Record<keyof EventMetadata, unknown>>;
  const actor = raw.actor as Partial<Actor> | undefined;
  return {
    correlationId: typeof raw.correlationId === 'string' ? raw.correlationId : stored.id,
    causationId: typeof raw.causationId === 'string' ? raw.causationId : stored.id,
    actor: actor && typeof actor.kind === 'string' && typeof actor.id === 'string' ? (actor as Actor) : SYSTEM_ACTOR,
    schema: typeof raw.schema === 'number' ? raw.schema : 1,
  };
}

/**
 * A stored record as a typed recorded event. The caller vouches for the type `E`: streams and
 * handled event types are declared per context. Throws if an upcaster throws.
 */
export function fromStoredEvent<E extends DomainEvent = DomainEvent>(
  stored: StoredEvent,
  upcasters: Upcasters,
): RecordedEvent<E> {
  const metadata = readMetadata(stored);
  const data = upcasters.upcast(stored.type, metadata.schema, stored.data);
  return {
    type: stored.type,
    data,
    id: stored.id,
    streamName: stored.streamId,
    revision: stored.revision,
    position: stored.position ?? { commit: -1n, prepare: -1n },
    createdAt: stored.created,
    metadata,
  } as RecordedEvent<E>;
}
