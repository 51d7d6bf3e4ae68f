/** The calendar day (YYYY-MM-DD) of an instant in the organisation's time zone (an IANA name). */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dayIn(iso: string, timeZone = 'UTC'): string {
  if (timeZone === 'UTC') return new Date(iso).toISOString().slice(0, 10);
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
