/**
 * The booking rules (LibCal's): session length, padding between sessions, booking window, minimum
 * notice, cancellation cutoff and reminder lead. A topic's own rule wins over its branch's, a
 * branch's over the defaults; `null` inherits.
 */
import type { BookingRulesPatch } from './bookings-events';

export interface BookingRules {
  sessionMinutes: number;
  paddingMinutes: number;
  bookingWindowDays: number;
  minimumNoticeMinutes: number;
  cancellationCutoffMinutes: number;
  reminderLeadMinutes: number;
}

export const DEFAULT_BOOKING_RULES: BookingRules = {
  sessionMinutes: 60,
  paddingMinutes: 15,
  bookingWindowDays: 60,
  minimumNoticeMinutes: 24 * 60,
  cancellationCutoffMinutes: 4 * 60,
  reminderLeadMinutes: 24 * 60,
};

const FOURTEEN_DAYS = 14 * 24 * 60;

/** Each rule's lowest and highest value. */
export const BOOKING_RULE_RANGES: Record<keyof BookingRules, readonly [number, number]> = {
  sessionMinutes: [15, 240],
  paddingMinutes: [0, 120],
  bookingWindowDays: [1, 92],
  minimumNoticeMinutes: [0, FOURTEEN_DAYS],
  cancellationCutoffMinutes: [0, FOURTEEN_DAYS],
  reminderLeadMinutes: [0, FOURTEEN_DAYS],
};

export const RULE_NAMES = Object.keys(DEFAULT_BOOKING_RULES) as (keyof BookingRules)[];

export const NO_RULE_OVERRIDES: BookingRulesPatch = {
  sessionMinutes: null,
  paddingMinutes: null,
  bookingWindowDays: null,
  minimumNoticeMinutes: null,
  cancellationCutoffMinutes: null,
  reminderLeadMinutes: null,
};

/** True when every rule given is a whole number in its range. */
export function rulesPatchIsValid(patch: BookingRulesPatch): boolean {
  return RULE_NAMES.every((name) => {
    const value = patch[name];
    if (value === null) return true;
    const [low, high] = BOOKING_RULE_RANGES[name];
    return Number.isInteger(value) && value >= low && value <= high;
  });
}

/** The rules in force: the topic's over the branch's over the defaults. */
export function effectiveRules(branch: BookingRulesPatch, topic: BookingRulesPatch = NO_RULE_OVERRIDES): BookingRules {
  const rules = { ...DEFAULT_BOOKING_RULES };
  for (const name of RULE_NAMES) rules[name] = topic[name] ?? branch[name] ?? DEFAULT_BOOKING_RULES[name];
  return rules;
}
