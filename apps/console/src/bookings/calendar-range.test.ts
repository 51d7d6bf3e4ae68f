import { describe, expect, it } from 'vitest';
import { shownHours } from './calendar-range';

const at = (hour: number, minute = 0, day = 9) => new Date(2026, 11, day, hour, minute);

describe('the hours the calendar shows', () => {
  it('are the working day when the sessions fall inside it', () => {
    expect(shownHours([])).toEqual({ slotMinTime: '07:00:00', slotMaxTime: '21:00:00' });
    expect(shownHours([[at(10), at(10, 45)]])).toEqual({ slotMinTime: '07:00:00', slotMaxTime: '21:00:00' });
  });

  it('widen to a session early in the morning or late at night on the librarian’s clock', () => {
    expect(shownHours([[at(3), at(3, 45)]])).toEqual({ slotMinTime: '03:00:00', slotMaxTime: '21:00:00' });
    expect(shownHours([[at(21, 30), at(22, 15)]])).toEqual({ slotMinTime: '07:00:00', slotMaxTime: '23:00:00' });
    expect(shownHours([[at(23, 30), at(0, 15, 10)]])).toEqual({ slotMinTime: '07:00:00', slotMaxTime: '24:00:00' });
  });
});
