import type { LocaleFormatter } from '@deskstream/ui';

/**
 * A duration as people read it, in the reader's locale and digits: "45 sec", "3 min 5 sec",
 * "1 hr 20 min". Built from Intl's unit formatting, so every language words it its own way.
 */
export function formatDuration(seconds: number, format: LocaleFormatter): string {
  const whole = Math.max(0, Math.floor(seconds));
  const unit = (value: number, name: 'second' | 'minute' | 'hour') =>
    format.number(value, { style: 'unit', unit: name, unitDisplay: 'short' });
  if (whole < 60) return unit(whole, 'second');
  const minutes = Math.floor(whole / 60);
  if (minutes < 60)
    return whole % 60 === 0 ? unit(minutes, 'minute') : `${unit(minutes, 'minute')} ${unit(whole % 60, 'second')}`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(minutes % 60, 'minute')}`;
}

/** Seconds from `since` (ISO 8601) to `now` (ms). */
export function secondsSince(since: string, now: number): number {
  return Math.max(0, (now - Date.parse(since)) / 1_000);
}
