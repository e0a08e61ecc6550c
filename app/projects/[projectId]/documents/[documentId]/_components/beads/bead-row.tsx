// One row of the list: the bead's source segments left, target segments right, coloured by confidence, with its
// status, labels and (while rejected) the reviewer's reason. Clicking a segment selects it. Memoised: a 2,000-bead list re-renders only the rows that changed.

import { useTranslations } from 'next-intl';
import { memo } from 'react';
import { isBeadLabel } from '@/lib/review/bead-labels';
import { beadStatusMark } from '@/lib/review/review-states';
import type { Side } from '@/lib/alignment/types';
import { beadShape, type BeadRow as Row, type RowSegment } from './bead-rows';
import { activeRejectReason, fixedAfterRejection } from '../sync/editor-document';
import styles from '../editor/editor.module.css';
import { HighlightedText } from './highlighted-text';
import { movedMarker } from '../operations/moved-link-command';
import { beadReasonText } from './bead-reason';
import { openFlags, segmentSpans, type QaFlag, type SegmentSpan } from '@/lib/qa/qa-flags';
import { QaText } from '../qa/qa-text';
import { qaFindingText } from '../qa/finding-text';
import qaStyles from '../qa/qa.module.css';

interface Props {
  row: Row;
  selectedSide: Side | null;
  selectedSegmentId: string | null;
  query: string;
  langs: { source: string; target: string };
  /** Its change is on its way: the row shows the local result, dimmed, until the server answers. */
  pending: boolean;
  onSelect: (row: Row, side: Side, position: number) => void;
  /** Its translation QA flags, open and dismissed (decision 041); absent when it has none. */
  qa?: readonly QaFlag[];
}

const NO_SPANS: SegmentSpan[] = [];

/** The spans the open flags mark on one side, per segment position. */
function qaSpans(row: Row, side: Side, flags: readonly QaFlag[]): SegmentSpan[][] {
  const spans = segmentSpans(
    flags.flatMap((f) => f[side]),
    row[side].map((s) => s.text),
  );
  return row[side].map((_, position) => spans.filter((s) => s.segment === position));
}

/**
 * A bead's confidence and the engine's reason, its status with the house marks, its labels and where a moved
 * link's target comes from, in the reader's language.
 */
export function useBeadText() {
  const t = useTranslations('editor');
  const statusName = useTranslations('beadStatus');
  const reasonText = useTranslations('beadReason');
  const labelName = useTranslations('beadLabels.name');
  return {
    title(row: Row): string {
      const { confidence, reason, origin } = row.bead;
      if (confidence === null) return origin === 'manual' ? t('linkedByPerson') : t('noConfidence');
      return `${t('confidence', { value: confidence.toFixed(2) })}${reason ? ` — ${beadReasonText(reason, reasonText)}` : ''}`;
    },
    status: (status: Row['bead']['status']): string =>
      beadStatusMark(status) ? `${beadStatusMark(status)} ${statusName(status)}` : statusName(status),
    /** A stored label's name; a label this version does not know is shown as stored. */
    label: (label: string): string => (isBeadLabel(label) ? labelName(label) : label),
    moved: (row: Row): string | null => movedMarker(row, t),
  };
}

function Cell({ row, side, props, spans }: { row: Row; side: Side; props: Props; spans: SegmentSpan[][] | null }) {
  const t = useTranslations('editor');
  const segments: RowSegment[] = row[side];
  const isSelectedSide = props.selectedSide === side;
  return (
    <div
      className={`${styles.cell} ${isSelectedSide ? styles.activeCell : ''}`}
      lang={props.langs[side]}
      onClick={() => props.onSelect(row, side, 0)}
    >
      {segments.length === 0 && <span className={styles.empty}>{side === 'source' ? t('noSource') : t('noTarget')}</span>}
      {segments.map((segment, position) => (
        <p
          key={segment.id}
          id={`segment-${segment.id}`}
          data-segment-id={segment.id}
          className={`${styles.segment} ${segment.id === props.selectedSegmentId ? styles.selectedSegment : ''}`}
          onClick={(event) => {
            event.stopPropagation();
            props.onSelect(row, side, position);
          }}
        >
          {segment.paragraphStart && (
            <span className={styles.pilcrow} title={t('newParagraph')}>
              ¶{' '}
            </span>
          )}
          {/* The text alone, so a selection inside it maps to offsets for a span comment (text-span.ts). */}
          <span data-segment-text={segment.id}>
            {spans ? (
              <QaText text={segment.text} query={props.query} spans={spans[position] ?? NO_SPANS} />
            ) : (
              <HighlightedText text={segment.text} query={props.query} />
            )}
          </span>
        </p>
      ))}
    </div>
  );
}

