// What the user has selected: a bead, a side and (when that side has one) a segment. Stored by id so it follows a
// segment through merges, splits and moves; resolved against the current rows on every render. Pure.

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
