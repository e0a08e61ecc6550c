import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';
import { requirePageUser } from '@/lib/server/http/page-guard';
import { setLocaleAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

// The user's settings: the interface language (stored on the user; decision 030), and the way to tokens.
export default async function AccountPage() {
  const user = await requirePageUser('/account');
  const [t, tLanguage, locale] = await Promise.all([getTranslations('account'), getTranslations('language'), getLocale()]);
  const chosen = user.locale ?? 'browser';
  return (
    <main className="narrow">
      <h1>{t('title')}</h1>
      <p className="muted">{t('signedInAs', { name: user.name, email: user.email })}</p>
      <h2 id="language-heading">{t('language')}</h2>
      <p className="muted">{t('languageNote')}</p>
      <form action={setLocaleAction} className="stack panel" aria-labelledby="language-heading">
        <label>
          <input type="radio" name="locale" value="browser" defaultChecked={chosen === 'browser'} /> {tLanguage('browser')}
        </label>
        {LOCALES.map((option) => (
          <label key={option} lang={option}>
            <input type="radio" name="locale" value={option} defaultChecked={chosen === option} /> {LOCALE_NAMES[option]}
          </label>
        ))}
        <p className="muted" data-testid="current-language">
          {t('current', { language: LOCALE_NAMES[locale] })}
        </p>
        <div>
          <button type="submit">{t('save')}</button>
        </div>
      </form>
      <p>
        <Link href="/account/tokens">{t('tokens')}</Link>
      </p>
    </main>
  );
}
