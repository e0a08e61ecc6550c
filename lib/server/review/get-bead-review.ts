import 'server-only';
import type { BeadReview, BeadTexts } from '@/lib/alignment/review-view-schema';
import { revisionSummarySchema } from '@/lib/alignment/revision/revision-schema';
import { diffWords } from '@/lib/alignment/word-diff';
import { documentAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

// What a reviewer needs to decide on one bead: its current text, the reviewer decisions so far, and a word diff
// of what changed since the last decision (approval or rejection). The base is the snapshot stored with that
// decision, so "what the editor changed after I rejected it" and "what changed since I approved it" are the same
// question. A bead a revision changed also carries that revision's word diff (decision 045), for the beads no
// reviewer had decided on. Ids are looked up together with the document, so a bead of another document is a 404.

export type { BeadReview } from '@/lib/alignment/review-view-schema';

const MAX_DECISIONS = 50;

function asTexts(value: unknown): BeadTexts {
  const v = (value ?? {}) as Partial<BeadTexts>;
  return { source: typeof v.source === 'string' ? v.source : '', target: typeof v.target === 'string' ? v.target : '' };
}

/** The newest applied revision that changed the bead (its audit event holds the texts; its operation says if undone). */
async function lastRevision(documentId: string, beadId: string): Promise<BeadReview['revision']> {
  const rows = await db.$queryRaw<{ at: Date; by: string | null; after: unknown }[]>`
    SELECT a."createdAt" AS "at", u."name" AS "by", a."after"
    FROM "AuditEvent" a
    JOIN "Operation" o ON o."id" = a."target" AND o."documentId" = a."documentId" AND o."undone" = false
    LEFT JOIN "User" u ON u."id" = a."actorId"
    WHERE a."documentId" = ${documentId} AND a."action" = 'document.revision'
      AND a."after"->'changed' @> ${JSON.stringify([{ beadId }])}::jsonb
    ORDER BY a."createdAt" DESC LIMIT 1`;
  const row = rows[0];
  const parsed = row ? revisionSummarySchema.safeParse(row.after) : null;
  const change = parsed?.success ? parsed.data.changed.find((c) => c.beadId === beadId) : undefined;
  if (!row || !change) return null;
  return {
    by: row.by ?? 'system',
    at: row.at.toISOString(),
    diff: { source: diffWords(change.before.source, change.after.source), target: diffWords(change.before.target, change.after.target) },
  };
}

export async function getBeadReview(actor: SessionUser, input: { documentId: string; beadId: string }): Promise<BeadReview> {
  await documentAccess(actor, input.documentId, 'document:read');
  const bead = await db.bead.findFirst({
    where: { id: input.beadId, documentId: input.documentId },
    select: { id: true, status: true, labels: true, rejectReason: true, sourceIds: true, targetIds: true },
  });
  if (!bead) throw notFound('That bead');
  const [segments, decisions] = await Promise.all([
    db.segment.findMany({
      where: { documentId: input.documentId, id: { in: [...bead.sourceIds, ...bead.targetIds] } },
      select: { id: true, text: true },
    }),
    db.reviewDecision.findMany({
      where: { documentId: input.documentId, beadId: bead.id },
      orderBy: { createdAt: 'desc' },
      take: MAX_DECISIONS,
      select: { decision: true, reason: true, createdAt: true, snapshot: true, reviewer: { select: { id: true, name: true } } },
    }),
  ]);
  const text = new Map(segments.map((s) => [s.id, s.text]));
  // Joined as apply-document-operation joins them for the snapshot, so an unchanged bead compares equal.
  const current = {
    source: bead.sourceIds.map((id) => text.get(id)).join(' '),
    target: bead.targetIds.map((id) => text.get(id)).join(' '),
  };
  const last = decisions[0] ? asTexts(decisions[0].snapshot) : null;
  return {
    beadId: bead.id,
    status: bead.status,
    labels: bead.labels,
    rejectReason: bead.status === 'rejected' ? bead.rejectReason : null,
    current,
    decisions: decisions.map((d) => ({
      decision: d.decision,
      reason: d.reason,
      reviewer: d.reviewer,
      at: d.createdAt.toISOString(),
      snapshot: asTexts(d.snapshot),
    })),
    changedSinceDecision: last !== null && (last.source !== current.source || last.target !== current.target),
    diff: last ? { source: diffWords(last.source, current.source), target: diffWords(last.target, current.target) } : null,
    revision: await lastRevision(input.documentId, bead.id),
  } satisfies BeadReview;
}
