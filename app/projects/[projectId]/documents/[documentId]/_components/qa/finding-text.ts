import type { QaFindingText } from '@/lib/qa';
import type { Translate } from '@/lib/i18n/translator';

// A QA finding in the reader's language, from its code and params (lib/qa/types.ts); the finding's `message` is
// the English sentence the API and the exports carry, and reads the same as this in English.

const UNITS = ['KRW', 'USD', 'JPY', 'EUR', 'GBP', 'CNY', 'percent', 'times'] as const;
type Unit = (typeof UNITS)[number];
const isUnit = (unit: string): unit is Unit => (UNITS as readonly string[]).includes(unit);

export function qaFindingText(finding: QaFindingText, t: Translate<'qa'>): string {
  const unit = (code: string) => (isUnit(code) ? t(`unit.${code}`) : code);
  switch (finding.code) {
    case 'unit': {
      const { sourceUnit, targetUnit, ...rest } = finding.params;
      return t('finding.unit', { ...rest, sourceUnit: unit(sourceUnit), targetUnit: unit(targetUnit) });
    }
    case 'unmatched':
      return t('finding.unmatched', finding.params);
    case 'nameGiven':
      return t('finding.nameGiven', finding.params);
    case 'nameElsewhere':
      return t('finding.nameElsewhere', finding.params);
    case 'negation':
      return t('finding.negation', finding.params);
    case 'glossary':
      return t('finding.glossary', finding.params);
  }
}
