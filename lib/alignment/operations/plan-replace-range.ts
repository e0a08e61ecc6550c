// Planning `replaceRange`, the realign step: the engine proposes new beads for a contiguous run of beads, covering
// exactly the same segments. A proposed bead identical in links to an old one keeps that old bead untouched (id,
// status, confidence), so realigning never demotes links that did not change.

import { beadIndexOf } from '../alignment-lookup';
import { invalidOperation } from '../operation-error';
import type { Alignment, Bead } from '../types';
import { makePatch, replaceItems } from './apply-patch';
import { assertEditable, isEmptyBead } from './bead-edits';
import type { Operation, RestorePatch } from './operation-schema';
import type { OperationContext } from './plan-bead-operations';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;

export function planReplaceRange(alignment: Alignment, op: Op<'replaceRange'>, ctx: OperationContext): RestorePatch {
  const at = beadIndexOf(alignment, op.beadIds[0]);
  const removed = alignment.beads.slice(at, at + op.beadIds.length);
  op.beadIds.forEach((id, k) => {
    if (removed[k]?.id !== id) {
      beadIndexOf(alignment, id); // NOT_FOUND first if the id does not exist at all
      throw invalidOperation(`Beads ${op.beadIds.join(', ')} are not a contiguous run in document order.`);
    }
  });
  for (const side of ['source', 'target'] as const) {
    const before = JSON.stringify(removed.flatMap((bead) => bead[side]));
    const after = JSON.stringify(op.beads.flatMap((bead) => bead[side]));
    if (before !== after) {
      throw invalidOperation(
        `The new beads must cover the same ${side} segments, in the same order, as the replaced ones.`,
      );
    }
  }
  if (op.beads.some(isEmptyBead)) throw invalidOperation('A proposed bead is empty.');

  const oldByLinks = new Map(removed.map((bead) => [linkKey(bead), bead]));
  const kept = new Set<Bead>();
  const insert = op.beads.map((proposed): Bead => {
    const old = oldByLinks.get(linkKey(proposed));
    if (old !== undefined) {
      kept.add(old);
      return old;
    }
    const { source, target, confidence, reason } = proposed;
    return { id: ctx.newId(), source, target, origin: 'auto', confidence, reason, status: 'auto' };
  });
  const dropped = removed.filter((bead) => !kept.has(bead));
  if (dropped.length === 0) return makePatch({});
  assertEditable(dropped);
  return makePatch({ beads: [replaceItems(at, removed, insert)] });
}

function linkKey(bead: Pick<Bead, 'source' | 'target'>): string {
  return JSON.stringify([bead.source, bead.target]);
}
