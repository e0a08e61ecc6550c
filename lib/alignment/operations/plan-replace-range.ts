// Planning `replaceRange`, the realign step: the engine proposes new beads for a contiguous run of beads, covering
// exactly the same segments. A proposed bead identical in links to an old one keeps that old bead untouched (id,
// status, confidence), so realigning never demotes links that did not change. Moved links (decision 022) in the run
// must come back unchanged: the monotonic engine cannot rebuild a crossing link, so it never drops one.

import { beadIndexOf } from '../alignment-lookup';
import { invalidOperation } from '../operation-error';
import type { Alignment, Bead } from '../types';
import { makePatch, replaceItems } from './apply-patch';
import { assertEditable, assertNotMoved, isEmptyBead } from './bead-edits';
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
  // The source side is in bead order for every bead; the target side only once moved links are set aside, so it
  // is compared as a set here and the order is left to validateAlignment when the patch is applied.
  const sameSource = JSON.stringify(removed.flatMap((bead) => bead.source)) === JSON.stringify(op.beads.flatMap((bead) => bead.source));
  const targets = (beads: readonly Pick<Bead, 'target'>[]) => beads.flatMap((bead) => bead.target).sort();
  if (!sameSource || JSON.stringify(targets(removed)) !== JSON.stringify(targets(op.beads))) {
    throw invalidOperation('The new beads must cover the same segments, in the same order, as the replaced ones.');
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
  assertNotMoved(dropped);
  assertEditable(dropped);
  return makePatch({ beads: [replaceItems(at, removed, insert)] });
}

function linkKey(bead: Pick<Bead, 'source' | 'target'>): string {
  return JSON.stringify([bead.source, bead.target]);
}
