/** The calendar day (YYYY-MM-DD) of an ISO time in a time zone, as the organisation counts days. */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dayInZone(iso: string, timeZone = 'UTC'): string {
  if (timeZone === 'UTC') return new Date(iso).toISOString().slice(0, 10);
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}
