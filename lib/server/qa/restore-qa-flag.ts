import 'server-only';

import { documentAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { assertWritable, lockDocument } from '@/lib/server/review/document-lock';
import type { QaDismissalAnswer } from '@/lib/qa/qa-flags-schema';
import { restoreQaFlagSchema } from './qa-dismissal-schema';
import { forgetQaSummary } from './qa-summaries';

// Undoes a dismissal (decision 041): the flag counts and exports again. Audited with the reason it had.

export async function restoreQaFlag(
  actor: SessionUser,
  input: { documentId: string; beadId: string; fingerprint: string },
): Promise<QaDismissalAnswer> {
  const ctx = await documentAccess(actor, input.documentId, 'bead:review');
  const { fingerprint } = restoreQaFlagSchema.parse({ fingerprint: input.fingerprint });
  return db.$transaction(async (tx) => {
    assertWritable(await lockDocument(tx, input.documentId, 'share'));
    const row = await tx.qaDismissal.findFirst({
      where: { documentId: input.documentId, beadId: input.beadId, fingerprint },
      select: { id: true, check: true, reason: true },
    });
    if (!row) throw notFound('That dismissed QA flag');
    await tx.qaDismissal.delete({ where: { id: row.id } });
    await forgetQaSummary(tx, input.documentId);
    await audit(tx, {
      actorId: actor.id,
      action: 'qa.restore',
      projectId: ctx.project.id,
      documentId: input.documentId,
      target: input.beadId,
      before: { beadId: input.beadId, check: row.check, fingerprint, reason: row.reason },
    });
    return { beadId: input.beadId, fingerprint, check: row.check, dismissed: null };
  });
}
