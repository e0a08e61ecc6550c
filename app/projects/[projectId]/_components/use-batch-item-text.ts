'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { ItemText } from '@/lib/import/item-text';
import type en from '@/messages/en.json';

// A batch item's title and error in the reader's language (decision 048): rows written since then carry a catalog
// key and its parameters (batchItem.title.*, batchItem.error.*); older rows only their English text, shown as is.

export interface ItemTexts {
  title: string;
  titleText?: ItemText | null;
  error: string | null;
  errorText?: ItemText | null;
}

type TitleCode = keyof typeof en.batchItem.title;
type ErrorCode = keyof typeof en.batchItem.error;
type WarningCode = keyof typeof en.pairWarnings.plain;
type AppErrorCode = Exclude<keyof typeof en.errors, 'withField'>;

export function useBatchItemText(): { title: (item: ItemTexts) => string; error: (item: ItemTexts) => string | null } {
  const t = useTranslations('batchItem');
  const tWarning = useTranslations('pairWarnings.plain');
  const tError = useTranslations('errors');
  const locale = useLocale();
  // Stored codes are checked against the catalog (an unknown one, from a newer or older version, shows the English text).
  const isTitleCode = (code: string): code is TitleCode => t.has(`title.${code}` as `title.${TitleCode}`);
  const isErrorCode = (code: string): code is ErrorCode => t.has(`error.${code}` as `error.${ErrorCode}`);
  const isWarningCode = (code: string): code is WarningCode => tWarning.has(code as WarningCode);
  const isAppErrorCode = (code: string): code is AppErrorCode => code !== 'withField' && tError.has(code as AppErrorCode);
  return {
    title(item) {
      const code = item.titleText?.code;
      return code && isTitleCode(code) ? t(`title.${code}`, item.titleText?.params) : item.title;
    },
    error(item) {
      const text = item.errorText;
      if (!text) return item.error;
      const params = text.params ?? {};
      if (text.code === 'pairWarnings') {
        const codes = String(params.codes ?? '')
          .split(',')
          .filter(isWarningCode);
        return codes.length ? codes.map((code) => tWarning(code)).join(' ') : item.error;
      }
      if (text.code === 'failed') {
        // English keeps the message written where the error was raised (it names the host, the file, the limit), as
        // API errors do (lib/server/i18n/error-message.ts); other languages say the code's sentence.
        if (locale === 'en' && item.error) return item.error;
        const code = String(params.code ?? '');
        return t('error.failed', { reason: tError(isAppErrorCode(code) ? code : 'INTERNAL') });
      }
      return isErrorCode(text.code) ? t(`error.${text.code}`, params) : item.error;
    },
  };
}
