// Below the list: the selected bead (status, confidence and the engine's reason, a rejection's reason, what
// changed since the last review), a button for every operation (the mouse way to each shortcut), and the panel of
// the current mode (text editor, relink, history, rejection reason, labels, comments).

import Link from 'next/link';
import type { ReactNode } from 'react';
import { beadShape } from './bead-rows';
import { beadStatusLabel } from '@/lib/review/review-states';
import { beadTitle } from './bead-row';
import { activeRejectReason, fixedAfterRejection } from './editor-document';
import styles from './editor.module.css';
import type { CommandName } from './keyboard-map';
import { movedMarker } from './moved-link-command';
import { ReviewDiff } from './review-diff';
import type { ListView, ResolvedSelection } from './selection';
import type { BeadReviewLoad } from './use-bead-review';

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
  children?: ReactNode;
}

const ACTIONS: { command: CommandName; label: string; keys: string; needs: Needs }[] = [
  { command: 'merge', label: 'Merge with next', keys: 'm', needs: 'align' },
  { command: 'split', label: 'Split bead', keys: 's', needs: 'align' },
  { command: 'moveUp', label: 'Move up', keys: 'Alt+↑', needs: 'align' },
  { command: 'moveDown', label: 'Move down', keys: 'Alt+↓', needs: 'align' },
  { command: 'detach', label: 'Stand alone', keys: 'd', needs: 'align' },
  { command: 'relink', label: 'Relink with next', keys: 'b', needs: 'align' },
  { command: 'edit', label: 'Edit text', keys: 'Enter', needs: 'text' },
  { command: 'join', label: 'Join with next', keys: 'J', needs: 'text' },
  { command: 'confirm', label: 'Confirm', keys: 'c', needs: 'align' },
  { command: 'confirmUpTo', label: 'Confirm up to here', keys: 'C', needs: 'align' },
  { command: 'realign', label: 'Realign from here', keys: 'r', needs: 'align' },
];

const REVIEW_ACTIONS: { command: CommandName; label: string; keys: string; needs: Needs }[] = [
  { command: 'approve', label: 'Approve', keys: 'a', needs: 'review' },
  { command: 'reject', label: 'Reject…', keys: 'x', needs: 'review' },
];

function ActionButton({ action, allowed, disabled, onCommand }: { action: (typeof ACTIONS)[number]; allowed: boolean; disabled: boolean; onCommand: (c: CommandName) => void }) {
  return (
    <button
      type="button"
      className="secondary"
      disabled={disabled || !allowed}
      title={allowed ? `${action.label} (${action.keys})` : 'Your role cannot do this'}
      onClick={() => onCommand(action.command)}
    >
      {action.label} <kbd>{action.keys}</kbd>
    </button>
  );
}

export function BeadDock({ status, showActions, selection, movedMark, view, total, allowed, disabled, reviewLoad, langs, historyHref, onCommand, children }: Props) {
  if (!selection) {
    const none = total === 0 ? 'This document has no beads.' : `No bead of ${total} matches the filters or search; nothing is selected.`;
    return <div className={styles.dock}>{status}<p className="muted" data-testid="dock-info">{none}</p></div>;
  }
  const { row, side, position } = selection;
  const where = position >= 0 ? `${side} segment ${position + 1} of ${row[side].length}` : `no ${side} segment`;
  const rejectReason = activeRejectReason(row.bead);
  const excluded = row.bead.status === 'excluded';
  // Reviewers see their buttons first; editors see theirs (a role without the permission sees them disabled).
  const actions = allowed.review && !allowed.align ? [...REVIEW_ACTIONS, ...ACTIONS] : [...ACTIONS, ...(allowed.review ? REVIEW_ACTIONS : [])];
  const more: { command: CommandName; label: string; keys: string; needs: Needs }[] = [
    { command: 'movedLink', label: row.bead.moved ? 'Unlink moved' : movedMark !== null && movedMark !== row.bead.id ? 'Link moved here' : 'Moved link', keys: 'M', needs: 'align' },
    { command: 'exclude', label: excluded ? 'Include again' : 'Exclude', keys: 'X', needs: 'align' },
    { command: 'labels', label: 'Labels', keys: 't', needs: 'comment' },
    { command: 'comments', label: 'Comments', keys: 'i', needs: 'read' },
  ];
  return (
    <div className={styles.dock} aria-label="Selected bead" role="region">
      <div className={styles.dockTop}>
        <p className={styles.dockInfo} data-testid="dock-info">
          <strong>Bead {(view.positionOf.get(row.index) ?? 0) + 1}</strong> of {view.rows.length}
          {view.filtered && <> shown (bead {row.index + 1} of {total} in the document)</>} · {beadShape(row.bead)} ·{' '}
          <span className={`${styles.status} ${styles[`status_${row.bead.status}`]}`}>{beadStatusLabel(row.bead.status, { mark: true })}</span> · {where} ·{' '}
          <span className={styles.reason}>{beadTitle(row)}</span>
          {row.bead.changedSinceReview && <> · <strong>changed since review</strong></>}
          {fixedAfterRejection(row.bead) && <> · <strong>fixed after rejection</strong></>}
          {row.bead.labels.length > 0 && <> · labels: {row.bead.labels.join(', ')}</>}
          {row.bead.moved && <> · <strong>{movedMarker(row)}</strong></>}
          {movedMark === row.bead.id && <> · <strong>marked for a moved link</strong></>}
          {' · '}<Link href={historyHref}>bead history</Link>
        </p>
        {status}
      </div>
      {rejectReason !== null && (
        <p className={styles.rejectBanner} data-testid="dock-reject-reason">
          <strong>Rejected by the reviewer:</strong> {rejectReason}
          {allowed.align && <span className={styles.dockLabel}> — fix the bead (edit, realign) and confirm it again.</span>}
        </p>
      )}
      {reviewLoad && <ReviewDiff load={reviewLoad} langs={langs} />}
      {showActions && (
        <div className={styles.buttons}>
          {actions.map((a) => (
            <ActionButton key={a.command} action={a} allowed={allowed[a.needs]} disabled={disabled} onCommand={onCommand} />
          ))}
          {more.map((a) => (
            <ActionButton key={a.command} action={a} allowed={allowed[a.needs]} disabled={a.needs === 'read' ? false : disabled} onCommand={onCommand} />
          ))}
          <button type="button" className="secondary" onClick={() => onCommand('history')} title="Text history (h)">
            History <kbd>h</kbd>
          </button>
        </div>
      )}
      {children}
    </div>
  );
}
