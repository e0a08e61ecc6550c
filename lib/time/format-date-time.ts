// One date format everywhere (issue 12 item 10, decision 024): "7 Dec 2026, 09:17", day-month-year with a 24-hour
// clock, unambiguous for both desks. The zone is the reader's: pages render <LocalTime>, which uses the browser's.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** "7 Dec 2026, 09:17" in `timeZone` (an IANA name such as 'Asia/Seoul'); '' for a missing or invalid date. */
export function formatDateTime(value: Date | string | null | undefined, timeZone = 'UTC'): string {
  if (value === null || value === undefined) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return formatterFor(timeZone).format(date);
}
