/**
 * What an event is in a context's domain: a past-tense business fact with a `type` and its
 * `data` (each context declares a discriminated union of them), and who caused it.
 */

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
