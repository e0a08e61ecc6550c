import 'server-only';
import type { Tx } from '@/lib/server/db';
import { toLogJson } from './operation-json';

/**
 * Appends a change to the document's operation log, in the caller's transaction under its row lock: the next
 * sequence number, and the end of its author's redo stack (a new change ends it; other people's stay). Used by
 * every kind of change that can be undone: operations and revisions.
 */
export async function logOperation(
  tx: Tx,
  entry: { documentId: string; userId: string; version: number; kind: string; payload: object; inverse: object },
): Promise<{ id: string }> {
  await tx.operation.deleteMany({ where: { documentId: entry.documentId, userId: entry.userId, undone: true } });
  const last = await tx.operation.findFirst({ where: { documentId: entry.documentId }, orderBy: { seq: 'desc' }, select: { seq: true } });
  return tx.operation.create({
    data: {
      documentId: entry.documentId,
      userId: entry.userId,
      seq: (last?.seq ?? 0) + 1,
      version: entry.version,
      kind: entry.kind,
      payload: toLogJson(entry.payload),
      inverse: toLogJson(entry.inverse),
    },
    select: { id: true },
  });
}
