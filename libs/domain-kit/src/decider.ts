/**
 * Emmett-style deciders: pure functions, no I/O and no clock (time comes in the command).
 * `decide` returns the events that happen, or a rejection value with a stable code.
 */
import type { DomainEvent } from './events';

/** A rejection at the domain edge: a stable `code` (one table per context) and a readable message. */
export interface DomainError {
  code: string;
  message: string;
}

export interface Decider<Command, Event extends DomainEvent, State, Rejection extends DomainError = DomainError> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): readonly Event[] | Rejection;
}

export function isRejection<Event, Rejection>(decision: readonly Event[] | Rejection): decision is Rejection {
  return !Array.isArray(decision);
}

/** The state after the given events, from the initial state. */
export function fold<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State, DomainError>, 'initialState' | 'evolve'>,
  events: readonly Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState());
}
