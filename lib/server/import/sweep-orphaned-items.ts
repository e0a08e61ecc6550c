import 'server-only';
import { db, type Tx } from '@/lib/server/db';
import { jobQueue, queueItemJobs } from '@/lib/server/jobs/job-queue';
import { findOrphanedItems } from './find-orphaned-items';

// The workers run this at start and every 30 s: every orphaned item (waiting or "running" with no job that will
// run it, see find-orphaned-items.ts) gets a new job, at once and in the same transaction. An item that keeps
// losing its job (an input that kills the server, say) is re-queued at most MAX_AUTOMATIC_REQUEUES times and
// then failed with a reason; its stored files are kept, so a person can still retry it. Decision 019.

export const MAX_AUTOMATIC_REQUEUES = 2;
export const INTERRUPTED_MESSAGE = `Interrupted ${MAX_AUTOMATIC_REQUEUES + 1} times (its job was lost or expired, usually because the server stopped); not retried automatically. Retry the batch to try again.`;
// One sweeper at a time across app instances; the others skip this round rather than wait.
const SWEEP_LOCK = 'bitext:import-item-sweep';
// Bounded work per round (a backlog after an upgrade, say): the next round, 30 s later, takes the rest.
export const SWEEP_BATCH = 500;

export interface SweepOptions {
  /** Fault injection for tests: runs inside the transaction just before it commits. */
  beforeCommit?: (tx: Tx) => Promise<void>;
}

export async function sweepOrphanedItems(options: SweepOptions = {}): Promise<{ swept: boolean; requeued: number; failed: number }> {
  await jobQueue(); // its schema must exist: the orphan query reads pg-boss's job table
  const result = await db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${SWEEP_LOCK})) AS locked`;
      if (!locked) return { swept: false, requeued: 0, failed: 0 };
      const orphans = await findOrphanedItems(tx, { lock: true, limit: SWEEP_BATCH });
      const exhausted = orphans.filter((item) => item.requeues >= MAX_AUTOMATIC_REQUEUES).map((item) => item.id);
      const again = orphans.filter((item) => item.requeues < MAX_AUTOMATIC_REQUEUES).map((item) => item.id);
      if (exhausted.length > 0)
        await tx.importItem.updateMany({
          where: { id: { in: exhausted } },
          data: {
            status: 'failed',
            error: INTERRUPTED_MESSAGE,
            errorCode: 'interrupted',
            errorParams: { times: MAX_AUTOMATIC_REQUEUES + 1 },
          },
        });
      if (again.length > 0) {
        await tx.importItem.updateMany({ where: { id: { in: again } }, data: { status: 'queued', requeues: { increment: 1 } } });
        await queueItemJobs(tx, again);
      }
      await options.beforeCommit?.(tx);
      return { swept: true, requeued: again.length, failed: exhausted.length };
    },
    { timeout: 60_000 },
  );
  if (result.requeued || result.failed) console.warn(`[jobs] orphaned import items: ${result.requeued} re-queued, ${result.failed} failed`);
  return result;
}
