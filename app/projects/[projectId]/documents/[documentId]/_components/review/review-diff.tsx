// In the dock, for a bead changed since the last review decision: who decided what, and the word diff of each
// side since then (removed words struck through, added words underlined), from GET …/beads/{id}/review.

import { useTranslations } from 'next-intl';
import styles from '../editor/editor.module.css';
import type { BeadReviewLoad } from './use-bead-review';
import { WordDiff } from './word-diff-view';
import { LocalTime } from '@/app/_components/local-time';
import { failureText } from '@/lib/http/api-outcome';
import type { BeadReview } from '@/lib/alignment/review-view-schema';

interface Props {
  load: BeadReviewLoad;
  langs: { source: string; target: string };
}

export function ReviewDiff({ load, langs }: Props) {
  const t = useTranslations('reviewDiff');
  const tApi = useTranslations('api');
  if ('state' in load) return <p className={styles.dockLabel}>{t('loading')}</p>;
  if (!load.ok) return <p className="error">{failureText(load, tApi)}</p>;
  const { diff, decisions, revision, changedSinceDecision } = load.data;
  const last = decisions[0];
  // A bead a revision changed that no reviewer had decided on: the revision's own diff (decision 045).
  if (revision && !changedSinceDecision) return <RevisionDiff revision={revision} langs={langs} />;
  if (!diff || !last) return null;
  const sides = (['source', 'target'] as const).filter((side) => diff[side].some((part) => part.kind !== 'same'));
  return (
    <section className={styles.reviewDiff} aria-label={t('label')} data-testid="review-diff">
      <p className={styles.dockLabel}>
        {t.rich('since', {
          name: last.reviewer.name,
          decision: last.decision === 'reject' ? 'reject' : 'approve',
          time: () => <LocalTime value={last.at} />,
        })}
        {last.reason ? <> — “{last.reason}”</> : null}:
      </p>
      {sides.length === 0 && <p className={styles.dockLabel}>{t('same')}</p>}
      {sides.map((side) => (
        <p key={side} className={styles.diffPreview} lang={langs[side]}>
          <span className={styles.dockLabel}>{t('side', { side })}</span>
          <WordDiff parts={diff[side]} />
        </p>
      ))}
    </section>
  );
}

function RevisionDiff({ revision, langs }: { revision: NonNullable<BeadReview['revision']>; langs: Props['langs'] }) {
  const t = useTranslations('reviewDiff');
  const sides = (['source', 'target'] as const).filter((side) => revision.diff[side].some((part) => part.kind !== 'same'));
  return (
    <section className={styles.reviewDiff} aria-label={t('revisionLabel')} data-testid="revision-bead-diff">
      <p className={styles.dockLabel}>{t.rich('revision', { name: revision.by, time: () => <LocalTime value={revision.at} /> })}:</p>
      {sides.map((side) => (
        <p key={side} className={styles.diffPreview} lang={langs[side]}>
          <span className={styles.dockLabel}>{t('side', { side })}</span>
          <WordDiff parts={revision.diff[side]} />
        </p>
      ))}
    </section>
  );
}
