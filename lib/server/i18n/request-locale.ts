import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { LOCALE_COOKIE, pickLocale, type Locale } from '@/lib/i18n/locales';
import { getSession } from '@/lib/server/auth/session';

/**
 * The interface language of this page render or server action (decision 030): the signed-in user's choice,
 * else the choice made while signed out (cookie), else the browser's Accept-Language, else English.
 */
export const getRequestLocale = cache(async (): Promise<Locale> => {
  const [user, cookieStore, headerList] = await Promise.all([getSession(), cookies(), headers()]);
  return pickLocale({
    user: user?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
  });
});
