import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db, type Tx } from '@/lib/server/db';
import { jobQueue } from '@/lib/server/jobs/job-queue';
import { findOrphanedItems } from './find-orphaned-items';
import { isRetryableItem } from './import-item-input';
import { batchToRequeue, requeueItems } from './requeue-items';

// "Retry failed items": the batch's retryable failed items (URL pairs, and file pairs that were interrupted and
// still hold their files; see isRetryableItem) and its orphaned items (waiting or "running" with no job that
// will run them) go back to the queue with a new job each, in one transaction with the audit row. A person
// asked, so the automatic re-queue count starts again. Invalid CSV rows, unpaired files and file pairs that
// failed on their content stay failed.

export async function retryFailedItems(
  actor: SessionUser,
  input: { batchId: string; beforeCommit?: (tx: Tx) => Promise<void> },
): Promise<{ retried: number }> {
  const batch = await batchToRequeue(actor, input.batchId);
  await jobQueue();
  return db.$transaction(
    async (tx) => {
      // Orphans first: the failed items re-queued below are not orphans once they have their new jobs.
      const orphans = (await findOrphanedItems(tx, { batchId: batch.id, lock: true })).map((item) => item.id);
      const failed = await tx.importItem.findMany({ where: { batchId: batch.id, status: 'failed' }, select: { id: true, input: true } });
      const stored = await filesStored(tx, batch.id);
      const candidates = failed
        .filter((item) => isRetryableItem({ input: item.input, filesStored: stored.has(item.id) }))
        .map((item) => item.id);
      // Conditional on `failed`, so a double click re-queues each item once.
      const requeued =
        candidates.length === 0
          ? []
          : await tx.importItem.updateManyAndReturn({
              where: { id: { in: candidates }, status: 'failed' },
              data: { status: 'queued', error: null, errorCode: null, errorParams: Prisma.DbNull, documentId: null, requeues: 0 },
              select: { id: true },
            });
      const items = [...orphans, ...requeued.map((item) => item.id)];
      if (items.length === 0) return { retried: 0 };
      await requeueItems(tx, {
        actor,
        batch,
        itemIds: items,
        action: 'import.retry',
        after: { items: items.length, orphaned: orphans.length },
      });
      await input.beforeCommit?.(tx);
      return { retried: items.length };
    },
    { timeout: 60_000 },
  );
}

/** Ids of the batch's failed items that still hold both files (or their TMX file), without reading the bytes. */
export async function filesStored(tx: Pick<Tx, 'importItem'>, batchId: string): Promise<Set<string>> {
  const rows = await tx.importItem.findMany({
    where: {
      batchId,
      status: 'failed',
      OR: [{ koreanFile: { not: null }, englishFile: { not: null } }, { fileChunks: { some: {} } }],
    },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}
