/**
 * `<input type="datetime-local">` speaks the reader's local wall-clock time without a zone
 * (`2026-03-21T14:05:30`); the api speaks instants (ISO 8601 in UTC). These turn one into the other.
 */
const pad = (value: number, size = 2) => String(value).padStart(size, '0');

export function toLocalInputValue(instant: Date): string {
  return (
    `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` +
    `T${pad(instant.getHours())}:${pad(instant.getMinutes())}:${pad(instant.getSeconds())}`
  );
}

const LOCAL_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/** The instant a local input value names, or null when the value is not a date and time. */
export function fromLocalInputValue(value: string): Date | null {
  const match = LOCAL_VALUE.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds = '0', millis = '0'] = match;
  const instant = new Date(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hours),
    Number(minutes),
    Number(seconds),
    Number(millis.padEnd(3, '0')),
  );
  return Number.isNaN(instant.getTime()) || instant.getMonth() !== Number(month) - 1 ? null : instant;
}
