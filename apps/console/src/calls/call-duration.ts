import type { LocaleFormatter } from '@deskstream/ui';

/**
 * A call's length as a clock shows it — `4:07`, `1:02:09` past an hour — in the reader's digits
 * (Persian ۴:۰۷). Null or negative (not over yet, or unknown) gives an empty text.
 */
export function formatDuration(seconds: number | null | undefined, format: Pick<LocaleFormatter, 'number'>): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '';
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const two = (value: number) => format.number(value, { minimumIntegerDigits: 2, useGrouping: false });
  const one = (value: number) => format.number(value, { useGrouping: false });
  return hours > 0 ? `${one(hours)}:${two(minutes)}:${two(rest)}` : `${one(minutes)}:${two(rest)}`;
}

/** Seconds from the form's minutes and seconds fields, or null when they are not a length. */
export function durationFrom(minutes: string, seconds: string): number | null {
  const read = (text: string) => (text.trim() === '' ? 0 : Number(text.trim()));
  const m = read(minutes);
  const s = read(seconds);
  if (!Number.isInteger(m) || !Number.isInteger(s) || m < 0 || s < 0 || s > 59) return null;
  return m * 60 + s;
}
