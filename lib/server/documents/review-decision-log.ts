import 'server-only';
import type { Operation } from '@/lib/alignment/operations/operation-schema';
import type { Alignment } from '@/lib/alignment/types';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/server/db';
import { newId } from './new-id';
import type { BeadOverride } from './persist-alignment';

// Review side data that lives next to the alignment: the texts as of the last decision (approve or reject), the
// base of "changed since review" and the reviewer's diff, and the rejection reason. Each ReviewDecision row
// points at the operation that recorded it, so undo can take it back and redo can record it again.

export type ReviewOperation = Extract<Operation, { type: 'review' }>;

/** What a review decision writes: the texts as decided and the reason on each bead row, and one decision row each. */
export interface ReviewWrite {
  overrides: Map<string, BeadOverride>;
  decisions: { beadId: string; decision: string; reason: string | null; snapshot: { source: string; target: string } }[];
}

export function reviewWrite(op: ReviewOperation, after: Alignment): ReviewWrite {
  const write: ReviewWrite = { overrides: new Map(), decisions: [] };
  if (op.event !== 'approve' && op.event !== 'reject') return write;
  const rejectReason = op.event === 'reject' ? (op.reason ?? null) : null;
  const text = new Map([...after.source, ...after.target].map((s) => [s.id, s.text]));
  const beads = new Map(after.beads.map((b) => [b.id, b]));
  for (const beadId of op.beadIds) {
    const bead = beads.get(beadId);
    const snapshot = {
      source: (bead?.source ?? []).map((id) => text.get(id)).join(' '),
      target: (bead?.target ?? []).map((id) => text.get(id)).join(' '),
    };
    write.overrides.set(beadId, { reviewedSnapshot: snapshot, rejectReason });
    write.decisions.push({ beadId, decision: op.event, reason: op.reason ?? null, snapshot });
  }
  return write;
}

/** The decision rows as a CTE of the change's one statement (decision 052); the bead rows go with the alignment's. */
export function decisionsWrite(
  documentId: string,
  operationId: string,
  reviewerId: string,
  decisions: ReviewWrite['decisions'],
  /** Redo passes the original decision's time; otherwise now. */
  at?: Date,
): Prisma.Sql[] {
  if (!decisions.length) return [];
  const rows = decisions.map((d) => ({ id: newId(), ...d }));
  return [
    Prisma.sql`review_decided AS (INSERT INTO "ReviewDecision" ("id", "documentId", "beadId", "reviewerId", "operationId", "decision", "reason", "snapshot", "createdAt")
      SELECT x."id", ${documentId}, x."beadId", ${reviewerId}, ${operationId}, x."decision", x."reason", x."snapshot", coalesce(${at ?? null}::timestamp(3), CURRENT_TIMESTAMP)
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("id" text, "beadId" text, "decision" text, "reason" text, "snapshot" jsonb))`,
  ];
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
