import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { QaDismissalAnswer } from '@/lib/qa/qa-flags-schema';
import { documentAccess } from '@/lib/server/access';
import { audit, type AuditInput } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db, type Tx } from '@/lib/server/db';
import { loadAlignmentAt } from '@/lib/server/documents/load-alignment';
import { AppError, notFound } from '@/lib/server/errors';
import { assertWritable, lockDocument } from '@/lib/server/review/document-lock';
import { documentDismissals, flagsOf } from './document-qa-flags';
import { dismissQaFlagSchema, restoreQaFlagSchema, type DismissQaFlagInput } from './qa-dismissal-schema';
import { projectQaOptions } from './qa-options';
import { forgetQaSummary } from './qa-summaries';

// A reviewer's decision on one QA flag (decision 041), in two verbs. `dismiss` sets it aside with a reason: the
// flag must be one the bead carries now, checked in the transaction that writes the dismissal; dismissing it
// again changes nothing. `restore` undoes a dismissal: the flag counts and exports again, audited with the reason
// it had. Not alignment operations: the document's version does not move. Both take the document's share lock
// (a signed-off document is read-only), clear the kept QA counts and write their audit event in one transaction.

export type QaFlagDecisionInput = { documentId: string; beadId: string } & (
  ({ verb: 'dismiss' } & DismissQaFlagInput) | { verb: 'restore'; fingerprint: string }
);

type Project = Parameters<typeof projectQaOptions>[0];
interface Decided {
  answer: QaDismissalAnswer;
  /** The audit event of a change; none when nothing changed. */
  event?: Pick<AuditInput, 'action' | 'before' | 'after'>;
}

export async function qaFlagDecision(actor: SessionUser, input: QaFlagDecisionInput): Promise<QaDismissalAnswer> {
  const ctx = await documentAccess(actor, input.documentId, 'bead:review');
  const decision =
    input.verb === 'dismiss'
      ? { verb: input.verb, ...dismissQaFlagSchema.parse({ fingerprint: input.fingerprint, reason: input.reason }) }
      : { verb: input.verb, ...restoreQaFlagSchema.parse({ fingerprint: input.fingerprint }) };
  const { documentId, beadId } = input;
  return db.$transaction(async (tx) => {
    const locked = await lockDocument(tx, documentId, 'share');
    assertWritable(locked);
    const { answer, event } =
      decision.verb === 'dismiss'
        ? await dismiss(tx, actor, { documentId, beadId, version: locked.version, project: ctx.project, ...decision })
        : await restore(tx, { documentId, beadId, fingerprint: decision.fingerprint });
    if (event) {
      await forgetQaSummary(tx, documentId);
      await audit(tx, { actorId: actor.id, projectId: ctx.project.id, documentId, target: beadId, ...event });
    }
    return answer;
  });
}

async function dismiss(
  tx: Tx,
  actor: SessionUser,
  input: { documentId: string; beadId: string; version: number; project: Project; fingerprint: string; reason: string },
): Promise<Decided> {
  const { documentId, beadId, fingerprint, reason } = input;
  const flag = await currentFlag(tx, input);
  if (flag.dismissed) return { answer: { beadId, fingerprint, check: flag.check, dismissed: flag.dismissed } };
  try {
    const row = await tx.qaDismissal.create({
      data: { documentId, beadId, check: flag.check, fingerprint, reason, userId: actor.id },
      select: { createdAt: true },
    });
    return {
      answer: { beadId, fingerprint, check: flag.check, dismissed: { reason, by: actor.name, at: row.createdAt.toISOString() } },
      event: { action: 'qa.dismiss', after: { beadId, check: flag.check, fingerprint, message: flag.message, reason } },
    };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('CONFLICT', 'Someone dismissed this flag at the same moment. Reload to see their reason.');
    }
    throw error;
  }
}

async function restore(tx: Tx, input: { documentId: string; beadId: string; fingerprint: string }): Promise<Decided> {
  const { documentId, beadId, fingerprint } = input;
  const row = await tx.qaDismissal.findFirst({
    where: { documentId, beadId, fingerprint },
    select: { id: true, check: true, reason: true },
  });
  if (!row) throw notFound('That dismissed QA flag');
  await tx.qaDismissal.delete({ where: { id: row.id } });
  return {
    answer: { beadId, fingerprint, check: row.check, dismissed: null },
    event: { action: 'qa.restore', before: { beadId, check: row.check, fingerprint, reason: row.reason } },
  };
}

/** The bead (of this document) and its current flag with that fingerprint, or a 404 naming what is missing. */
async function currentFlag(tx: Tx, input: { documentId: string; beadId: string; version: number; project: Project; fingerprint: string }) {
  const bead = await tx.bead.findFirst({ where: { id: input.beadId, documentId: input.documentId }, select: { id: true } });
  if (!bead) throw notFound('That bead');
  const alignment = await loadAlignmentAt(input.documentId, input.version, tx);
  const flags = flagsOf(alignment, await projectQaOptions(input.project), await documentDismissals(input.documentId, tx));
  const flag = flags.find((b) => b.beadId === input.beadId)?.flags.find((f) => f.fingerprint === input.fingerprint);
  if (!flag) throw notFound('That QA flag');
  return flag;
}
