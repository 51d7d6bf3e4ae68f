/**
 * What an event is on the path: a domain event is a `type` and its `data` (each context declares
 * a discriminated union of them); once recorded it carries its envelope — where it sits in the
 * store and the metadata every event has.
 */
import type { Position } from '@eventstore/db-client';
import type { DomainEvent, EventMetadata } from '@deskstream/domain-kit';

export type { Actor, ActorKind, DomainEvent, EventMetadata } from '@deskstream/domain-kit';

export type { Position } from '@eventstore/db-client';

/** Where a recorded event sits and what came with it. */
export interface EventEnvelope {
  id: string;
  streamName: string;
  revision: bigint;
  position: Position;
  createdAt: Date;
  metadata: EventMetadata;
}

/** A domain event as read back: its type and (upcast) data, plus its envelope. */
export type RecordedEvent<E extends DomainEvent = DomainEvent> = E & EventEnvelope;
