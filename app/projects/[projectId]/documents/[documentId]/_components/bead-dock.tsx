// Below the list: the selected bead (status, confidence and the engine's reason), a button for every operation
// (the mouse way to each shortcut), and the panel of the current mode (text editor, relink, history).

import type { ReactNode } from 'react';
import { beadShape } from './bead-rows';
import { beadTitle, STATUS_LABEL } from './bead-row';
import styles from './editor.module.css';
import type { CommandName } from './keyboard-map';
import type { ResolvedSelection } from './selection';

interface Props {
  status: ReactNode;
  /** While a panel (text editor, relink) has the keyboard, the operation buttons step aside. */
  showActions: boolean;
  selection: ResolvedSelection | null;
  total: number;
  canAlign: boolean;
  canEditText: boolean;
  disabled: boolean;
  onCommand: (command: CommandName) => void;
  children?: ReactNode;
}

const ACTIONS: { command: CommandName; label: string; keys: string; needs: 'align' | 'text' }[] = [
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

export function BeadDock({ status, showActions, selection, total, canAlign, canEditText, disabled, onCommand, children }: Props) {
  if (!selection) return <div className={styles.dock}>{status}<p className="muted">This document has no beads.</p></div>;
  const { row, side, position } = selection;
  const where = position >= 0 ? `${side} segment ${position + 1} of ${row[side].length}` : `no ${side} segment`;
  return (
    <div className={styles.dock} aria-label="Selected bead" role="region">
      <div className={styles.dockTop}>
        <p className={styles.dockInfo} data-testid="dock-info">
          <strong>Bead {row.index + 1}</strong> of {total} · {beadShape(row.bead)} ·{' '}
          <span className={`${styles.status} ${styles[`status_${row.bead.status}`]}`}>{STATUS_LABEL[row.bead.status]}</span> · {where} ·{' '}
          <span className={styles.reason}>{beadTitle(row)}</span>
          {row.bead.changedSinceReview && <> · <strong>changed since review</strong></>}
          {row.bead.rejectReason && <> · rejected: “{row.bead.rejectReason}”</>}
        </p>
        {status}
      </div>
      {showActions && (
        <div className={styles.buttons}>
          {ACTIONS.map((a) => {
            const allowed = a.needs === 'align' ? canAlign : canEditText;
            return (
              <button
                key={a.command}
                type="button"
                className="secondary"
                disabled={disabled || !allowed}
                title={allowed ? `${a.label} (${a.keys})` : 'Your role cannot do this'}
                onClick={() => onCommand(a.command)}
              >
                {a.label} <kbd>{a.keys}</kbd>
              </button>
            );
          })}
          <button type="button" className="secondary" onClick={() => onCommand('history')} title="Text history (h)">
            History <kbd>h</kbd>
          </button>
        </div>
      )}
      {children}
    </div>
  );
}
