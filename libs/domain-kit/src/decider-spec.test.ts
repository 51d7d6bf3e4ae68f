import { describe, expect, it } from 'vitest';
import { deciderSpec } from './decider-spec';
import { fold, type Decider } from './decider';
import type { DomainEvent } from './events';

type CounterEvent = DomainEvent<'Counted', { by: number }>;
type CounterCommand = { type: 'Count'; by: number };
const counter: Decider<CounterCommand, CounterEvent, number, { code: 'COUNTER_TOO_HIGH'; message: string }> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.by,
  decide: (command, total) =>
    total + command.by > 3
      ? { code: 'COUNTER_TOO_HIGH', message: 'At most 3.' }
      : [{ type: 'Counted', data: { by: command.by } }],
};
const given = deciderSpec(counter);
const counted = (by: number): CounterEvent => ({ type: 'Counted', data: { by } });

describe('given / when / then', () => {
  it('checks the events decided', () => {
    given([counted(1)])
      .when({ type: 'Count', by: 2 })
      .then([counted(2)]);
    expect(() =>
      given([])
        .when({ type: 'Count', by: 1 })
        .then([counted(2)]),
    ).toThrow();
  });

  it('checks the rejection code', () => {
    given([counted(3)])
      .when({ type: 'Count', by: 1 })
      .then('COUNTER_TOO_HIGH');
    expect(() => given([]).when({ type: 'Count', by: 1 }).then('COUNTER_TOO_HIGH')).toThrow(/Expected the rejection/);
  });

  it('folds history into state', () => {
    expect(fold(counter, [counted(1), counted(2)])).toBe(3);
  });
});
