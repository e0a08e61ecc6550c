// Status rules shared by the operations: a structural change or a text edit turns every bead it touches into a
// manual, `edited` bead; the status comes from the review state machine so the rules live in one table.

import { beadStatusAfter } from '@/lib/review/bead-transition';
import type { BeadEvent } from '@/lib/review/review-states';
import { invalidOperation } from '../operation-error';
import type { Bead, BeadStatus } from '../types';

/** Throws unless `event` is allowed from the bead's status (e.g. an excluded bead cannot be edited). */
export function statusAfter(bead: Bead, event: BeadEvent): BeadStatus {
  const status = beadStatusAfter(bead.status, event);
  if (status === null) {
    if (bead.status === 'excluded') {
      throw invalidOperation(`Bead ${bead.id} is excluded; include it again before you ${event} it.`);
    }
    throw invalidOperation(`Bead ${bead.id} is ${bead.status} and cannot take "${event}".`);
  }
  return status;
}

export function assertEditable(beads: readonly Bead[]): void {
  for (const bead of beads) statusAfter(bead, 'edit');
}

/**
 * The bead `base` becomes after a person changed its links or text. Engine confidence and reason no longer
 * describe it, so they are dropped.
 */
export function editedBead(
  base: Bead,
  source: string[],
  target: string[],
  id: string = base.id,
  event: 'edit' | 'editText' = 'edit',
): Bead {
  const bead: Bead = { id, source, target, origin: 'manual', confidence: null, reason: null, status: statusAfter(base, event) };
  return base.moved ? { ...bead, moved: true } : bead;
}

/**
 * Moved links cross other beads, so the operations that regroup neighbours (merge, split, relink, move, detach,
 * joining across beads) would tangle them; they are refused until the editor unlinks the moved link.
 */
export function assertNotMoved(beads: readonly Bead[]): void {
  const moved = beads.find((bead) => bead.moved);
  if (moved !== undefined) {
    throw invalidOperation(`Bead ${moved.id} is a moved link; unlink it first to regroup its segments.`);
  }
}

export function isEmptyBead(bead: Pick<Bead, 'source' | 'target'>): boolean {
  return bead.source.length === 0 && bead.target.length === 0;
}
