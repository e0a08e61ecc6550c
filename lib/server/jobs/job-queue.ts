import PgBoss from 'pg-boss';
import { databaseUrl } from '@/lib/env';
import { isDatabaseUnavailable, logDatabaseUnavailable } from '@/lib/server/database-unavailable';

// The background job queue: pg-boss on the same PostgreSQL (its own `pgboss` schema), so jobs survive restarts
// and several app instances share the work safely. One instance per process, started on first use.

export const IMPORT_ITEM_QUEUE = 'import-item';
/** pg-boss gives up on a job after this; an item still `running` long after is re-queued (requeue-stale-items). */
export const IMPORT_JOB_EXPIRE_SECONDS = 300;

const globalForQueue = globalThis as unknown as { bitextQueue?: Promise<PgBoss> };

export function jobQueue(): Promise<PgBoss> {
  globalForQueue.bitextQueue ??= (async () => {
    const boss = new PgBoss({ connectionString: databaseUrl(), max: 3 });
    // One line, not the driver's whole client object; while the database is down, the shared one line per 10 s.
    boss.on('error', (error: unknown) =>
      isDatabaseUnavailable(error) ? logDatabaseUnavailable(error) : console.error('[jobs] queue error:', error instanceof Error ? error.message : String(error)),
    );
    await boss.start();
    await boss.createQueue(IMPORT_ITEM_QUEUE);
    return boss;
  })();
  return globalForQueue.bitextQueue;
}

/** The one way to queue batch items: one job each, in one insert. The item row holds the outcome, so no retries here. */
export async function enqueueImportItems(itemIds: string[]): Promise<void> {
  if (itemIds.length === 0) return;
  const queue = await jobQueue();
  await queue.insert(itemIds.map((itemId) => ({ name: IMPORT_ITEM_QUEUE, data: { itemId }, retryLimit: 0, expireInSeconds: IMPORT_JOB_EXPIRE_SECONDS })));
}

export async function stopJobQueue(): Promise<void> {
  const pending = globalForQueue.bitextQueue;
  globalForQueue.bitextQueue = undefined;
  if (pending) await (await pending).stop({ graceful: true, wait: true });
}
