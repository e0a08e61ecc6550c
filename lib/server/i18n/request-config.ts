import 'server-only';
import { getRequestConfig } from 'next-intl/server';
import { catalogs } from './catalogs';
import { getRequestLocale } from './request-locale';

// next-intl's per-request configuration (wired in next.config.js). No locale in the URL: the language belongs
// to the reader, not to the page (decision 030). Dates are formatted by <LocalTime> in the reader's zone; the
// zone here only keeps next-intl from guessing one on the server.
export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  return { locale, messages: catalogs[locale], timeZone: 'UTC' };
});
