import { describe, expect, it } from 'vitest';
import { choiceFromQuery, defaultChoice, numberIn, periodProblem, presetPeriod, queryFromChoice } from './period';

describe('the dashboard’s period', () => {
  it('opens on the last seven days up to the desk’s today, day by day', () => {
    expect(defaultChoice('2026-03-02')).toEqual({ from: '2026-02-24', to: '2026-03-02', granularity: 'DAY' });
  });

  it('says what is wrong before anything is sent, with the domain’s limits', () => {
    expect(periodProblem({ from: '2026-02-30', to: '2026-03-02', granularity: 'DAY' })).toBe('day');
    expect(periodProblem({ from: '', to: '2026-03-02', granularity: 'DAY' })).toBe('day');
    expect(periodProblem({ from: '2026-03-03', to: '2026-03-02', granularity: 'DAY' })).toBe('order');
    expect(periodProblem({ from: '2025-01-01', to: '2026-03-02', granularity: 'DAY' })).toBe('long');
    expect(periodProblem({ from: '2026-01-01', to: '2026-03-02', granularity: 'HOUR' })).toBe('hourly');
    expect(periodProblem({ from: '2026-02-01', to: '2026-03-02', granularity: 'HOUR' })).toBe(null);
    expect(periodProblem({ from: '2026-03-02', to: '2026-03-02', granularity: 'SHIFT' })).toBe(null);
  });

  it('lives in the address and reads back from it; a wrong one reads as none', () => {
    const choice = { from: '2026-02-24', to: '2026-03-02', granularity: 'SHIFT' } as const;
    expect(choiceFromQuery(queryFromChoice(choice))).toEqual(choice);
    expect(choiceFromQuery({ from: '2026-02-24', to: '2026-03-02' })).toEqual({ ...choice, granularity: 'DAY' });
    expect(choiceFromQuery({ from: '2026-02-24', to: '2026-03-02', by: 'WEEK' })?.granularity).toBe('DAY');
    expect(choiceFromQuery({ from: '2026-03-24', to: '2026-03-02' })).toBeNull();
    expect(choiceFromQuery({})).toBeNull();
  });

  it('counts quick periods back from today, this month from the first of the reader’s month', () => {
    expect(presetPeriod('today', '2026-03-02', 2)).toEqual({ from: '2026-03-02', to: '2026-03-02' });
    expect(presetPeriod('yesterday', '2026-03-01', 1)).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    expect(presetPeriod('last7', '2026-03-02', 2)).toEqual({ from: '2026-02-24', to: '2026-03-02' });
    expect(presetPeriod('last30', '2026-03-02', 2)).toEqual({ from: '2026-02-01', to: '2026-03-02' });
    // 2 March 2026 is 11 Esfand 1404 in the Persian calendar: the Persian month began on 20 February.
    expect(presetPeriod('thisMonth', '2026-03-02', 11)).toEqual({ from: '2026-02-20', to: '2026-03-02' });
    expect(presetPeriod('thisMonth', '2026-03-02', 2)).toEqual({ from: '2026-03-01', to: '2026-03-02' });
  });

  it('reads a day of the month written in any digits', () => {
    expect(numberIn('۱۱')).toBe(11);
    expect(numberIn('١١')).toBe(11);
    expect(numberIn('11日')).toBe(11);
    expect(numberIn('—')).toBeNaN();
  });
});
