import { projectAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { enqueueImportItems } from '@/lib/server/jobs/job-queue';
import { isRetryableInput } from './import-item-input';

// "Retry failed items": the batch's failed URL pairs go back to the queue with a new job each. Invalid CSV
// rows, unpaired files and file pairs (whose failure is in their content) stay failed; see isRetryableInput.

export async function retryFailedItems(actor: SessionUser, input: { batchId: string }): Promise<{ retried: number }> {
  const batch = await db.importBatch.findUnique({ where: { id: input.batchId }, select: { id: true, projectId: true } });
  if (!batch) throw notFound('That batch');
  await projectAccess(actor, batch.projectId, 'document:create');
  const failed = await db.importItem.findMany({ where: { batchId: batch.id, status: 'failed' }, select: { id: true, input: true } });
  const candidates = failed.filter((item) => isRetryableInput(item.input)).map((item) => item.id);
  if (candidates.length === 0) return { retried: 0 };
  const requeued = await db.$transaction(async (tx) => {
    // Conditional on `failed`, so a double click re-queues each item once.
    const items = await tx.importItem.updateManyAndReturn({
      where: { id: { in: candidates }, status: 'failed' },
      data: { status: 'queued', error: null, documentId: null },
      select: { id: true },
    });
    await audit(tx, { actorId: actor.id, action: 'import.retry', projectId: batch.projectId, target: batch.id, after: { items: items.length } });
    return items.map((item) => item.id);
  });
  await enqueueImportItems(requeued);
  return { retried: requeued.length };
}
