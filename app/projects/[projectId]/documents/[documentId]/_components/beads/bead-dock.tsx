// Below the list: the selected bead (status, confidence and the engine's reason, a rejection's reason, what
// changed since the last review), a button for every operation (the mouse way to each shortcut), and the panel of
// the current mode (text editor, relink, history, rejection reason, labels, comments).

import Link from 'next/link';
import { useTranslations, type Messages } from 'next-intl';
import type { ReactNode } from 'react';
import { beadShape } from './bead-rows';
import { useBeadText } from './bead-row';
import { activeRejectReason, fixedAfterRejection } from '../sync/editor-document';
import styles from '../editor/editor.module.css';
import { keysFor, type CommandName } from '../editor/keyboard-map';
import { ReviewDiff } from '../review/review-diff';
import type { ListView, ResolvedSelection } from './selection';
import type { BeadReviewLoad } from '../review/use-bead-review';

type Needs = 'align' | 'text' | 'review' | 'comment' | 'read';

interface Props {
  status: ReactNode;
  /** While a panel (text editor, relink) has the keyboard, the operation buttons step aside. */
  showActions: boolean;
  selection: ResolvedSelection | null;
  /** The bead marked as one half of a moved link, if any. */
  movedMark: string | null;
  /** What the list shows: "Bead k of n" counts these (the selection is always one of them). */
  view: ListView;
  total: number;
  allowed: Record<Needs, boolean>;
  disabled: boolean;
  reviewLoad: BeadReviewLoad | null;
  langs: { source: string; target: string };
  historyHref: string;
  onCommand: (command: CommandName) => void;
  /** The selected bead's translation QA flags (decision 041), when it has any. */
  qaPanel?: ReactNode;
  children?: ReactNode;
}

// A button per command that has a dock label (its message key in the `dock` namespace); a few commands change
// their label with the bead. The key shown is the keyboard map's.
type DockCommand = Extract<CommandName, keyof Messages['dock']>;
type DockAction = { command: DockCommand; label?: DockCommand | 'unlinkMoved' | 'linkMovedHere' | 'includeAgain'; needs: Needs };

const ACTIONS: DockAction[] = [
  { command: 'merge', needs: 'align' },
  { command: 'split', needs: 'align' },
  { command: 'moveUp', needs: 'align' },
  { command: 'moveDown', needs: 'align' },
  { command: 'detach', needs: 'align' },
  { command: 'relink', needs: 'align' },
  { command: 'edit', needs: 'text' },
  { command: 'join', needs: 'text' },
  { command: 'confirm', needs: 'align' },
  { command: 'confirmUpTo', needs: 'align' },
  { command: 'realign', needs: 'align' },
];

const REVIEW_ACTIONS: DockAction[] = [
  { command: 'approve', needs: 'review' },
  { command: 'reject', needs: 'review' },
];

function ActionButton({
  action,
  allowed,
  disabled,
  onCommand,
}: {
  action: DockAction;
  allowed: boolean;
  disabled: boolean;
  onCommand: (c: CommandName) => void;
}) {
  const t = useTranslations('dock');
  const label = t(action.label ?? action.command);
  const keys = keysFor(action.command);
  return (
    <button
      type="button"
      className="secondary"
      disabled={disabled || !allowed}
      title={allowed ? t('withKeys', { label, keys }) : t('notAllowed')}
      onClick={() => onCommand(action.command)}
    >
      {label} <kbd>{keys}</kbd>
    </button>
  );
}

