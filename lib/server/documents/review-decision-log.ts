import 'server-only';
import type { Operation } from '@/lib/alignment/operations/operation-schema';
import type { Alignment } from '@/lib/alignment/types';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/server/db';

// Review side data that lives next to the alignment: the texts as of the last decision (approve or reject), the
// base of "changed since review" and the reviewer's diff, and the rejection reason. Each ReviewDecision row
// points at the operation that recorded it, so undo can take it back and redo can record it again.

export type ReviewOperation = Extract<Operation, { type: 'review' }>;

export interface DecisionOrigin {
  documentId: string;
  operationId: string;
  reviewerId: string;
  /** Redo passes the original decision's time, so the history reads as it happened. */
  at?: Date;
}

function textsOf(alignment: Alignment, beadId: string): { source: string; target: string } {
  const bead = alignment.beads.find((b) => b.id === beadId);
  const text = new Map([...alignment.source, ...alignment.target].map((s) => [s.id, s.text]));
  return {
    source: (bead?.source ?? []).map((id) => text.get(id)).join(' '),
    target: (bead?.target ?? []).map((id) => text.get(id)).join(' '),
  };
}

export async function recordReview(tx: Tx, origin: DecisionOrigin, op: ReviewOperation, after: Alignment): Promise<void> {
  if (op.event !== 'approve' && op.event !== 'reject') return;
  const rejectReason = op.event === 'reject' ? (op.reason ?? null) : null;
  for (const beadId of op.beadIds) {
    const snapshot = textsOf(after, beadId);
    await tx.bead.update({ where: { id: beadId }, data: { reviewedSnapshot: snapshot, rejectReason } });
    await tx.reviewDecision.create({
      data: {
        documentId: origin.documentId,
        beadId,
        reviewerId: origin.reviewerId,
        operationId: origin.operationId,
        decision: op.event,
        reason: op.reason ?? null,
        snapshot,
        ...(origin.at ? { createdAt: origin.at } : {}),
      },
    });
  }
}

/**
 * Takes back the decisions an undone operation recorded. Undo always takes the newest operation, so the newest
 * remaining decision on each bead is the one that held before it; the bead's snapshot and reason come from that
 * (or nothing, when no decision remains).
 */
export async function forgetReview(tx: Tx, documentId: string, operationId: string, op: ReviewOperation): Promise<void> {
  if (op.event !== 'approve' && op.event !== 'reject') return;
  await tx.reviewDecision.deleteMany({ where: { documentId, operationId } });
  const remaining = await tx.reviewDecision.findMany({
    where: { documentId, beadId: { in: op.beadIds } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { beadId: true, decision: true, reason: true, snapshot: true },
  });
  const latest = new Map<string, (typeof remaining)[number]>();
  for (const d of remaining) if (!latest.has(d.beadId)) latest.set(d.beadId, d);
  const undecided = op.beadIds.filter((id) => !latest.has(id));
  if (undecided.length)
    await tx.bead.updateMany({
      where: { documentId, id: { in: undecided } },
      data: { reviewedSnapshot: Prisma.DbNull, rejectReason: null },
    });
  for (const d of latest.values()) {
    await tx.bead.updateMany({
      where: { documentId, id: d.beadId },
      data: { reviewedSnapshot: d.snapshot ?? Prisma.DbNull, rejectReason: d.decision === 'reject' ? d.reason : null },
    });
  }
}
