import type en from './messages/en.json';
import type { Locale } from './lib/i18n/locales';

// Message keys are checked by the type checker: `t('editor.noSuchKey')` fails `tsc` (decision 030).
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
