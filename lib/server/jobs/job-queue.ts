import PgBoss from 'pg-boss';
import { databaseUrl } from '@/lib/env';

// The background job queue: pg-boss on the same PostgreSQL (its own `pgboss` schema), so jobs survive restarts
// and several app instances share the work safely. One instance per process, started on first use.

export const IMPORT_ITEM_QUEUE = 'import-item';

const globalForQueue = globalThis as unknown as { bitextQueue?: Promise<PgBoss> };

export function jobQueue(): Promise<PgBoss> {
  globalForQueue.bitextQueue ??= (async () => {
    const boss = new PgBoss({ connectionString: databaseUrl(), max: 3 });
    boss.on('error', (error: unknown) => console.error('[jobs] queue error', error));
    await boss.start();
    await boss.createQueue(IMPORT_ITEM_QUEUE);
    return boss;
  })();
  return globalForQueue.bitextQueue;
}

export async function stopJobQueue(): Promise<void> {
  const pending = globalForQueue.bitextQueue;
  globalForQueue.bitextQueue = undefined;
  if (pending) await (await pending).stop({ graceful: true, wait: true });
}
