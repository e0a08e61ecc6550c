// Planning the operations that change only bead statuses: confirm, confirmUpTo and review decisions. Statuses come
// from the review state machine (lib/review); who may trigger them is the server's gate, not checked here.

import { beadStatusAfter } from '@/lib/review/bead-transition';
import { beadIndexOf, beadIndexer } from '../alignment-lookup';
import { invalidOperation } from '../operation-error';
import type { Alignment, Bead, BeadStatus } from '../types';
import { makePatch, replaceItems } from './apply-patch';
import { statusAfter } from './bead-edits';
import type { Hunk, Operation, RestorePatch } from './operation-schema';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;

/** Confirms the named beads. Already confirmed beads are left alone; approved or excluded ones are an error. */
export function planConfirm(alignment: Alignment, op: Op<'confirm'>): RestorePatch {
  const indexOf = beadIndexer(alignment);
  const updates = op.beadIds.map((id) => {
    const at = indexOf(id);
    const bead = alignment.beads[at];
    return { at, bead, status: bead.status === 'confirmed' ? bead.status : statusAfter(bead, 'confirm') };
  });
  return statusPatch(updates);
}

/** Confirms every bead from the top down to the named one, skipping those that cannot be confirmed. */
export function planConfirmUpTo(alignment: Alignment, op: Op<'confirmUpTo'>): RestorePatch {
  const last = beadIndexOf(alignment, op.beadId);
  const updates = alignment.beads.slice(0, last + 1).map((bead, at) => ({
    at,
    bead,
    status: beadStatusAfter(bead.status, 'confirm') ?? bead.status,
  }));
  return statusPatch(updates);
}

/** Applies a review decision to each named bead; a decision the state machine forbids for any of them is an error. */
export function planReview(alignment: Alignment, op: Op<'review'>): RestorePatch {
  if (op.event === 'reject' && (op.reason === undefined || op.reason.trim().length === 0)) {
    throw invalidOperation('A rejection needs a reason.');
  }
  const indexOf = beadIndexer(alignment);
  const updates = op.beadIds.map((id) => {
    const at = indexOf(id);
    const bead = alignment.beads[at];
    return { at, bead, status: statusAfter(bead, op.event) };
  });
  return statusPatch(updates);
}

function statusPatch(updates: { at: number; bead: Bead; status: BeadStatus }[]): RestorePatch {
  const hunks: Hunk<Bead>[] = updates
    .filter(({ bead, status }) => bead.status !== status)
    .sort((a, b) => a.at - b.at)
    .map(({ at, bead, status }) => replaceItems(at, [bead], [{ ...bead, status }]));
  return makePatch({ beads: hunks });
}
