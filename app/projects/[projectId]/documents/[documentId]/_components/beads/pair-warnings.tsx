import { useLocale, useTranslations } from 'next-intl';
import type { Translate } from '@/lib/i18n/translator';
import type { PairWarning, PairWarningCode } from '@/lib/import/pair-plausibility';

// Shown above the editor when the two texts do not look like translations of each other (decision 018): the
// warnings of the import, kept with the document (decision 029), so whoever opens the document sees them, not
// only whoever imported it.

const CODES: readonly PairWarningCode[] = ['LANGUAGE_MISMATCH', 'SENTENCE_COUNTS_APART', 'LENGTHS_APART', 'NO_SHARED_ANCHORS'];
const isCode = (code: string): code is PairWarningCode => (CODES as readonly string[]).includes(code);

/**
 * A warning in the reader's language, from its code and params. A warning stored before params existed keeps its
 * English sentence in English and gets the code's general sentence in another language; an unknown code shows
 * its stored sentence.
 */
export function pairWarningText(warning: PairWarning, t: Translate<'pairWarnings'>, locale: string): string {
  if (!isCode(warning.code)) return warning.message;
  const params = warning.params;
  if (!params) return locale === 'en' ? warning.message : t(`plain.${warning.code}`);
  const text = (key: string) => String(params[key] ?? '');
  const number = (key: string) => Number(params[key] ?? 0);
  switch (warning.code) {
    case 'LANGUAGE_MISMATCH':
      return t('LANGUAGE_MISMATCH', { side: text('side'), detected: text('detected'), box: text('box') });
    case 'SENTENCE_COUNTS_APART':
      return t('SENTENCE_COUNTS_APART', {
        source: number('source'),
        target: number('target'),
        longer: text('longer'),
        factor: number('factor'),
      });
    case 'LENGTHS_APART':
      return t('LENGTHS_APART', { longer: text('longer'), factor: text('factor'), limit: number('limit') });
    case 'NO_SHARED_ANCHORS':
      return t('NO_SHARED_ANCHORS', { source: number('source'), target: number('target') });
  }
}

export function PairWarnings({ warnings }: { warnings: readonly PairWarning[] }) {
  const t = useTranslations('pairWarnings');
  const locale = useLocale();
  if (warnings.length === 0) return null;
  return (
    <section className="warning" role="status" aria-label={t('label')} data-testid="pair-warnings">
      <strong>{t('heading')}</strong> {t('check')}
      <ul>
        {warnings.map((w) => (
          <li key={w.code} data-code={w.code}>
            {pairWarningText(w, t, locale)}
          </li>
        ))}
      </ul>
    </section>
  );
}
