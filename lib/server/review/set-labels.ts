import 'server-only';
import { z } from 'zod';
import { idSchema } from '@/lib/alignment/alignment-schema';
import { documentAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { BeadLabelsAnswer } from '@/lib/alignment/review-view-schema';
import { beadLabelsSchema } from '@/lib/review/bead-labels';
import { assertWritable, lockDocument } from './document-lock';

// Labels are annotations, not alignment state: they do not go through the operation log (no undo step, no
// version bump, so they never make an open editor's next operation a version conflict). Whoever may comment may
// label. A signed-off document is read-only, labels included.

export const setLabelsSchema = z.object({ beadId: idSchema, labels: beadLabelsSchema });

export async function setLabels(
  actor: SessionUser,
  input: { documentId: string; beadId: string; labels: readonly string[] },
): Promise<BeadLabelsAnswer> {
  const ctx = await documentAccess(actor, input.documentId, 'document:comment');
  const labels = beadLabelsSchema.parse(input.labels);
  return db.$transaction(async (tx) => {
    assertWritable(await lockDocument(tx, input.documentId, 'share'));
    const bead = await tx.bead.findFirst({ where: { id: input.beadId, documentId: input.documentId }, select: { id: true, labels: true } });
    if (!bead) throw notFound('That bead');
    if (bead.labels.join() === labels.join()) return { beadId: bead.id, labels };
    await tx.bead.update({ where: { id: bead.id }, data: { labels } });
    await audit(tx, {
      actorId: actor.id,
      action: 'bead.labels',
      projectId: ctx.project.id,
      documentId: input.documentId,
      target: bead.id,
      before: { beadId: bead.id, labels: bead.labels },
      after: { beadId: bead.id, labels },
    });
    return { beadId: bead.id, labels };
  });
}
