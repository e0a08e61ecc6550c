import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/server/db';
import { IMPORT_ITEM_QUEUE, JOB_SCHEMA } from '@/lib/server/jobs/job-queue';

// An item is orphaned when it still waits (`queued`) or claims to run (`running`) but the job that should run it
// can no longer do so: there is no job (an item from before job ids were stored, a job row deleted or archived),
// or the job has finished (completed, failed, cancelled; pg-boss fails an active job whose worker died once it
// expires). Only `created`, `retry` and `active` jobs are still going to run or are running. Deciding on the job's
// state, not on how long ago the item changed, lets a restart recover an item at once.

/** pg-boss states in which a job will still run, or is running. Anything else is finished. */
const LIVE_JOB_STATES = ['created', 'retry', 'active'];

export interface OrphanedItem {
  id: string;
  requeues: number;
}

/**
 * The orphaned items (of one batch, or all). With `lock`, they stay locked for update until the transaction
 * ends and rows another transaction holds are skipped, so two sweeps never re-queue the same item.
 */
export async function findOrphanedItems(
  tx: Pick<Tx, '$queryRaw'>,
  filter: { batchId?: string; lock: boolean; limit?: number },
): Promise<OrphanedItem[]> {
  const limit = filter.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${filter.limit}`;
  const batch = filter.batchId === undefined ? Prisma.empty : Prisma.sql`AND item."batchId" = ${filter.batchId}`;
  const lock = filter.lock ? Prisma.sql`FOR UPDATE OF item SKIP LOCKED` : Prisma.empty;
  return tx.$queryRaw<OrphanedItem[]>`
    SELECT item.id, item.requeues
    FROM "ImportItem" AS item
    LEFT JOIN ${Prisma.raw(`"${JOB_SCHEMA}".job`)} AS job ON job.name = ${IMPORT_ITEM_QUEUE} AND job.id = item."jobId"
    WHERE item.status IN ('queued', 'running') ${batch}
      AND (job.id IS NULL OR job.state::text <> ALL (${LIVE_JOB_STATES}::text[]))
    ORDER BY item."batchId", item.index
    ${limit}
    ${lock}`;
}
