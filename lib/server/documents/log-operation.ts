import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/server/db';
import { newId } from './new-id';
import { runWrites } from './persist-alignment';

export interface LogEntry {
  documentId: string;
  userId: string;
  version: number;
  kind: string;
  payload: object;
  inverse: object;
}

/**
 * Appending a change to the document's operation log, as CTEs of the change's one statement (decision 052), under
 * its row lock: the end of its author's redo stack (a new change ends it; other people's stay) and the row with the
 * next sequence number, counted as if that stack were already gone. Used by every kind of change that can be
 * undone: operations and revisions.
 */
export function logOperationWrite(entry: LogEntry): { id: string; ctes: Prisma.Sql[] } {
  const id = newId();
  const { documentId, userId } = entry;
  return {
    id,
    ctes: [
      Prisma.sql`redo_ended AS (DELETE FROM "Operation" WHERE "documentId" = ${documentId} AND "userId" = ${userId} AND "undone" RETURNING 1)`,
      // Reading redo_ended makes PostgreSQL finish that delete before this insert, which may take a freed number.
      Prisma.sql`operation_logged AS (INSERT INTO "Operation" ("id", "documentId", "userId", "seq", "version", "kind", "payload", "inverse")
        SELECT ${id}, ${documentId}, ${userId}, coalesce(max(o."seq"), 0) + 1, ${entry.version}, ${entry.kind},
          ${JSON.stringify(entry.payload)}::jsonb, ${JSON.stringify(entry.inverse)}::jsonb
        FROM "Operation" o WHERE o."documentId" = ${documentId} AND NOT (o."userId" = ${userId} AND o."undone")
          AND (SELECT count(*) FROM redo_ended) >= 0)`,
    ],
  };
}

/** The same, as a statement of its own. */
export async function logOperation(tx: Tx, entry: LogEntry): Promise<{ id: string }> {
  const { id, ctes } = logOperationWrite(entry);
  await runWrites(tx, ctes);
  return { id };
}
