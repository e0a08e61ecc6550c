'use client';

// Relinking two adjacent beads: the segments of both, per side, with a movable boundary. ↑/↓ move the boundary on
// the current side, Tab or ←/→ switch side, Enter applies, Esc cancels; the ▲/▼ buttons do the same by mouse.

import { useTranslations } from 'next-intl';
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
  const t = useTranslations('relink');
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
    <section className={styles.relink} aria-label={t('label')} ref={panel} tabIndex={-1} onKeyDown={onKeyDown}>
      <p className={styles.dockLabel}>{t('howTo', { first: first.index + 1, second: second.index + 1, side })}</p>
      <div className={styles.relinkColumns}>
        {SIDES.map((s) => (
          <div
            key={s}
            className={`${styles.relinkColumn} ${s === side ? styles.activeCell : ''}`}
            lang={langs[s]}
            onClick={() => setSide(s)}
          >
            <div className={styles.relinkHead}>
              <span>{t('side', { side: s })}</span>
              <button type="button" className="secondary" aria-label={t('moveUp', { side: s })} onClick={() => move(s, -1)}>
                ▲
              </button>
              <button type="button" className="secondary" aria-label={t('moveDown', { side: s })} onClick={() => move(s, 1)}>
                ▼
              </button>
            </div>
            {all[s].map((segment, i) => (
              <div key={segment.id}>
                {i === cut[s] && <hr className={styles.boundary} aria-label={t('boundary')} />}
                <p className={styles.relinkSegment}>{segment.text}</p>
              </div>
            ))}
            {cut[s] === all[s].length && <hr className={styles.boundary} aria-label={t('boundary')} />}
          </div>
        ))}
      </div>
      {emptyBead && <p className="error">{t('emptyBead')}</p>}
      <div className={styles.buttons}>
        <button type="button" disabled={busy || emptyBead || unchanged} onClick={apply}>
          {t('apply')} <kbd>Enter</kbd>
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')} <kbd>Esc</kbd>
        </button>
      </div>
    </section>
  );
}