function BeadRowView(props: Props) {
  const { row, selectedSide } = props;
  const { bead } = row;
  const selected = selectedSide !== null;
  const rejectReason = activeRejectReason(bead);
  const t = useTranslations('editor');
  const tQa = useTranslations('qa');
  const text = useBeadText();
  const open = props.qa ? openFlags(props.qa) : [];
  const classes = [
    styles.row,
    styles[row.band],
    selected ? styles.selectedRow : '',
    row.paragraphStart ? styles.paragraphStart : '',
    props.pending ? styles.pendingRow : '',
  ];
  return (
    <div
      role="option"
      aria-selected={selected}
      id={`bead-${bead.id}`}
      data-bead-id={bead.id}
      data-status={bead.status}
      data-moved={bead.moved || undefined}
      data-pending={props.pending || undefined}
      aria-busy={props.pending || undefined}
      className={classes.join(' ')}
      title={text.title(row)}
    >
      <div className={styles.number}>{row.index + 1}</div>
      <Cell row={row} side="source" props={props} spans={open.length > 0 ? qaSpans(row, 'source', open) : null} />
      <Cell row={row} side="target" props={props} spans={open.length > 0 ? qaSpans(row, 'target', open) : null} />
      <div className={styles.meta}>
        <span className={`${styles.status} ${styles[`status_${bead.status}`]}`}>{text.status(bead.status)}</span>
        {props.pending && (
          <span className={styles.pendingMark} data-testid="bead-pending">
            {t('saving')}
          </span>
        )}
        <span className={styles.confidence}>
          {bead.confidence === null ? t('manual') : bead.confidence.toFixed(2)} · {beadShape(bead)}
        </span>
        {bead.moved && (
          <span className={styles.moved} data-testid="moved-marker">
            ↕ {text.moved(row)}
          </span>
        )}
        {bead.changedSinceReview && <span className={styles.changed}>{t('changedSinceReview')}</span>}
        {fixedAfterRejection(bead) && <span className={styles.changed}>{t('fixedAfterRejection')}</span>}
        {open.length > 0 && (
          <span className={qaStyles.flag} data-testid="qa-flag">
            ⚑ {tQa('flagCount', { count: open.length })}
          </span>
        )}
        {bead.comments > 0 && <span className={styles.comments}>{t('commentCount', { count: bead.comments })}</span>}
        {bead.labels.length > 0 && (
          <span className={styles.labelChips} data-testid="bead-labels">
            {bead.labels.map((label) => (
              <span key={label} className={styles.labelChip}>
                {text.label(label)}
              </span>
            ))}
          </span>
        )}
      </div>
      {open.length > 0 && (
        <ul className={qaStyles.note} data-testid="qa-note">
          {open.map((flag) => (
            <li key={flag.fingerprint}>
              <strong>{tQa(`check.${flag.check}`)}:</strong> {qaFindingText(flag, tQa)}
            </li>
          ))}
        </ul>
      )}
      {rejectReason !== null && (
        <p className={styles.rejectNote} data-testid="reject-note">
          <strong>{t('rejectedNote')}</strong> {rejectReason}
        </p>
      )}
    </div>
  );
}

export const BeadRow = memo(BeadRowView);
