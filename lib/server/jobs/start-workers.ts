import 'server-only';
import { processImportItem } from '@/lib/server/import/process-import-item';
import { pruneSignInThrottle } from '@/lib/server/auth/sign-in-throttle';
import { sweepAbandonedImports } from '@/lib/server/import/importing-document';
import { sweepOrphanedItems } from '@/lib/server/import/sweep-orphaned-items';
import { IMPORT_ITEM_QUEUE, jobQueue } from './job-queue';

/** Each import fetches two pages and aligns (off the event loop): two at a time suits a 2-core server. */
export const CONCURRENT_IMPORTS = 2;
// The sweep decides on job state, so it can run often: a lost job is found within this interval of its loss.
const ORPHAN_SWEEP_MS = 30 * 1000;

function sweep(): void {
  sweepOrphanedItems().catch((error: unknown) => console.error('[jobs] orphaned item sweep failed', error));
  sweepAbandonedImports().catch((error: unknown) => console.error('[jobs] abandoned TMX import sweep failed', error));
  pruneSignInThrottle().catch((error: unknown) => console.error('[jobs] sign-in throttle prune failed', error));
}

// Started once per server process (instrumentation.ts), and by `npm run import` with `--workers N`.
export async function startWorkers(options: { concurrency?: number } = {}): Promise<void> {
  const queue = await jobQueue();
  sweep();
  const timer = setInterval(sweep, ORPHAN_SWEEP_MS);
  timer.unref();
  queue.once('stopped', () => clearInterval(timer));
  for (let i = 0; i < (options.concurrency ?? CONCURRENT_IMPORTS); i += 1) {
    const worker = { id: '' }; // known once `work` answers; its first job cannot start before that
    worker.id = await queue.work<{ itemId: string }>(IMPORT_ITEM_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      await processImportItem(job.data.itemId);
      // Fetch the next job at once: pg-boss waits out the polling interval after every job otherwise, which held
      // each worker to one item a second however fast items were (decision 037). An empty queue still polls.
      if (worker.id) queue.notifyWorker(worker.id);
    });
  }
}
