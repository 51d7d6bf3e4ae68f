/**
 * The dashboard's period, pure: days (YYYY-MM-DD) in the organisation's time zone as the api names
 * them, the granularity, the quick periods counted back from the desk's today, and what is wrong
 * with a choice before it is sent (the domain's own rules and limits).
 */
import { OPERATIONS_GRANULARITIES, OPERATIONS_LIMITS, daysInPeriod, isDay } from '@deskstream/operations-domain';
import type { LocationQuery } from 'vue-router';
import type { OperationsGranularity } from '../generated/graphql';

export interface PeriodChoice {
  from: string;
  to: string;
  granularity: OperationsGranularity;
}

export type PeriodProblem = 'day' | 'order' | 'long' | 'hourly';
export const PERIOD_PRESETS = ['today', 'yesterday', 'last7', 'last30', 'thisMonth'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A day `days` later (earlier when negative), counted without any time zone. */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** An instant inside the day that shows as that day when formatted with `timeZone: 'UTC'`. */
export const noonOf = (day: string) => `${day}T12:00:00Z`;

/** Why the choice cannot be shown, or null. */
export function periodProblem(choice: PeriodChoice): PeriodProblem | null {
  if (!isDay(choice.from) || !isDay(choice.to)) return 'day';
  const days = daysInPeriod(choice.from, choice.to);
  if (days < 1) return 'order';
  if (days > OPERATIONS_LIMITS.maxPeriodDays) return 'long';
  if (choice.granularity === 'HOUR' && days > OPERATIONS_LIMITS.maxHourlyPeriodDays) return 'hourly';
  return null;
}

const isGranularity = (value: unknown): value is OperationsGranularity =>
  typeof value === 'string' && (OPERATIONS_GRANULARITIES as readonly string[]).includes(value);

/** The last seven days up to today, day by day: what the dashboard opens with. */
export const defaultChoice = (today: string): PeriodChoice => ({
  from: shiftDay(today, -6),
  to: today,
  granularity: 'DAY',
});

/** The choice an address names (`?from=…&to=…&by=…`), or null when it names none or a wrong one. */
export function choiceFromQuery(query: LocationQuery): PeriodChoice | null {
  const { from, to, by } = query;
  if (typeof from !== 'string' || typeof to !== 'string') return null;
  const choice = { from, to, granularity: isGranularity(by) ? by : 'DAY' } as PeriodChoice;
  return periodProblem(choice) === null ? choice : null;
}

export const queryFromChoice = (choice: PeriodChoice) => ({
  from: choice.from,
  to: choice.to,
  by: choice.granularity,
});

/**
 * A quick period ending on the desk's today. "This month" is the reader's month: `dayOfMonth` is
 * today's day in the reader's calendar (the Persian one in Persian), so it starts on its first day.
 */
export function presetPeriod(preset: PeriodPreset, today: string, dayOfMonth: number): { from: string; to: string } {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday':
      return { from: shiftDay(today, -1), to: shiftDay(today, -1) };
    case 'last7':
      return { from: shiftDay(today, -6), to: today };
    case 'last30':
      return { from: shiftDay(today, -29), to: today };
    case 'thisMonth':
      return { from: shiftDay(today, -(Math.max(1, dayOfMonth) - 1)), to: today };
  }
}

const DIGITS = ['0123456789', '۰۱۲۳۴۵۶۷۸۹', '٠١٢٣٤٥٦٧٨٩'];

/** A whole number written in Latin, Persian or Arabic digits (other characters ignored); NaN without digits. */
export function numberIn(text: string): number {
  let digits = '';
  for (const character of text) {
    for (const set of DIGITS) {
      const index = set.indexOf(character);
      if (index >= 0) digits += String(index);
    }
  }
  return digits === '' ? Number.NaN : Number(digits);
}
