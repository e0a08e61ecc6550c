// One date format everywhere (issue 12 item 10, decision 024), in the reader's language (decision 030):
// English "7 Dec 2026, 09:17" (day-month-year, 24-hour clock, unambiguous for both desks), Korean
// "2026년 12월 7일 09:17". The zone is the reader's: pages render <LocalTime>, which uses the browser's.

import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ko: 'ko-KR' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, locale: Locale, withTime = true): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
      timeZone,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "7 Dec 2026, 09:17" in `timeZone` (an IANA name such as 'Asia/Seoul'); '' for a missing or invalid date. */
export function formatDateTime(value: Date | string | null | undefined, timeZone = 'UTC', locale: Locale = DEFAULT_LOCALE): string {
  if (value === null || value === undefined) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return formatterFor(timeZone, locale).format(date);
}

/** A calendar day ("2026-12-07", as the dashboard counts them in UTC) in the same format without the time: "7 Dec 2026". */
export function formatDay(day: string, locale: Locale = DEFAULT_LOCALE): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : new Date(Number.NaN);
  return Number.isNaN(date.getTime()) ? day : formatterFor('UTC', locale, false).format(date);
}
