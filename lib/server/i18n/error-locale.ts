import 'server-only';
import { cookies, headers } from 'next/headers';
import { DEFAULT_LOCALE, LOCALE_COOKIE, pickLocale, type Locale } from '@/lib/i18n/locales';

/**
 * The language of an error message, on a path that may run outside a request (a server action called from a test,
 * a background job): the user's choice when known, otherwise the request's; English when there is no request to
 * ask. Apart from request-locale.ts, which reads the session, so a worker process can load it (decision 042).
 */
export async function localeForError(user: { locale?: Locale | null } | null | undefined): Promise<Locale> {
  if (user?.locale) return user.locale;
  try {
    const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
    return pickLocale({ cookie: cookieStore.get(LOCALE_COOKIE)?.value, acceptLanguage: headerList.get('accept-language') });
  } catch {
    return DEFAULT_LOCALE;
  }
}
