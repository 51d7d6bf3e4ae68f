/**
 * Given-when-then for decider tests:
 *
 *   const given = deciderSpec(ticketDecider);
 *   given([opened]).when(closeTicket).then([closed]);
 *   given([]).when(closeTicket).then('TICKET_NOT_FOUND');
 *
 * Failures throw assertion errors, so any test runner shows the difference.
 */
import { deepStrictEqual, fail } from 'node:assert/strict';
import { fold, isRejection, type Decider, type DomainError } from './decider';
import type { DomainEvent } from './events';

export interface DeciderExpectation<Event, Rejection extends DomainError> {
  /** The events decided, in order; or the code of the rejection. */
  then(expected: readonly Event[] | Rejection['code']): void;
}

export function deciderSpec<Command, Event extends DomainEvent, State, Rejection extends DomainError>(
  decider: Decider<Command, Event, State, Rejection>,
) {
  return (history: readonly Event[] = []) => ({
    when(command: Command): DeciderExpectation<Event, Rejection> {
      return {
        then(expected) {
          if (typeof expected === 'function') {
            fail('given(…).when(…) was awaited; call .then(events) or .then(errorCode) instead.');
          }
          const decision = decider.decide(command, fold(decider, history));
          if (typeof expected === 'string') {
            if (!isRejection(decision))
              fail(`Expected the rejection ${expected}, but it decided ${JSON.stringify(decision)}.`);
            deepStrictEqual(
              decision.code,
              expected,
              `Expected the rejection ${expected}, got ${decision.code}: ${decision.message}`,
            );
            return;
          }
          if (isRejection(decision))
            fail(`Expected events, but it rejected with ${decision.code}: ${decision.message}`);
          deepStrictEqual(decision, expected);
        },
      };
    },
  });
}
