/** Operations' limits: the console and the api import them as they are. */
export const OPERATIONS_LIMITS = {
  maxShifts: 6,
  shiftKeyCharacters: 32,
  shiftNameCharacters: 60,
  maxMinTalkSeconds: 3_600,
  maxServiceLevelSeconds: 3_600,
  maxRequesterTypes: 100,
  requesterTypeCharacters: 64,
  /** The longest period the dashboard answers, in days (inclusive of both ends). */
  maxPeriodDays: 400,
  /** The longest period it answers by the hour. */
  maxHourlyPeriodDays: 31,
  commandIdCharacters: 128,
} as const;

/** The key of the SHIFT bucket for hours in no shift. */
export const OUTSIDE_SHIFTS = 'outside';