export function BeadDock({
  status,
  showActions,
  selection,
  movedMark,
  view,
  total,
  allowed,
  disabled,
  reviewLoad,
  langs,
  historyHref,
  onCommand,
  qaPanel,
  children,
}: Props) {
  const t = useTranslations('dock');
  const text = useBeadText();
  if (!selection) {
    const none = total === 0 ? t('noBeads') : t('noneSelected', { total });
    return (
      <div className={styles.dock}>
        {status}
        <p className="muted" data-testid="dock-info">
          {none}
        </p>
      </div>
    );
  }
  const { row, side, position } = selection;
  const count = row[side].length;
  const where =
    side === 'source'
      ? position >= 0
        ? t('sourceSegment', { number: position + 1, count })
        : t('noSourceSegment')
      : position >= 0
        ? t('targetSegment', { number: position + 1, count })
        : t('noTargetSegment');
  const rejectReason = activeRejectReason(row.bead);
  const excluded = row.bead.status === 'excluded';
  // Reviewers see their buttons first; editors see theirs (a role without the permission sees them disabled).
  const actions =
    allowed.review && !allowed.align ? [...REVIEW_ACTIONS, ...ACTIONS] : [...ACTIONS, ...(allowed.review ? REVIEW_ACTIONS : [])];
  const more: DockAction[] = [
    {
      command: 'movedLink',
      label: row.bead.moved ? 'unlinkMoved' : movedMark !== null && movedMark !== row.bead.id ? 'linkMovedHere' : 'movedLink',
      needs: 'align',
    },
    { command: 'exclude', label: excluded ? 'includeAgain' : 'exclude', needs: 'align' },
    { command: 'labels', needs: 'comment' },
    { command: 'comments', needs: 'read' },
  ];
  return (
    <div className={styles.dock} aria-label={t('selected')} role="region">
      <div className={styles.dockTop}>
        <p className={styles.dockInfo} data-testid="dock-info">
          {t.rich('beadOf', {
            number: (view.positionOf.get(row.index) ?? 0) + 1,
            count: view.rows.length,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
          {view.filtered && t('filteredOf', { index: row.index + 1, total })} · {beadShape(row.bead)} ·{' '}
          <span className={`${styles.status} ${styles[`status_${row.bead.status}`]}`}>{text.status(row.bead.status)}</span> · {where} ·{' '}
          <span className={styles.reason}>{text.title(row)}</span>
          {row.bead.changedSinceReview && (
            <>
              {' '}
              · <strong>{t('changedSinceReview')}</strong>
            </>
          )}
          {fixedAfterRejection(row.bead) && (
            <>
              {' '}
              · <strong>{t('fixedAfterRejection')}</strong>
            </>
          )}
          {row.bead.labels.length > 0 && <> · {t('labelsList', { labels: row.bead.labels.map(text.label).join(', ') })}</>}
          {row.bead.moved && (
            <>
              {' '}
              · <strong>{text.moved(row)}</strong>
            </>
          )}
          {movedMark === row.bead.id && (
            <>
              {' '}
              · <strong>{t('markedMoved')}</strong>
            </>
          )}
          {' · '}
          <Link href={historyHref}>{t('beadHistory')}</Link>
        </p>
        {status}
      </div>
      {rejectReason !== null && (
        <p className={styles.rejectBanner} data-testid="dock-reject-reason">
          <strong>{t('rejectedBy')}</strong> {rejectReason}
          {allowed.align && <span className={styles.dockLabel}>{t('fixIt')}</span>}
        </p>
      )}
      {reviewLoad && <ReviewDiff load={reviewLoad} langs={langs} />}
      {qaPanel}
      {showActions && (
        <div className={styles.buttons}>
          {actions.map((a) => (
            <ActionButton key={a.command} action={a} allowed={allowed[a.needs]} disabled={disabled} onCommand={onCommand} />
          ))}
          {more.map((a) => (
            <ActionButton
              key={a.command}
              action={a}
              allowed={allowed[a.needs]}
              disabled={a.needs === 'read' ? false : disabled}
              onCommand={onCommand}
            />
          ))}
          <button type="button" className="secondary" onClick={() => onCommand('history')} title={t('historyTitle')}>
            {t('history')} <kbd>{keysFor('history')}</kbd>
          </button>
        </div>
      )}
      {children}
    </div>
  );
}
