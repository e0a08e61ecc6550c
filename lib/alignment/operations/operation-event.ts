// How an operation reads to the review workflow (lib/review): which bead event it is, for the server's gate
// (`beadEventGate(beadEventOf(op), ctx)` checks the permission, the document lock and the rejection reason), and
// whether authoring it counts as having edited the document (the four-eyes rule).

import type { BeadEvent } from '@/lib/review/review-states';
import type { ChangeSet } from './apply-patch';
import type { Operation } from './operation-schema';

export function beadEventOf(op: Operation): BeadEvent {
  switch (op.type) {
    case 'confirm':
    case 'confirmUpTo':
      return 'confirm';
    case 'review':
      return op.event;
    case 'merge':
    case 'split':
    case 'relink':
    case 'move':
    case 'detach':
    case 'splitSegment':
    case 'joinSegments':
    case 'replaceRange':
    case 'linkMoved':
    case 'unlinkMoved':
      return 'edit';
    case 'editText':
      return 'editText';
  }
}

/**
 * Authoring one of these makes a person an editor of the document for four-eyes purposes: they shaped the
 * alignment or vouched for it. Approving, rejecting and excluding are review decisions and do not count.
 */
export function isEditingEvent(event: BeadEvent): boolean {
  return event === 'edit' || event === 'editText' || event === 'confirm' || event === 'include';
}

/** Beads that were approved before the operation and are not any more: the review workflow must look again. */
export function reopenedBeadIds(changed: ChangeSet): string[] {
  return changed.beads.filter((change) => change.previousStatus === 'approved' && change.status !== 'approved').map((change) => change.id);
}
