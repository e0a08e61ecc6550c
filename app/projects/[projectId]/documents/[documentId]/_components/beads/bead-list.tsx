'use client';

// The virtualised list of beads. Only the rows in view (plus a few) are in the DOM; each is measured after it
// renders, so long segments and wrapped Hangul get their real height. Keyboard focus stays on the list itself.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, type Ref } from 'react';
import type { Side } from '@/lib/alignment/types';
import type { BeadRow as Row } from './bead-rows';
import { BeadRow } from './bead-row';
import styles from '../editor/editor.module.css';
import type { ResolvedSelection } from './selection';
import type { QaFlag } from '@/lib/qa/qa-flags';

interface Props {
  rows: readonly Row[];
  selection: ResolvedSelection | null;
  query: string;
  langs: { source: string; target: string };
  onSelect: (row: Row, side: Side, position: number) => void;
  listRef: Ref<HTMLDivElement>;
  busy: boolean;
  /** Beads whose change is on its way to the server: shown dimmed with a "saving" mark. */
  pendingBeads: ReadonlySet<string>;
  /** When this changes (a panel opened below), the selected bead is brought back into view. */
  revealKey: string;
  /** Translation QA flags by bead id (decision 041). */
  qa: ReadonlyMap<string, readonly QaFlag[]>;
}

const ESTIMATED_ROW_PX = 76;

export function BeadList({ rows, selection, query, langs, onSelect, listRef, busy, pendingBeads, revealKey, qa }: Props) {
  const t = useTranslations('editor');
  const scroller = useRef<HTMLDivElement | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer keeps its own mutable state by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
    getItemKey: (i) => rows[i].bead.id,
  });
  const selectedIndex = selection ? rows.findIndex((row) => row.index === selection.row.index) : -1;
  const selectedId = selection?.row.bead.id;

  // Keep the selected bead in view when the keyboard moves the selection or a panel below takes room (the scroll
  // position is DOM state). The next frame, so the list has its new height.
  useEffect(() => {
    if (selectedIndex < 0) return;
    const frame = requestAnimationFrame(() => {
      // A rendered row scrolls exactly into view; one outside the rendered window needs the virtualizer's estimate.
      const element = document.getElementById(`bead-${selectedId}`);
      if (element) element.scrollIntoView({ block: 'nearest' });
      else virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedIndex, selectedId, virtualizer, revealKey]);

  const setRefs = (element: HTMLDivElement | null) => {
    scroller.current = element;
    if (typeof listRef === 'function') listRef(element);
    else if (listRef) listRef.current = element;
  };

  return (
    <div
      ref={setRefs}
      className={styles.scroller}
      tabIndex={0}
      role="listbox"
      aria-label={t('beadsLabel')}
      aria-activedescendant={selection && selectedIndex >= 0 ? `bead-${selection.row.bead.id}` : undefined}
      aria-busy={busy}
      data-testid="bead-list"
    >
      {rows.length === 0 && <p className={styles.nothing}>{t('noMatch')}</p>}
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          const selected = selection?.row.index === row.index;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={styles.slot}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <BeadRow
                row={row}
                selectedSide={selected ? selection.side : null}
                selectedSegmentId={selected ? (selection.segment?.id ?? null) : null}
                query={query}
                langs={langs}
                pending={pendingBeads.has(row.bead.id)}
                onSelect={onSelect}
                qa={qa.get(row.bead.id)}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
