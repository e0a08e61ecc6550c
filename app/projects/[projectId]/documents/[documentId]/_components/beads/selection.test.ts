import { describe, expect, it } from 'vitest';
import { buildIndex } from './bead-rows';
import type { AlignmentState } from '../sync/editor-document';
import { commandFor } from '../editor/keyboard-map';
import { findRow, listView, nearestShown, resolveSelection, resolveShownSelection, stepRow } from './selection';

const bead = (id: string, source: string[], target: string[], confidence: number | null = 0.95) => ({
  id,
  source,
  target,
  confidence,
  reason: null,
  status: 'auto' as const,
  origin: 'auto' as const,
  labels: [],
  comments: 0,
  changedSinceReview: false,
  rejectReason: null,
  moved: false,
});
const state: AlignmentState = {
  version: 1,
  canUndo: false,
  canRedo: false,
  source: ['s1', 's2', 's3', 's4'].map((id, i) => ({ id, text: id, paragraph: i < 2 ? 0 : 1 })),
  target: ['t1', 't2', 't3'].map((id) => ({ id, text: id, paragraph: 0 })),
  beads: [bead('a', ['s1'], ['t1']), bead('b', ['s2'], [], 0.3), bead('c', ['s3'], ['t2']), bead('d', ['s4'], ['t3'], 0.2)],
};
const index = buildIndex(state);

describe('selection', () => {
  it('follows a segment into another bead', () => {
    const sel = resolveSelection(index, { beadId: 'a', side: 'source', segmentId: 's3', lastIndex: 0 });
    expect(sel?.row.bead.id).toBe('c');
  });
  it('falls back to the last known row when the bead is gone', () => {
    const sel = resolveSelection(index, { beadId: 'gone', side: 'target', segmentId: 'gone', lastIndex: 1 });
    expect(sel).toMatchObject({ position: -1, segment: null });
    expect(sel?.row.bead.id).toBe('b');
  });
  it('steps to the visible neighbour of a row hidden by a filter', () => {
    const visible = [index.rows[0], index.rows[2]];
    const hidden = resolveSelection(index, { beadId: 'b', side: 'source', segmentId: null, lastIndex: 0 });
    expect(stepRow(visible, hidden, 1)?.bead.id).toBe('c');
    expect(stepRow(visible, hidden, -1)?.bead.id).toBe('a');
  });
  it('finds the next low-confidence bead, wrapping around', () => {
    const low = (r: (typeof index.rows)[number]) => (r.bead.confidence ?? 1) < 0.6;
    const onD = resolveSelection(index, { beadId: 'd', side: 'source', segmentId: null, lastIndex: 0 });
    expect(findRow(index.rows, onD, low, 1)?.bead.id).toBe('b');
  });
  it('moves a selection the filter hides to the nearest shown bead (the following one on a tie)', () => {
    const onB = { beadId: 'b', side: 'target' as const, segmentId: null, lastIndex: 1 };
    expect(resolveShownSelection(index, listView([index.rows[0], index.rows[3]], 4), onB)?.row.bead.id).toBe('a');
    expect(resolveShownSelection(index, listView([index.rows[0], index.rows[2]], 4), onB)?.row.bead.id).toBe('c');
    expect(resolveShownSelection(index, listView([index.rows[3]], 4), onB)).toMatchObject({
      row: { bead: { id: 'd' } },
      side: 'target',
      position: 0,
    });
    expect(resolveShownSelection(index, listView([], 4), onB)).toBeNull();
    expect(resolveShownSelection(index, listView(index.rows, 4), onB)?.row.bead.id).toBe('b');
  });
  it('finds the nearest shown row by document position', () => {
    const view = listView([index.rows[1], index.rows[3]], 4);
    expect([0, 1, 2, 3].map((at) => nearestShown(view, at)?.bead.id)).toEqual(['b', 'b', 'd', 'd']);
  });
  it('marks where paragraphs start', () => {
    expect(index.rows.map((r) => r.paragraphStart)).toEqual([false, false, true, false]);
  });
});

describe('commandFor', () => {
  const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) =>
    commandFor({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
  it.each([
    ['j', {}, 'nextBead'],
    ['J', { shiftKey: true }, 'join'],
    ['C', { shiftKey: true }, 'confirmUpTo'],
    ['ArrowUp', { altKey: true }, 'moveUp'],
    ['z', { ctrlKey: true }, 'undo'],
    ['Z', { ctrlKey: true, shiftKey: true }, 'redo'],
    ['y', { metaKey: true }, 'redo'],
    ['c', { ctrlKey: true }, null], // Ctrl+C stays copy
    ['x', {}, 'reject'],
    ['X', { shiftKey: true }, 'exclude'],
    ['a', {}, 'approve'],
    ['t', {}, 'labels'],
    ['i', {}, 'comments'],
    ['q', {}, 'nextQa'],
    ['Q', { shiftKey: true }, 'prevQa'],
    ['q', { ctrlKey: true }, null], // Ctrl+Q stays the browser's
    ['w', {}, null],
    ['a', { ctrlKey: true }, null], // Ctrl+A stays select-all
  ] as const)('%s %o → %s', (k, mods, expected) => {
    expect(key(k, mods)).toBe(expected);
  });
});
