'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { env } from '@/lib/env';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { getSession } from '@/lib/server/auth/session';
import { localeChoiceSchema, setUserLocale } from '@/lib/server/users/set-user-locale';

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The language switch in the header and the account page post here (a plain form: it works before hydration
 * and without JavaScript). Signed in, the choice is stored on the user; signed in or not, a cookie remembers it
 * for signed-out pages of this browser. `browser` (account page) clears both, so Accept-Language decides.
 * Anything else is ignored: the form only offers our languages, and a forged value changes nothing.
 */
export async function setLocaleAction(form: FormData): Promise<void> {
  const raw = form.get('locale');
  const parsed = localeChoiceSchema.safeParse(raw === 'browser' ? null : raw);
  if (!parsed.success) return;
  const locale = parsed.data;
  const user = await getSession();
  if (user) await setUserLocale({ userId: user.id, locale });
  const cookieStore = await cookies();
  if (locale === null) cookieStore.delete(LOCALE_COOKIE);
  else {
    cookieStore.set(LOCALE_COOKIE, locale, {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      maxAge: YEAR_SECONDS,
      secure: env.NEXTAUTH_URL?.startsWith('https://') ?? false,
    });
  }
  revalidatePath('/', 'layout');
}
