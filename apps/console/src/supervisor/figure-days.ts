/**
 * Calendar days as the api names them (YYYY-MM-DD, already in the organisation's time zone):
 * counted forward and back without any time zone, and shown at noon UTC so no zone moves them.
 */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** An instant inside the day that shows as that day when formatted with `timeZone: 'UTC'`. */
export const noonOf = (day: string) => `${day}T12:00:00Z`;
