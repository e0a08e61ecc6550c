// Turns a command and the current selection into the operation the server should run, or a message saying why
// it cannot apply here. Pure: the server re-checks everything; this only catches what the user can fix by moving.

import type { EditorOperation } from '../sync/editor-document';
import type { DocumentIndex } from '../beads/bead-rows';
import { allShown, type ListView, type ResolvedSelection } from '../beads/selection';

export type StructuralCommand = 'merge' | 'split' | 'moveUp' | 'moveDown' | 'detach' | 'join' | 'confirm' | 'confirmUpTo' | 'realign';

export type Built = { ok: true; operation: EditorOperation; label: string } | { ok: false; message: string };

const refuse = (message: string): Built => ({ ok: false, message });

/**
 * `view` is what the list shows: an operation that would change a bead the filter or search hides is refused
 * (issue 12: a shortcut never touches a hidden bead).
 */
export function buildOperation(command: StructuralCommand, index: DocumentIndex, sel: ResolvedSelection, view: ListView): Built {
  const { row, side, segment, position } = sel;
  const beadId = row.bead.id;
  const number = row.index + 1;
  const isLast = row.index === index.rows.length - 1;
  const noSegment = refuse(`Bead ${number} has no ${side} segment; press Tab to switch side.`);
  const hidden = (at: number, what: string) => refuse(`Bead ${at + 1} is hidden by the filter or search; clear it to ${what}.`);

  switch (command) {
    case 'merge':
      if (isLast) return refuse('This is the last bead; nothing follows to merge with.');
      if (!allShown(view, row.index + 1, row.index + 1)) return hidden(row.index + 1, 'merge with it');
      return { ok: true, operation: { type: 'merge', beadId }, label: `Merged bead ${number} with the next` };
    case 'split':
      return buildSplit(sel);
    case 'moveUp':
    case 'moveDown': {
      if (!segment) return noSegment;
      const up = command === 'moveUp';
      if (up && row.index === 0) return refuse('This is the first bead; there is no bead above.');
      if (!up && isLast) return refuse('This is the last bead; there is no bead below.');
      const neighbour = row.index + (up ? -1 : 1);
      if (!allShown(view, neighbour, neighbour)) return hidden(neighbour, 'move a segment into it');
      const edge = up ? 0 : row[side].length - 1;
      if (position !== edge) {
        return refuse(
          `Only the ${up ? 'first' : 'last'} ${side} segment of a bead can move ${up ? 'up' : 'down'}; press ${up ? '[' : ']'} to select it.`,
        );
      }
      const operation: EditorOperation = { type: 'move', segmentId: segment.id, direction: up ? 'up' : 'down' };
      return { ok: true, operation, label: `Moved a ${side} segment ${up ? 'up' : 'down'}` };
    }
    case 'detach':
      if (!segment) return noSegment;
      if (row[side].length === 1 && row[side === 'source' ? 'target' : 'source'].length === 0) {
        return refuse('This segment already stands alone.');
      }
      return { ok: true, operation: { type: 'detach', segmentId: segment.id }, label: `Detached a ${side} segment` };
    case 'join':
      if (!segment) return noSegment;
      // Joining stays inside the bead (issue 12): the server would also join across beads by merging them, which
      // a key press must not do behind the user's back.
      if (position === row[side].length - 1) {
        return refuse(
          `This is the last ${side} segment of bead ${number}; J joins segments inside a bead only. To join across beads, merge them first (m).`,
        );
      }
      return { ok: true, operation: { type: 'joinSegments', segmentId: segment.id }, label: `Joined two ${side} segments` };
    case 'confirm':
      return { ok: true, operation: { type: 'confirm', beadIds: [beadId] }, label: `Confirmed bead ${number}` };
    case 'confirmUpTo':
      if (!allShown(view, 0, row.index))
        return refuse(
          'Some beads up to here are hidden by the filter or search; clear it to confirm them all, or confirm beads one by one (c).',
        );
      return { ok: true, operation: { type: 'confirmUpTo', beadId }, label: `Confirmed beads 1–${number}` };
    case 'realign':
      if (!allShown(view, row.index, index.rows.length - 1))
        return refuse('Some beads from here on are hidden by the filter or search; clear it to realign them.');
      return { ok: true, operation: { type: 'realign', fromBeadId: beadId }, label: `Realigned from bead ${number}` };
  }
}

/**
 * Splits after the selected segment on the current side; the other side is cut in proportion, then nudged so
 * neither half is empty. When the selected segment is the last of several, the cut goes before it instead (cutting
 * after the last one would split nothing off on this side).
 */
export function splitPoint(own: number, other: number, position: number): { ownAt: number; otherAt: number } | null {
  const candidates = own > 1 && position === own - 1 ? [position, position + 1] : [position + 1, position];
  for (const ownAt of candidates) {
    if (ownAt < 0 || ownAt > own) continue;
    const lo = ownAt === 0 ? 1 : 0;
    const hi = ownAt === own ? other - 1 : other;
    if (lo > hi) continue;
    const ideal = own === 0 ? 0 : Math.round((ownAt / own) * other);
    return { ownAt, otherAt: Math.min(Math.max(ideal, lo), hi) };
  }
  return null;
}

function buildSplit({ row, side, position }: ResolvedSelection): Built {
  const otherSide = side === 'source' ? 'target' : 'source';
  const own = row[side].length;
  const other = row[otherSide].length;
  if (own + other < 2) return refuse('A bead with one segment cannot be split.');
  const point = splitPoint(own, other, position < 0 ? -1 : position);
  if (!point) return refuse(`Bead ${row.index + 1} cannot be split on the ${side} side; press Tab to switch side.`);
  const [sourceAt, targetAt] = side === 'source' ? [point.ownAt, point.otherAt] : [point.otherAt, point.ownAt];
  return {
    ok: true,
    operation: { type: 'split', beadId: row.bead.id, sourceAt, targetAt },
    label: `Split bead ${row.index + 1} (${sourceAt}:${targetAt} stay above)`,
  };
}
