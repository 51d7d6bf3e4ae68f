import { describe, expect, it } from 'vitest';
import { fromLocalInputValue, toLocalInputValue } from './local-date-time';

describe('local date-time values', () => {
  it('go from an instant to the input and back, to the second', () => {
    const instant = new Date(2026, 2, 21, 14, 5, 30);
    expect(toLocalInputValue(instant)).toBe('2026-03-21T14:05:30');
    expect(fromLocalInputValue('2026-03-21T14:05:30')?.getTime()).toBe(instant.getTime());
    expect(fromLocalInputValue('2026-03-21T14:05')?.getTime()).toBe(new Date(2026, 2, 21, 14, 5).getTime());
    expect(fromLocalInputValue('2026-03-21T14:05:30.250')?.getMilliseconds()).toBe(250);
  });

  it('refuse what is not a date and time', () => {
    expect(fromLocalInputValue('')).toBeNull();
    expect(fromLocalInputValue('yesterday')).toBeNull();
    expect(fromLocalInputValue('2026-02-31T10:00')).toBeNull();
  });
});
