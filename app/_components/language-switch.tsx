import { getLocale, getTranslations } from 'next-intl/server';
import { setLocaleAction } from '@/app/account/actions';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';

// The visible language switch in the header: one button per language, each named in its own language, the
// current one pressed. A plain form posting to a server action, so it works before hydration too.
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('language')]);
  return (
    <form action={setLocaleAction} className="language-switch" aria-label={t('switch')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          className={option === locale ? 'current' : 'secondary'}
          aria-pressed={option === locale}
        >
          {LOCALE_NAMES[option]}
        </button>
      ))}
    </form>
  );
}
