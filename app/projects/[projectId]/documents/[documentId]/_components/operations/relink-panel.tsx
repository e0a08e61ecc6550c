'use client';

// Relinking two adjacent beads: the segments of both, per side, with a movable boundary. ↑/↓ move the boundary on
// the current side, Tab or ←/→ switch side, Enter applies, Esc cancels; the ▲/▼ buttons do the same by mouse.

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Side } from '@/lib/alignment/types';
import type { BeadRow } from '../beads/bead-rows';
import styles from '../editor/editor.module.css';

interface Props {
  first: BeadRow;
  second: BeadRow;
  langs: { source: string; target: string };
  busy: boolean;
  onApply: (sourceAt: number, targetAt: number) => void;
  onCancel: () => void;
}

const SIDES: Side[] = ['source', 'target'];

export function RelinkPanel({ first, second, langs, busy, onApply, onCancel }: Props) {
  const all = { source: [...first.source, ...second.source], target: [...first.target, ...second.target] };
  const [cut, setCut] = useState({ source: first.source.length, target: first.target.length });
  const [side, setSide] = useState<Side>('source');
  const panel = useRef<HTMLElement>(null);
  // Take the keyboard when the panel opens (focus is DOM state).
  useEffect(() => panel.current?.focus(), []);
  const emptyBead = cut.source + cut.target === 0 || all.source.length - cut.source + all.target.length - cut.target === 0;
  const unchanged = cut.source === first.source.length && cut.target === first.target.length;

  const move = (on: Side, delta: number) => setCut((c) => ({ ...c, [on]: Math.min(Math.max(c[on] + delta, 0), all[on].length) }));
  const apply = () => {
    if (!emptyBead && !unchanged) onApply(cut.source, cut.target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const keys: Record<string, () => void> = {
      ArrowUp: () => move(side, -1),
      ArrowDown: () => move(side, 1),
      ArrowLeft: () => setSide('source'),
      ArrowRight: () => setSide('target'),
      Tab: () => setSide((s) => (s === 'source' ? 'target' : 'source')),
      Enter: apply,
      Escape: onCancel,
    };
    const action = keys[event.key];
    if (!action || (event.target instanceof HTMLButtonElement && event.key === 'Enter')) return;
    event.preventDefault();
    action();
  };

  return (
    <section className={styles.relink} aria-label="Relink two beads" ref={panel} tabIndex={-1} onKeyDown={onKeyDown}>
      <p className={styles.dockLabel}>
        Relink beads {first.index + 1} and {second.index + 1}: move the boundary on each side (↑/↓ on the {side} side; Tab switches side;
        Enter applies; Esc cancels).
      </p>
      <div className={styles.relinkColumns}>
        {SIDES.map((s) => (
          <div
            key={s}
            className={`${styles.relinkColumn} ${s === side ? styles.activeCell : ''}`}
            lang={langs[s]}
            onClick={() => setSide(s)}
          >
            <div className={styles.relinkHead}>
              <span>{s}</span>
              <button type="button" className="secondary" aria-label={`Move the ${s} boundary up`} onClick={() => move(s, -1)}>
                ▲
              </button>
              <button type="button" className="secondary" aria-label={`Move the ${s} boundary down`} onClick={() => move(s, 1)}>
                ▼
              </button>
            </div>
            {all[s].map((segment, i) => (
              <div key={segment.id}>
                {i === cut[s] && <hr className={styles.boundary} aria-label="boundary" />}
                <p className={styles.relinkSegment}>{segment.text}</p>
              </div>
            ))}
            {cut[s] === all[s].length && <hr className={styles.boundary} aria-label="boundary" />}
          </div>
        ))}
      </div>
      {emptyBead && <p className="error">Each bead needs at least one segment.</p>}
      <div className={styles.buttons}>
        <button type="button" disabled={busy || emptyBead || unchanged} onClick={apply}>
          Apply relink <kbd>Enter</kbd>
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </section>
  );
}
