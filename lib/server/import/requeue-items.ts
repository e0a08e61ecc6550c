import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { projectAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db, type Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { queueItemJobs } from '@/lib/server/jobs/job-queue';

// The step that runs a batch's items again, shared by resuming an interrupted `npm run import`
// (resume-interrupted-items.ts) and "Retry failed items" (retry-failed-items.ts): which items go is theirs to say.

interface Batch {
  id: string;
  projectId: string;
}

/** The batch someone asks to run again, once they may add documents to its project; a 404 when there is none. */
export async function batchToRequeue(actor: SessionUser, batchId: string): Promise<Batch> {
  const batch = await db.importBatch.findUnique({ where: { id: batchId }, select: { id: true, projectId: true } });
  if (!batch) throw notFound('That batch');
  await projectAccess(actor, batch.projectId, 'document:create');
  return batch;
}

/**
 * Puts the items back in the queue with a new job each, in the caller's transaction together with its audit row.
 * A person asked, so the automatic re-queue count starts again; `reset` clears whatever else the caller's items
 * may still carry.
 */
export async function requeueItems(
  tx: Tx,
  input: {
    actor: SessionUser;
    batch: Batch;
    itemIds: string[];
    reset?: Prisma.ImportItemUpdateManyMutationInput;
    action: 'import.resume' | 'import.retry';
    after: Prisma.InputJsonObject;
  },
): Promise<void> {
  const { actor, batch, itemIds } = input;
  await tx.importItem.updateMany({ where: { id: { in: itemIds } }, data: { ...input.reset, status: 'queued', requeues: 0 } });
  await queueItemJobs(tx, itemIds);
  await audit(tx, { actorId: actor.id, action: input.action, projectId: batch.projectId, target: batch.id, after: input.after });
}
