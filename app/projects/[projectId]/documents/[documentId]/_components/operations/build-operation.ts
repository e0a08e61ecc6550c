// Turns a command and the current selection into the operation the server should run, or a message saying why
// it cannot apply here, in the reader's language (`t`). Pure: the server re-checks everything; this only catches what
// the user can fix by moving.

import type { Translate } from '@/lib/i18n/translator';
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
export function buildOperation(
  command: StructuralCommand,
  index: DocumentIndex,
  sel: ResolvedSelection,
  view: ListView,
  t: Translate<'hints'>,
): Built {
  const { row, side, segment, position } = sel;
  const beadId = row.bead.id;
  const number = row.index + 1;
  const isLast = row.index === index.rows.length - 1;
  const noSegment = refuse(t('noSegment', { number, side }));
  const hidden = (at: number, what: 'merge' | 'move') => refuse(t('hidden', { number: at + 1, what }));

  switch (command) {
    case 'merge':
      if (isLast) return refuse(t('lastNoMerge'));
      if (!allShown(view, row.index + 1, row.index + 1)) return hidden(row.index + 1, 'merge');
      return { ok: true, operation: { type: 'merge', beadId }, label: t('merged', { number }) };
    case 'split':
      return buildSplit(sel, t);
    case 'moveUp':
    case 'moveDown': {
      if (!segment) return noSegment;
      const up = command === 'moveUp';
      if (up && row.index === 0) return refuse(t('firstNoUp'));
      if (!up && isLast) return refuse(t('lastNoDown'));
      const neighbour = row.index + (up ? -1 : 1);
      if (!allShown(view, neighbour, neighbour)) return hidden(neighbour, 'move');
      const edge = up ? 0 : row[side].length - 1;
      if (position !== edge) {
        return refuse(t('edgeOnly', { direction: up ? 'up' : 'down', side }));
      }
      const operation: EditorOperation = { type: 'move', segmentId: segment.id, direction: up ? 'up' : 'down' };
      return { ok: true, operation, label: t('movedSegment', { side, direction: up ? 'up' : 'down' }) };
    }
    case 'detach':
      if (!segment) return noSegment;
      if (row[side].length === 1 && row[side === 'source' ? 'target' : 'source'].length === 0) {
        return refuse(t('alone'));
      }
      return { ok: true, operation: { type: 'detach', segmentId: segment.id }, label: t('detached', { side }) };
    case 'join':
      if (!segment) return noSegment;
      // Joining stays inside the bead (issue 12): the server would also join across beads by merging them, which
      // a key press must not do behind the user's back.
      if (position === row[side].length - 1) {
        return refuse(t('joinLast', { side, number }));
      }
      return { ok: true, operation: { type: 'joinSegments', segmentId: segment.id }, label: t('joined', { side }) };
    case 'confirm':
      return { ok: true, operation: { type: 'confirm', beadIds: [beadId] }, label: t('confirmed', { number }) };
    case 'confirmUpTo':
      if (!allShown(view, 0, row.index)) return refuse(t('hiddenUpTo'));
      return { ok: true, operation: { type: 'confirmUpTo', beadId }, label: t('confirmedUpTo', { number }) };
    case 'realign':
      if (!allShown(view, row.index, index.rows.length - 1)) return refuse(t('hiddenFrom'));
      return { ok: true, operation: { type: 'realign', fromBeadId: beadId }, label: t('realigned', { number }) };
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

function buildSplit({ row, side, position }: ResolvedSelection, t: Translate<'hints'>): Built {
  const otherSide = side === 'source' ? 'target' : 'source';
  const own = row[side].length;
  const other = row[otherSide].length;
  if (own + other < 2) return refuse(t('oneSegment'));
  const point = splitPoint(own, other, position < 0 ? -1 : position);
  if (!point) return refuse(t('cannotSplit', { number: row.index + 1, side }));
  const [sourceAt, targetAt] = side === 'source' ? [point.ownAt, point.otherAt] : [point.otherAt, point.ownAt];
  return {
    ok: true,
    operation: { type: 'split', beadId: row.bead.id, sourceAt, targetAt },
    label: t('splitBead', { number: row.index + 1, sourceAt, targetAt }),
  };
}
