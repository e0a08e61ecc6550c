import { processImportItem } from '@/lib/server/import/process-import-item';
import { requeueStaleItems } from '@/lib/server/import/requeue-stale-items';
import { IMPORT_ITEM_QUEUE, jobQueue } from './job-queue';

const CONCURRENT_IMPORTS = 2; // each import fetches two pages and aligns: two at a time suits a 2-core server
// A restart is usually quicker than the stale threshold, so the sweep repeats rather than running only at start.
const STALE_SWEEP_MS = 60 * 1000;

function sweep(): void {
  requeueStaleItems().catch((error: unknown) => console.error('[jobs] stale item sweep failed', error));
}

// Started once per server process (instrumentation.ts).
export async function startWorkers(): Promise<void> {
  const queue = await jobQueue();
  sweep();
  const timer = setInterval(sweep, STALE_SWEEP_MS);
  timer.unref();
  queue.once('stopped', () => clearInterval(timer));
  for (let i = 0; i < CONCURRENT_IMPORTS; i += 1) {
    await queue.work<{ itemId: string }>(IMPORT_ITEM_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      await processImportItem(job.data.itemId);
    });
  }
}
