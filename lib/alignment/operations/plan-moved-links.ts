// Planning the moved-link operations (issue 11, decision 022). `linkMoved` pairs an omission (source-only bead)
// with an addition (target-only bead) somewhere else in the document: the result is one `moved` bead at the
// omission's place. `unlinkMoved` takes a moved link apart again: the source stays where it is, the target
// segments go back to an addition bead at their own place in target order. Undo of either is the restore patch.

import { beadIndexOf } from '../alignment-lookup';
import { invalidOperation } from '../operation-error';
import type { Alignment, Bead } from '../types';
import { makePatch, replaceItems } from './apply-patch';
import { assertEditable, editedBead, statusAfter } from './bead-edits';
import type { Operation, RestorePatch } from './operation-schema';
import type { OperationContext } from './plan-bead-operations';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;

const isOmission = (bead: Bead) => bead.source.length > 0 && bead.target.length === 0;
const isAddition = (bead: Bead) => bead.source.length === 0 && bead.target.length > 0;

/** The moved bead keeps the omission's id and place; the addition bead disappears into it. */
export function planLinkMoved(alignment: Alignment, op: Op<'linkMoved'>): RestorePatch {
  const [a, b] = op.beadIds.map((id) => beadIndexOf(alignment, id));
  const [sourceAt, targetAt] = isOmission(alignment.beads[a]) ? [a, b] : [b, a];
  const omission = alignment.beads[sourceAt];
  const addition = alignment.beads[targetAt];
  if (!isOmission(omission) || !isAddition(addition)) {
    throw invalidOperation('A moved link needs one bead with only source text and one with only target text.');
  }
  if (Math.abs(sourceAt - targetAt) === 1) {
    throw invalidOperation(`Beads ${omission.id} and ${addition.id} are next to each other; merge them instead.`);
  }
  assertEditable([omission, addition]);
  const moved: Bead = { ...editedBead(omission, omission.source, addition.target), moved: true };
  // Hunks run one after another: change the later position first so the earlier index still holds.
  const hunks = [replaceItems(sourceAt, [omission], [moved]), replaceItems(targetAt, [addition], [])];
  return makePatch({ beads: sourceAt > targetAt ? hunks : hunks.reverse() });
}

/**
 * The source segments stay in place as an omission (same id); the target segments become a new addition bead
 * right before the first ordinary bead holding a later target segment (after any omissions in between, as
 * `detach` leaves them), which is where monotonic order wants it.
 */
export function planUnlinkMoved(alignment: Alignment, op: Op<'unlinkMoved'>, ctx: OperationContext): RestorePatch {
  const at = beadIndexOf(alignment, op.beadId);
  const bead = alignment.beads[at];
  if (!bead.moved) throw invalidOperation(`Bead ${bead.id} is not a moved link.`);
  assertEditable([bead]);
  const targetIndex = new Map(alignment.target.map((segment, index) => [segment.id, index]));
  const last = targetIndex.get(bead.target[bead.target.length - 1]) ?? 0;
  const follows = (other: Bead, k: number) => !other.moved && k !== at && other.target.some((id) => (targetIndex.get(id) ?? last) > last);
  const successor = alignment.beads.findIndex(follows);
  const insertAt = successor < 0 ? alignment.beads.length : successor;
  const status = statusAfter(bead, 'edit');
  const plain: Bead = { id: bead.id, source: bead.source, target: [], origin: 'manual', confidence: null, reason: null, status };
  const addition: Bead = { ...plain, id: ctx.newId(), source: [], target: bead.target };
  return makePatch({
    beads: [replaceItems(at, [bead], [plain]), replaceItems(insertAt, [], [addition])],
  });
}
