import { describe, expect, it } from 'vitest';
import { checkedFilter } from './filter';

const reasonOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { reason?: string } }).extensions?.reason;
  }
  return undefined;
};

describe('the dashboard filter', () => {
  it('takes real days, by the day unless asked otherwise', () => {
    expect(checkedFilter({ from: ' 2025-03-08 ', to: '2025-05-25' })).toEqual({
      from: '2025-03-08',
      to: '2025-05-25',
      granularity: 'DAY',
    });
    expect(checkedFilter({ from: '2024-02-29', to: '2024-02-29', granularity: 'HOUR' }).granularity).toBe('HOUR');
  });

  it('refuses days that do not exist, periods that run backwards or too long', () => {
    expect(reasonOf(() => checkedFilter({ from: '2025-02-29', to: '2025-03-01' }))).toBe('OPERATIONS_DAY_INVALID');
    expect(reasonOf(() => checkedFilter({ from: '2025-3-1', to: '2025-03-01' }))).toBe('OPERATIONS_DAY_INVALID');
    expect(reasonOf(() => checkedFilter({ from: '2025-03-02', to: '2025-03-01' }))).toBe('OPERATIONS_PERIOD_INVALID');
    expect(reasonOf(() => checkedFilter({ from: '2025-01-01', to: '2026-02-05' }))).toBe('OPERATIONS_PERIOD_INVALID');
    expect(reasonOf(() => checkedFilter({ from: '2025-01-01', to: '2025-02-01', granularity: 'HOUR' }))).toBe(
      'OPERATIONS_PERIOD_INVALID',
    );
    expect(
      reasonOf(() => checkedFilter({ from: '2025-01-01', to: '2025-01-31', granularity: 'HOUR' })),
    ).toBeUndefined();
  });
});
