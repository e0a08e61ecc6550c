import { useTranslations } from 'next-intl';
import type { ReviewProgress } from '@/lib/review/review-progress';

/** The one progress line ("12 of 19 confirmed (63%) · 2 excluded"), in the reader's language and number format. */
export function ProgressText({ progress }: { progress: Pick<ReviewProgress, 'done' | 'counted' | 'percent' | 'excluded'> }) {
  const t = useTranslations('progress');
  return (
    <>
      {t('summary', progress)}
      {progress.excluded > 0 && t('excluded', progress)}
    </>
  );
}
