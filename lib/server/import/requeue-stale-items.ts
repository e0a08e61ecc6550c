import { db } from '@/lib/server/db';
import { enqueueImportItems } from '@/lib/server/jobs/job-queue';

// A server that stops while a batch item runs leaves the item `running` with nobody working on it. Items
// running for longer than STALE_AFTER_MS (well past the job's 5-minute expiry) are put back in the queue
// once; an item that was already re-queued and is stuck again fails instead, so an input that crashes the
// server cannot crash it on every start. Decision 012 has the reasoning.

export const STALE_AFTER_MS = 10 * 60 * 1000;
const MAX_AUTOMATIC_ATTEMPTS = 2;

export async function requeueStaleItems(now: Date = new Date()): Promise<{ requeued: number; failed: number }> {
  const stale = { status: 'running', updatedAt: { lt: new Date(now.getTime() - STALE_AFTER_MS) } };
  const failed = await db.importItem.updateMany({
    where: { ...stale, attempts: { gte: MAX_AUTOMATIC_ATTEMPTS } },
    data: { status: 'failed', error: 'Interrupted twice (the server stopped while importing it); not retried automatically.', koreanFile: null, englishFile: null },
  });
  const requeued = await db.importItem.updateManyAndReturn({ where: { ...stale, attempts: { lt: MAX_AUTOMATIC_ATTEMPTS } }, data: { status: 'queued' }, select: { id: true } });
  await enqueueImportItems(requeued.map((item) => item.id));
  if (requeued.length || failed.count) console.warn(`[jobs] stale import items: ${requeued.length} re-queued, ${failed.count} failed`);
  return { requeued: requeued.length, failed: failed.count };
}
