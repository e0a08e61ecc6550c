import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { IMPORT_ITEM_QUEUE, jobQueue } from '@/lib/server/jobs/job-queue';
import { batchToRequeue, requeueItems } from './requeue-items';

// `npm run import` run again after an interruption (Ctrl-C, kill -9, a crash): every item of its batch that is
// not finished gets a new job at once, even one whose old job pg-boss still thinks is active (its worker died
// with the command; waiting for the job to expire would stall the resume for minutes). That is safe because an
// item is marked done only in its document's transaction and only while its claim holds (process-import-item.ts):
// if the old worker were alive after all, its result would be rolled back, never written twice. Done items are
// skipped. Failed items that still hold their files were interrupted (the sweep gave up on them) and run again;
// items that failed on their content stay failed (the summary lists them).

export async function resumeInterruptedItems(actor: SessionUser, batchId: string): Promise<{ resumed: number }> {
  const batch = await batchToRequeue(actor, batchId);
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
      await requeueItems(tx, {
        actor,
        batch,
        itemIds: ids,
        reset: { progress: null, error: null, errorCode: null, errorParams: Prisma.DbNull },
        action: 'import.resume',
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
