import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { projectAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { IMPORT_ITEM_QUEUE, jobQueue, queueItemJobs } from '@/lib/server/jobs/job-queue';

// `npm run import` run again after an interruption (Ctrl-C, kill -9, a crash): every item of its batch that is
// not finished gets a new job at once, even one whose old job pg-boss still thinks is active (its worker died
// with the command; waiting for the job to expire would stall the resume for minutes). That is safe because an
// item is marked done only in its document's transaction and only while its claim holds (process-import-item.ts):
// if the old worker were alive after all, its result would be rolled back, never written twice. Done items are
// skipped. Failed items that still hold their files were interrupted (the sweep gave up on them) and run again;
// items that failed on their content stay failed (the summary lists them).

export async function resumeInterruptedItems(actor: SessionUser, batchId: string): Promise<{ resumed: number }> {
  const batch = await db.importBatch.findUnique({ where: { id: batchId }, select: { id: true, projectId: true } });
  if (!batch) throw notFound('That batch');
  await projectAccess(actor, batch.projectId, 'document:create');
  const queue = await jobQueue();
  const { resumed, oldJobs } = await db.$transaction(
    async (tx) => {
      const items = await tx.$queryRaw<{ id: string; jobId: string | null }[]>`
        SELECT id, "jobId"::text AS "jobId" FROM "ImportItem"
        WHERE "batchId" = ${batch.id}
          AND (status IN ('queued', 'running')
               OR (status = 'failed' AND (("koreanFile" IS NOT NULL AND "englishFile" IS NOT NULL)
                                          OR EXISTS (SELECT 1 FROM "ImportFileChunk" c WHERE c."itemId" = "ImportItem".id))))
        ORDER BY index
        FOR UPDATE`;
      if (items.length === 0) return { resumed: 0, oldJobs: [] };
      const ids = items.map((item) => item.id);
      await tx.importItem.updateMany({
        where: { id: { in: ids } },
        data: { status: 'queued', requeues: 0, progress: null, error: null, errorCode: null, errorParams: Prisma.DbNull },
      });
      await queueItemJobs(tx, ids);
      await audit(tx, {
        actorId: actor.id,
        action: 'import.resume',
        projectId: batch.projectId,
        target: batch.id,
        after: { items: ids.length },
      });
      return { resumed: ids.length, oldJobs: items.flatMap((item) => (item.jobId ? [item.jobId] : [])) };
    },
    { timeout: 120_000 },
  );
  // The old jobs would find their items claimed or queued again and do nothing; cancelled, they leave the queue now.
  if (oldJobs.length > 0) await queue.cancel(IMPORT_ITEM_QUEUE, oldJobs).catch(() => undefined);
  return { resumed };
}
