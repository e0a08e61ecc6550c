import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { QaDismissalAnswer } from '@/lib/qa/qa-flags-schema';
import { documentAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db, type Tx } from '@/lib/server/db';
import { loadAlignmentAt } from '@/lib/server/documents/load-alignment';
import { AppError, notFound } from '@/lib/server/errors';
import { assertWritable, lockDocument } from '@/lib/server/review/document-lock';
import { documentDismissals, flagsOf } from './document-qa-flags';
import { dismissQaFlagSchema, type DismissQaFlagInput } from './qa-dismissal-schema';
import { projectQaOptions } from './qa-options';
import { forgetQaSummary } from './qa-summaries';

// A reviewer dismisses one QA flag with a reason (decision 041): the flag must be one the bead carries now,
// checked in the transaction that writes the dismissal and its audit event. Dismissing it again changes nothing.
// Not an alignment operation: the document's version does not move, and undo is `restoreQaFlag`.

/** The bead (of this document) and its current flag with that fingerprint, or a 404 naming what is missing. */
async function currentFlag(
  tx: Tx,
  documentId: string,
  version: number,
  beadId: string,
  fingerprint: string,
  project: Parameters<typeof projectQaOptions>[0],
) {
  const bead = await tx.bead.findFirst({ where: { id: beadId, documentId }, select: { id: true } });
  if (!bead) throw notFound('That bead');
  const alignment = await loadAlignmentAt(documentId, version, tx);
  const flags = flagsOf(alignment, await projectQaOptions(project), await documentDismissals(documentId, tx));
  const flag = flags.find((b) => b.beadId === beadId)?.flags.find((f) => f.fingerprint === fingerprint);
  if (!flag) throw notFound('That QA flag');
  return flag;
}

export async function dismissQaFlag(
  actor: SessionUser,
  input: { documentId: string; beadId: string } & DismissQaFlagInput,
): Promise<QaDismissalAnswer> {
  const ctx = await documentAccess(actor, input.documentId, 'bead:review');
  const { fingerprint, reason } = dismissQaFlagSchema.parse({ fingerprint: input.fingerprint, reason: input.reason });
  return db.$transaction(async (tx) => {
    const locked = await lockDocument(tx, input.documentId, 'share');
    assertWritable(locked);
    const flag = await currentFlag(tx, input.documentId, locked.version, input.beadId, fingerprint, ctx.project);
    if (flag.dismissed) return { beadId: input.beadId, fingerprint, check: flag.check, dismissed: flag.dismissed };
    try {
      const row = await tx.qaDismissal.create({
        data: { documentId: input.documentId, beadId: input.beadId, check: flag.check, fingerprint, reason, userId: actor.id },
        select: { createdAt: true },
      });
      await forgetQaSummary(tx, input.documentId);
      await audit(tx, {
        actorId: actor.id,
        action: 'qa.dismiss',
        projectId: ctx.project.id,
        documentId: input.documentId,
        target: input.beadId,
        after: { beadId: input.beadId, check: flag.check, fingerprint, message: flag.message, reason },
      });
      return {
        beadId: input.beadId,
        fingerprint,
        check: flag.check,
        dismissed: { reason, by: actor.name, at: row.createdAt.toISOString() },
      };
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new AppError('CONFLICT', 'Someone dismissed this flag at the same moment. Reload to see their reason.');
      }
      throw error;
    }
  });
}
