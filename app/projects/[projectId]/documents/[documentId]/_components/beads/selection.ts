// What the user has selected: a bead, a side and (when that side has one) a segment. Stored by id so it follows a
// segment through merges, splits and moves; resolved against the current rows on every render. Pure.
//
// The selection is always a bead the user can see (issue 12, decision 023): when a filter or a search hides the
// selected bead, the nearest shown bead is selected instead, derived on every render (nothing is synced), so a
// shortcut never acts on a hidden bead.

import type { Side } from '@/lib/alignment/types';
import type { BeadRow, DocumentIndex, RowSegment } from './bead-rows';

export interface Selection {
  beadId: string | null;
  side: Side;
  segmentId: string | null;
  /** Row index last seen; the fallback when the bead is gone (e.g. merged away by someone else). */
  lastIndex: number;
}

export interface ResolvedSelection {
  row: BeadRow;
  side: Side;
  /** Position in `row[side]`, or -1 when that side of the bead is empty. */
  position: number;
  segment: RowSegment | null;
}

export const INITIAL_SELECTION: Selection = { beadId: null, side: 'source', segmentId: null, lastIndex: 0 };

export function resolveSelection(index: DocumentIndex, selection: Selection): ResolvedSelection | null {
  const { rows } = index;
  if (rows.length === 0) return null;
  const place = selection.segmentId ? index.segments.get(selection.segmentId) : undefined;
  if (place && place.side === selection.side) {
    const row = rows[place.beadIndex];
    return { row, side: place.side, position: place.position, segment: row[place.side][place.position] };
  }
  const at = selection.beadId ? index.beadIndex.get(selection.beadId) : undefined;
  const row = rows[at ?? Math.min(selection.lastIndex, rows.length - 1)];
  const segment = row[selection.side][0] ?? null;
  return { row, side: selection.side, position: segment ? 0 : -1, segment };
}

/** The beads the list shows, in document order, and where each sits among them. */
export interface ListView {
  rows: readonly BeadRow[];
  /** Document index → position in `rows`; absent when the bead is hidden. */
  positionOf: ReadonlyMap<number, number>;
  /** Some bead is hidden by a filter or a search. */
  filtered: boolean;
}

export function listView(visible: readonly BeadRow[], total: number): ListView {
  return { rows: visible, positionOf: new Map(visible.map((row, at) => [row.index, at])), filtered: visible.length < total };
}

/** The shown row closest to document index `at` (the following one on a tie); null when nothing is shown. */
export function nearestShown(view: ListView, at: number): BeadRow | null {
  const { rows } = view;
  if (rows.length === 0) return null;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].index < at) lo = mid + 1;
    else hi = mid;
  }
  const after = rows[lo];
  const before = rows[lo - 1];
  if (!after) return before;
  if (!before) return after;
  return at - before.index < after.index - at ? before : after;
}

/** The selection as the user sees it: `resolveSelection`, moved to the nearest shown bead when it is hidden. */
export function resolveShownSelection(index: DocumentIndex, view: ListView, selection: Selection): ResolvedSelection | null {
  const resolved = resolveSelection(index, selection);
  if (!resolved || view.positionOf.has(resolved.row.index)) return resolved;
  const row = nearestShown(view, resolved.row.index);
  if (!row) return null;
  const segment = row[resolved.side][0] ?? null;
  return { row, side: resolved.side, position: segment ? 0 : -1, segment };
}

/** Whether every bead from `from` to `to` (document indexes, inclusive) is shown. */
export function allShown(view: ListView, from: number, to: number): boolean {
  if (!view.filtered) return true;
  for (let i = Math.max(0, from); i <= to; i += 1) if (!view.positionOf.has(i)) return false;
  return true;
}

export function selectRow(row: BeadRow, side: Side, position = 0): Selection {
  const segments = row[side];
  const segment = segments[Math.min(Math.max(position, 0), segments.length - 1)];
  return { beadId: row.bead.id, side, segmentId: segment?.id ?? null, lastIndex: row.index };
}

/**
 * The visible row `delta` steps from the selection. A selected row hidden by a filter counts by its document
 * position, so stepping from it lands on its visible neighbour.
 */
export function stepRow(visible: readonly BeadRow[], current: ResolvedSelection | null, delta: 1 | -1): BeadRow | null {
  if (visible.length === 0) return null;
  if (!current) return visible[0];
  const at = visible.findIndex((row) => row.index >= current.row.index);
  if (at === -1) return delta === 1 ? null : visible[visible.length - 1];
  const exact = visible[at].index === current.row.index;
  const target = delta === 1 ? (exact ? at + 1 : at) : at - 1;
  return visible[target] ?? null;
}

/** The next (or previous) visible row passing `test`, wrapping around the document. */
export function findRow(
  visible: readonly BeadRow[],
  current: ResolvedSelection | null,
  test: (row: BeadRow) => boolean,
  delta: 1 | -1,
): BeadRow | null {
  const from = current?.row.index ?? -1;
  const ordered = delta === 1 ? visible : [...visible].reverse();
  const ahead = ordered.filter((row) => (delta === 1 ? row.index > from : row.index < from));
  const behind = ordered.filter((row) => (delta === 1 ? row.index <= from : row.index >= from));
  return [...ahead, ...behind].find(test) ?? null;
}

export function withSide(current: ResolvedSelection, side: Side): Selection {
  return selectRow(current.row, side, Math.max(current.position, 0));
}

export function stepSegment(current: ResolvedSelection, delta: 1 | -1): Selection {
  return selectRow(current.row, current.side, current.position + delta);
}
