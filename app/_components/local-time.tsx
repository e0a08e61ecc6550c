'use client';

import { useLocale } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { formatDateTime } from '@/lib/time/format-date-time';

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => 'UTC';
/** The server's HTML names its zone; the browser's own zone goes without saying (it is in the title). */
const UTC_SUFFIX = ' UTC';

/**
 * A date in the one house format and the reader's language, in the reader's time zone (the browser's). The server's HTML says UTC; hydration
 * switches to the browser's zone, so a Seoul desk sees KST.
 */
export function LocalTime({ value }: { value: Date | string | null | undefined }) {
  const locale = useLocale();
  const zone = useSyncExternalStore(subscribe, browserZone, serverZone);
  if (!value) return null;
  const iso = typeof value === 'string' ? value : value.toISOString();
  return (
    <time dateTime={iso} title={zone}>
      {formatDateTime(iso, zone, locale)}
      {zone === 'UTC' && UTC_SUFFIX}
    </time>
  );
}
