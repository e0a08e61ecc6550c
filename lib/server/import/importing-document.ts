import 'server-only';
import { db, type BulkClient } from '@/lib/server/db';
import { newId } from '@/lib/server/documents/new-id';

// The life of a TMX import's document (decision 053). It is committed first with status `importing`, which no
// reader sees (lib/server/documents/visible-documents.ts); chunks are then committed into it by several
// connections; one last transaction makes it `approved`. While it is importing, the import holds a session
// advisory lock named after it on its first connection. A process that dies (kill -9) loses its connections and
// so the lock: a document still `importing` whose lock anyone can take belongs to no running import, and
// `sweepAbandonedImports` deletes it (the workers run it at start and every 30 s). It never becomes visible.

// Two-key advisory locks (class, document) do not collide with the one-key locks used elsewhere. The import and the
// sweep must name the same key: both take it from here.
const LOCK_CLASS = 'bitext:tmx-import';
const LOCK = `hashtext($1), hashtext($2)`;

/** Takes the document's lock, then inserts it as `importing`; answers its id and the beads' timestamp. */
export async function createImportingDocument(
  client: BulkClient,
  document: { projectId: string; title: string },
): Promise<{ id: string; updatedAt: string }> {
  const id = newId();
  await client.query(`SELECT pg_advisory_lock(${LOCK})`, [LOCK_CLASS, id]); // before the row exists, so a sweep never sees it unlocked
  await client.query(
    `INSERT INTO "Document" ("id", "projectId", "title", "status", "kind", "updatedAt") VALUES ($1, $2, $3, 'importing', 'memory', now())`,
    [id, document.projectId, document.title],
  );
  const [now] = (await client.query<{ now: string }>(`SELECT localtimestamp(3)::text AS "now"`)).rows;
  return { id, updatedAt: now.now };
}

/**
 * Inside the import's last transaction: the document becomes an approved memory, visible with all its rows at
 * once. False if it is no longer there (its project was deleted meanwhile, or a sweep took it).
 */
export async function finishImportingDocument(client: BulkClient, id: string): Promise<boolean> {
  const { rowCount } = await client.query(
    `UPDATE "Document" SET "status" = 'approved', "updatedAt" = now() WHERE "id" = $1 AND "status" = 'importing'`,
    [id],
  );
  return rowCount === 1;
}

/** After the last transaction committed, or after `discardImportingDocument`: lets the lock go. */
export async function releaseImportingDocument(client: BulkClient, id: string): Promise<void> {
  await client.query(`SELECT pg_advisory_unlock(${LOCK})`, [LOCK_CLASS, id]);
}

/** A failed import: its document and, by cascade, every row written so far. */
export async function discardImportingDocument(client: BulkClient, id: string): Promise<void> {
  await client.query(`DELETE FROM "Document" WHERE "id" = $1 AND "status" = 'importing'`, [id]);
  await releaseImportingDocument(client, id);
}

/** Deleting a million-unit document (three million rows by cascade) may take a while on a busy machine. */
const SWEEP_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Deletes every `importing` document whose import is no longer running (its lock is free), one transaction each.
 * Answers how many it deleted. Safe to run anywhere at any time: a running import holds its lock.
 */
export async function sweepAbandonedImports(): Promise<number> {
  // The status as a literal, so the plan can use the partial index "Document_importing_idx" whatever its parameters.
  const importing = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Document" WHERE "status" = 'importing'`;
  let swept = 0;
  for (const { id } of importing) {
    const deleted = await db.$transaction(
      async (tx) => {
        // A transaction lock on the same key: granted only if no session holds the import's lock.
        const [{ free }] = await tx.$queryRaw<{ free: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(hashtext(${LOCK_CLASS}), hashtext(${id})) AS "free"`;
        if (!free) return 0;
        return tx.$executeRaw`DELETE FROM "Document" WHERE "id" = ${id} AND "status" = 'importing'`;
      },
      { timeout: SWEEP_TIMEOUT_MS },
    );
    swept += deleted;
  }
  if (swept) console.warn(`[jobs] deleted ${swept} TMX import(s) left unfinished by a stopped process`);
  return swept;
}
