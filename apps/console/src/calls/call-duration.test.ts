import { createFormatter } from '@deskstream/ui';
import { describe, expect, it } from 'vitest';
import { durationFrom, formatDuration } from './call-duration';

describe('a call’s length', () => {
  it('reads as a clock, past an hour with hours, in the reader’s digits', () => {
    const en = createFormatter('en');
    expect(formatDuration(247, en)).toBe('4:07');
    expect(formatDuration(0, en)).toBe('0:00');
    expect(formatDuration(3729, en)).toBe('1:02:09');
    expect(formatDuration(247, createFormatter('fa'))).toBe('۴:۰۷');
  });

  it('is empty while unknown', () => {
    const en = createFormatter('en');
    expect(formatDuration(null, en)).toBe('');
    expect(formatDuration(-1, en)).toBe('');
  });

  it('comes from the form’s minutes and seconds, or is refused', () => {
    expect(durationFrom('4', '7')).toBe(247);
    expect(durationFrom('', '')).toBe(0);
    expect(durationFrom(' 12 ', '')).toBe(720);
    expect(durationFrom('1.5', '0')).toBeNull();
    expect(durationFrom('2', '60')).toBeNull();
    expect(durationFrom('-1', '0')).toBeNull();
    expect(durationFrom('x', '0')).toBeNull();
  });
});
