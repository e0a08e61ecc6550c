// Planning the operations that re-link segments without touching their text: merge, split, relink, move, detach.
// Each returns a patch for apply-patch.ts; none applies anything itself. The first bead of a result keeps the
// original id (so comments and history stay attached); beads that are new get `ctx.newId()`.

import { beadIndexOf, locateSegment, otherSide } from '../alignment-lookup';
import { invalidOperation } from '../operation-error';
import type { Alignment, Bead } from '../types';
import { makePatch, replaceItems } from './apply-patch';
import { assertEditable, assertNotMoved, editedBead, isEmptyBead } from './bead-edits';
import type { Operation, RestorePatch } from './operation-schema';

export interface OperationContext {
  /** A fresh id, unique in the document, for beads and segments the operation creates. */
  newId: () => string;
}

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;

export function planMerge(alignment: Alignment, op: Op<'merge'>): RestorePatch {
  const at = beadIndexOf(alignment, op.beadId);
  if (at === alignment.beads.length - 1) {
    throw invalidOperation(`Bead ${op.beadId} is the last bead; nothing follows to merge with.`);
  }
  const [first, second] = alignment.beads.slice(at, at + 2);
  assertNotMoved([first, second]);
  assertEditable([first, second]);
  const merged = editedBead(first, [...first.source, ...second.source], [...first.target, ...second.target]);
  return makePatch({ beads: [replaceItems(at, [first, second], [merged])] });
}

export function planSplit(alignment: Alignment, op: Op<'split'>, ctx: OperationContext): RestorePatch {
  const at = beadIndexOf(alignment, op.beadId);
  const bead = alignment.beads[at];
  assertNotMoved([bead]);
  const [first, second] = partition(bead.source, bead.target, op.sourceAt, op.targetAt, `Bead ${bead.id}`);
  assertEditable([bead]);
  const parts = [editedBead(bead, first.source, first.target), editedBead(bead, second.source, second.target, ctx.newId())];
  return makePatch({ beads: [replaceItems(at, [bead], parts)] });
}

export function planRelink(alignment: Alignment, op: Op<'relink'>): RestorePatch {
  const [firstId, secondId] = op.beadIds;
  const at = beadIndexOf(alignment, firstId);
  if (beadIndexOf(alignment, secondId) !== at + 1) {
    throw invalidOperation(`Bead ${secondId} does not directly follow bead ${firstId}.`);
  }
  const [a, b] = alignment.beads.slice(at, at + 2);
  assertNotMoved([a, b]);
  if (op.sourceAt === a.source.length && op.targetAt === a.target.length) return makePatch({});
  const [first, second] = partition(
    [...a.source, ...b.source],
    [...a.target, ...b.target],
    op.sourceAt,
    op.targetAt,
    `Beads ${a.id} and ${b.id}`,
  );
  assertEditable([a, b]);
  const relinked = [editedBead(a, first.source, first.target), editedBead(b, second.source, second.target)];
  return makePatch({ beads: [replaceItems(at, [a, b], relinked)] });
}

/** Moves a segment into the neighbouring bead; only the segment at the facing edge can move without crossing. */
export function planMove(alignment: Alignment, op: Op<'move'>): RestorePatch {
  const { side, beadIndex, position } = locateSegment(alignment, op.segmentId);
  const bead = alignment.beads[beadIndex];
  const up = op.direction === 'up';
  const neighbourIndex = up ? beadIndex - 1 : beadIndex + 1;
  if (neighbourIndex < 0 || neighbourIndex >= alignment.beads.length) {
    const where = up ? 'first bead; there is no bead above' : 'last bead; there is no bead below';
    throw invalidOperation(`Segment ${op.segmentId} is in the ${where}.`);
  }
  const edge = up ? 0 : bead[side].length - 1;
  if (position !== edge) {
    throw invalidOperation(
      `Segment ${op.segmentId} is not the ${up ? 'first' : 'last'} ${side} segment of its bead; ` +
        `moving it ${op.direction} would break document order.`,
    );
  }
  const neighbour = alignment.beads[neighbourIndex];
  assertNotMoved([bead, neighbour]);
  assertEditable([bead, neighbour]);
  const left = bead[side].filter((id) => id !== op.segmentId);
  const shrunk = editedBead(bead, side === 'source' ? left : bead.source, side === 'target' ? left : bead.target);
  const grownIds = up ? [...neighbour[side], op.segmentId] : [op.segmentId, ...neighbour[side]];
  const grown = editedBead(neighbour, side === 'source' ? grownIds : neighbour.source, side === 'target' ? grownIds : neighbour.target);
  const keep = isEmptyBead(shrunk) ? [] : [shrunk];
  const at = Math.min(beadIndex, neighbourIndex);
  const insert = up ? [grown, ...keep] : [...keep, grown];
  return makePatch({ beads: [replaceItems(at, alignment.beads.slice(at, at + 2), insert)] });
}

/**
 * Makes the segment a 1-0 / 0-1 bead at its position. Segments of its side before it stay with the other side's
 * segments; segments after it become their own bead. A first segment is detached in front of the rest.
 */
export function planDetach(alignment: Alignment, op: Op<'detach'>, ctx: OperationContext): RestorePatch {
  const { side, beadIndex, position } = locateSegment(alignment, op.segmentId);
  const bead = alignment.beads[beadIndex];
  assertNotMoved([bead]);
  const other = otherSide(side);
  if (bead[side].length === 1 && bead[other].length === 0) {
    throw invalidOperation(`Segment ${op.segmentId} already stands alone.`);
  }
  assertEditable([bead]);
  const before = bead[side].slice(0, position);
  const after = bead[side].slice(position + 1);
  const parts: { own: string[]; others: string[] }[] =
    before.length > 0
      ? [
          { own: before, others: bead[other] },
          { own: [op.segmentId], others: [] },
          { own: after, others: [] },
        ]
      : [
          { own: [op.segmentId], others: [] },
          { own: after, others: bead[other] },
        ];
  const beads = parts
    .filter((part) => part.own.length + part.others.length > 0)
    .map((part, i) => {
      const [source, target] = side === 'source' ? [part.own, part.others] : [part.others, part.own];
      return editedBead(bead, source, target, i === 0 ? bead.id : ctx.newId());
    });
  return makePatch({ beads: [replaceItems(beadIndex, [bead], beads)] });
}

type Links = Pick<Bead, 'source' | 'target'>;

function partition(source: string[], target: string[], sourceAt: number, targetAt: number, what: string): [Links, Links] {
  if (sourceAt > source.length || targetAt > target.length) {
    throw invalidOperation(`${what}: ${source.length} source and ${target.length} target segments; cannot cut at ${sourceAt}/${targetAt}.`);
  }
  const first = { source: source.slice(0, sourceAt), target: target.slice(0, targetAt) };
  const second = { source: source.slice(sourceAt), target: target.slice(targetAt) };
  if (isEmptyBead(first) || isEmptyBead(second)) {
    throw invalidOperation(`Cutting ${what} at ${sourceAt}/${targetAt} would leave an empty bead.`);
  }
  return [first, second];
}
