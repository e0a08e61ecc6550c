import 'server-only';
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import { databaseUrl } from '@/lib/env';
import type { Tx } from '@/lib/server/db';
import { isDatabaseUnavailable, logDatabaseUnavailable } from '@/lib/server/database-unavailable';

// The background job queue: pg-boss on the same PostgreSQL (its own `pgboss` schema), so jobs survive restarts
// and several app instances share the work safely. One instance per process, started on first use.

export const IMPORT_ITEM_QUEUE = 'import-item';
export const JOB_SCHEMA = 'pgboss';
/** pg-boss fails a job still active after this (a worker that died); the orphan sweep then gives its item a new job. */
export const IMPORT_JOB_EXPIRE_SECONDS = 300;
/** A TMX item may run for minutes on a busy machine (a 200 MB file); its job expires later (decision 037). */
export const TMX_JOB_EXPIRE_SECONDS = 3600;

const globalForQueue = globalThis as unknown as { bitextQueue?: Promise<PgBoss> };

export function jobQueue(): Promise<PgBoss> {
  globalForQueue.bitextQueue ??= (async () => {
    const boss = new PgBoss({ connectionString: databaseUrl(), schema: JOB_SCHEMA, max: 3 });
    // One line, not the driver's whole client object; while the database is down, the shared one line per 10 s.
    boss.on('error', (error: unknown) =>
      isDatabaseUnavailable(error)
        ? logDatabaseUnavailable(error)
        : console.error('[jobs] queue error:', error instanceof Error ? error.message : String(error)),
    );
    await boss.start();
    await boss.createQueue(IMPORT_ITEM_QUEUE);
    return boss;
  })();
  return globalForQueue.bitextQueue;
}

/**
 * The one way to queue batch items: one job each, inserted through the caller's transaction, and each item's
 * `jobId` set to its job in the same transaction. Either both are committed or neither is, so no crash can
 * leave an item queued without a job. The caller has already set the items' status to `queued`.
 */
export async function queueItemJobs(tx: Tx, itemIds: string[]): Promise<void> {
  if (itemIds.length === 0) return;
  const queue = await jobQueue(); // started (schema and queue exist) before we write through the transaction
  const jobIds = itemIds.map(() => randomUUID());
  const tmx = new Set(
    (await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ImportItem" WHERE id = ANY(${itemIds}::text[]) AND input->>'kind' = 'tmx'`).map(
      (row) => row.id,
    ),
  );
  let inserted = 0;
  // pg-boss's documented way to write through someone else's transaction: an `executeSql` over it.
  const viaTransaction = {
    executeSql: async (text: string, values: unknown[]) => {
      inserted += await tx.$executeRawUnsafe(text, ...values.map((value) => value ?? null));
      return { rows: [] };
    },
  };
  await queue.insert(
    itemIds.map((itemId, i) => ({
      id: jobIds[i],
      name: IMPORT_ITEM_QUEUE,
      data: { itemId },
      retryLimit: 0,
      expireInSeconds: tmx.has(itemId) ? TMX_JOB_EXPIRE_SECONDS : IMPORT_JOB_EXPIRE_SECONDS,
    })),
    { db: viaTransaction },
  );
  // pg-boss skips rows silently (ON CONFLICT DO NOTHING, or a missing queue): refuse rather than commit orphans.
  if (inserted !== itemIds.length) throw new Error(`pg-boss stored ${inserted} of ${itemIds.length} import jobs`);
  await tx.$executeRaw`
    UPDATE "ImportItem" AS item SET "jobId" = job.id
    FROM unnest(${itemIds}::text[], ${jobIds}::uuid[]) AS job(item_id, id)
    WHERE item.id = job.item_id`;
}

export async function stopJobQueue(): Promise<void> {
  const pending = globalForQueue.bitextQueue;
  globalForQueue.bitextQueue = undefined;
  if (pending) await (await pending).stop({ graceful: true, wait: true });
}
