/**
 * What an event is on the path: a domain event is a `type` and its `data` (each context declares
 * a discriminated union of them); once recorded it carries its envelope — where it sits in the
 * store and the metadata every event has.
 */
import type { Position } from '@eventstore/db-client';

export type { Position } from '@eventstore/db-client';

/** A past-tense business fact, e.g. `{ type: 'TicketOpened', data: { ticketId, … } }`. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/** Who caused an event: a staff member, a customer, an anonymous visitor, or the system itself. */
export type ActorKind = 'staff' | 'customer' | 'visitor' | 'system';

export interface Actor {
  kind: ActorKind;
  id: string;
}

/** Metadata on every event. `schema` is the version of the payload's shape for its type. */
export interface EventMetadata {
  correlationId: string;
  causationId: string;
  actor: Actor;
  schema: number;
}

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
