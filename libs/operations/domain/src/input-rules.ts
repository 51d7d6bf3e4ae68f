/**
 * Operations' input rules, pure: the console checks a form with them before it sends it and the
 * deciders check every command with them. Shift times are whole hours of the organisation's day.
 */
import type { OperationsErrorReason } from './errors';
import type { ShiftDefinition } from './operations-events';
import { OPERATIONS_LIMITS, OUTSIDE_SHIFTS } from './limits';

const SHIFT_KEY = /^[a-z0-9-]{1,32}$/;
const SHIFT_TIME = /^([01]\d|2[0-4]):00$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `HH:00` as the hour (0–24), or null. */
export function shiftHour(time: string): number | null {
  const match = SHIFT_TIME.exec(time);
  return match ? Number(match[1]) : null;
}

/** The local hours a shift covers in order, from its start; an end before the start runs past midnight. */
export function shiftHours(shift: Pick<ShiftDefinition, 'start' | 'end'>): number[] {
  const start = shiftHour(shift.start);
  const end = shiftHour(shift.end);
  if (start === null || end === null || start === 24 || end === 0 || start === end) return [];
  const hours: number[] = [];
  for (let hour = start; hour !== end % 24 || hours.length === 0; hour = (hour + 1) % 24) {
    hours.push(hour);
    if (hours.length === 24) break;
  }
  return hours;
}

/** Where each local hour (0–23) goes: its shift's key and whether it belongs to the previous day's shift (past midnight). */
export interface HourShift {
  key: string;
  previousDay: boolean;
}

export function hourShifts(shifts: readonly ShiftDefinition[]): HourShift[] {
  const table: HourShift[] = Array.from({ length: 24 }, () => ({ key: OUTSIDE_SHIFTS, previousDay: false }));
  for (const shift of shifts) {
    const start = shiftHour(shift.start) ?? 0;
    for (const hour of shiftHours(shift)) table[hour] = { key: shift.key, previousDay: hour < start };
  }
  return table;
}

const NAME_LOCALES = ['fa', 'en', 'ja', 'vi'] as const;

/** Why these shifts cannot be defined, or null. */
export function shiftsProblem(shifts: readonly ShiftDefinition[]): OperationsErrorReason | null {
  if (shifts.length < 1 || shifts.length > OPERATIONS_LIMITS.maxShifts) return 'OPERATIONS_SHIFTS_INVALID';
  const keys = new Set<string>();
  for (const shift of shifts) {
    if (!SHIFT_KEY.test(shift.key) || shift.key === OUTSIDE_SHIFTS || keys.has(shift.key))
      return 'OPERATIONS_SHIFT_KEY_INVALID';
    keys.add(shift.key);
    for (const locale of NAME_LOCALES) {
      const name = shift.name?.[locale]?.trim() ?? '';
      if (name.length < 1 || [...name].length > OPERATIONS_LIMITS.shiftNameCharacters)
        return 'OPERATIONS_SHIFT_NAME_INVALID';
    }
    if (shiftHours(shift).length === 0) return 'OPERATIONS_SHIFT_TIME_INVALID';
  }
  const covered = new Set<number>();
  for (const shift of shifts)
    for (const hour of shiftHours(shift)) {
      if (covered.has(hour)) return 'OPERATIONS_SHIFTS_OVERLAP';
      covered.add(hour);
    }
  return null;
}

export const isMinTalkSeconds = (value: number) =>
  Number.isInteger(value) && value >= 0 && value <= OPERATIONS_LIMITS.maxMinTalkSeconds;

export const isServiceLevelSeconds = (value: number) =>
  Number.isInteger(value) && value >= 1 && value <= OPERATIONS_LIMITS.maxServiceLevelSeconds;

/** Requester types' groups as a record, or null when they break the rules (a key twice, too long, too many). */
export function requesterTypeGroups(entries: readonly { key: string; group: string }[]): Record<string, string> | null {
  if (entries.length > OPERATIONS_LIMITS.maxRequesterTypes) return null;
  const groups: Record<string, string> = {};
  for (const entry of entries) {
    const key = entry.key.trim();
    const group = entry.group.trim();
    const fits = (text: string) => text.length >= 1 && [...text].length <= OPERATIONS_LIMITS.requesterTypeCharacters;
    if (!fits(key) || !fits(group) || Object.hasOwn(groups, key)) return null;
    groups[key] = group;
  }
  return groups;
}

/** A calendar day `YYYY-MM-DD` that exists. */
export function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Days from `from` to `to`, both counted (1 for the same day); negative or zero when `to` is before `from`. */
export function daysInPeriod(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

export const isCommandId = (value: string) =>
  value.length >= 1 && value.length <= OPERATIONS_LIMITS.commandIdCharacters;
