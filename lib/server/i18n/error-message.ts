import 'server-only';
import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/lib/i18n/locales';
import { catalogs } from './catalogs';

// The one place an error's `message` is put into the caller's language (decision 030). The `code` never
// changes. English keeps the message written where the error was raised (it names the field, the bead, the
// limit); other languages get the catalog's sentence for the code, or for `code.reason` when the error carries
// a `reason`, with the `field` named when the error has one.

export interface ErrorLike {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

type ErrorKey = keyof (typeof catalogs)['en']['errors'];

function isErrorKey(key: string): key is ErrorKey {
  return Object.hasOwn(catalogs.en.errors, key);
}

export function localizedErrorMessage(error: ErrorLike, locale: Locale): string {
  if (locale === 'en') return error.message;
  const reason = typeof error.details?.reason === 'string' ? `${error.code}_${error.details.reason}` : '';
  const key = isErrorKey(reason) ? reason : isErrorKey(error.code) ? error.code : 'INTERNAL';
  const t = createTranslator({ locale, messages: catalogs[locale], namespace: 'errors' });
  const text = t(key);
  const field = typeof error.details?.field === 'string' ? error.details.field : null;
  return field ? t('withField', { message: text, field }) : text;
}
