// The single entry point for changing an alignment (issue 4, decision 009): plan the operation as a patch, apply
// the patch, return the new alignment, its exact inverse and what changed. Undo applies the stored inverse; redo
// applies the inverse that undo returned. Pure: never mutates its input.

import type { Alignment } from '../types';
import { type OperationResult, applyPatch } from './apply-patch';
import type { LoggedOperation, RestorePatch } from './operation-schema';
import { type OperationContext, planDetach, planMerge, planMove, planRelink, planSplit } from './plan-bead-operations';
import { planLinkMoved, planUnlinkMoved } from './plan-moved-links';
import { planReplaceRange } from './plan-replace-range';
import { planEditText, planJoinSegments, planSplitSegment } from './plan-segment-operations';
import { planConfirm, planConfirmUpTo, planReview } from './plan-status-operations';

export type { OperationContext } from './plan-bead-operations';
export type { BeadChange, ChangeKind, ChangeSet, OperationResult, SegmentChange } from './apply-patch';

/**
 * Applies one operation. Throws `OperationError`: NOT_FOUND for unknown ids, INVALID_OPERATION for operations
 * that make no sense here, VERSION_CONFLICT when a stored `restore` patch no longer fits the alignment.
 */
export function applyOperation(alignment: Alignment, op: LoggedOperation, ctx: OperationContext & { anchored?: boolean }): OperationResult {
  // A stored patch, anchored: placed by the ids it names, for an undo after other people's changes (decision 042).
  if (op.type === 'restore') return applyPatch(alignment, op, 'VERSION_CONFLICT', { anchored: ctx.anchored });
  return applyPatch(alignment, planOperation(alignment, op, ctx), 'INVALID_OPERATION');
}

function planOperation(alignment: Alignment, op: Exclude<LoggedOperation, RestorePatch>, ctx: OperationContext): RestorePatch {
  switch (op.type) {
    case 'merge':
      return planMerge(alignment, op);
    case 'split':
      return planSplit(alignment, op, ctx);
    case 'relink':
      return planRelink(alignment, op);
    case 'move':
      return planMove(alignment, op);
    case 'detach':
      return planDetach(alignment, op, ctx);
    case 'splitSegment':
      return planSplitSegment(alignment, op, ctx);
    case 'joinSegments':
      return planJoinSegments(alignment, op);
    case 'editText':
      return planEditText(alignment, op);
    case 'confirm':
      return planConfirm(alignment, op);
    case 'confirmUpTo':
      return planConfirmUpTo(alignment, op);
    case 'review':
      return planReview(alignment, op);
    case 'replaceRange':
      return planReplaceRange(alignment, op, ctx);
    case 'linkMoved':
      return planLinkMoved(alignment, op);
    case 'unlinkMoved':
      return planUnlinkMoved(alignment, op, ctx);
  }
}

/** True when the operation changed nothing (e.g. confirming confirmed beads); the server need not log it. */
export function isNoop(result: OperationResult): boolean {
  return result.changed.beads.length === 0 && result.changed.segments.length === 0;
}
