import { processImportItem } from '@/lib/server/import/batch-import';
import { IMPORT_ITEM_QUEUE, jobQueue } from './job-queue';

const CONCURRENT_IMPORTS = 2; // each import fetches two pages and aligns: two at a time suits a 2-core server

// Started once per server process (instrumentation.ts).
export async function startWorkers(): Promise<void> {
  const queue = await jobQueue();
  for (let i = 0; i < CONCURRENT_IMPORTS; i += 1) {
    await queue.work<{ itemId: string }>(IMPORT_ITEM_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      await processImportItem(job.data.itemId);
    });
  }
}
