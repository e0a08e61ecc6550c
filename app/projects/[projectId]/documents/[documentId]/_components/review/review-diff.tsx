// In the dock, for a bead changed since the last review decision: who decided what, and the word diff of each
// side since then (removed words struck through, added words underlined), from GET …/beads/{id}/review.

import styles from '../editor/editor.module.css';
import type { BeadReviewLoad } from './use-bead-review';
import { WordDiff } from './word-diff-view';
import { LocalTime } from '@/app/_components/local-time';

interface Props {
  load: BeadReviewLoad;
  langs: { source: string; target: string };
}

export function ReviewDiff({ load, langs }: Props) {
  if ('state' in load) return <p className={styles.dockLabel}>Loading what changed since the last review…</p>;
  if (!load.ok) return <p className="error">{load.message}</p>;
  const { diff, decisions } = load.data;
  const last = decisions[0];
  if (!diff || !last) return null;
  const sides = (['source', 'target'] as const).filter((side) => diff[side].some((part) => part.kind !== 'same'));
  return (
    <section className={styles.reviewDiff} aria-label="Changed since the last review" data-testid="review-diff">
      <p className={styles.dockLabel}>
        Changed since {last.reviewer.name} {last.decision === 'reject' ? 'rejected' : 'approved'} it (<LocalTime value={last.at} />)
        {last.reason ? <> — “{last.reason}”</> : null}:
      </p>
      {sides.length === 0 && <p className={styles.dockLabel}>The text is the same as when it was reviewed.</p>}
      {sides.map((side) => (
        <p key={side} className={styles.diffPreview} lang={langs[side]}>
          <span className={styles.dockLabel}>{side === 'source' ? 'Source' : 'Target'}: </span>
          <WordDiff parts={diff[side]} />
        </p>
      ))}
    </section>
  );
}
