import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { audit } from '@/lib/server/audit';
import { db, type Tx } from '@/lib/server/db';
import { jobQueue, queueItemJobs } from '@/lib/server/jobs/job-queue';
import type { FilePairInput, UrlPairInput } from './import-item-input';

// Writes a batch, its items, one job per good item and the audit row in one transaction: a crash at any point
// leaves either all of it or nothing (decision 019). CSV and zip batches both come through here, so every batch
// is stored and queued the same way. Callers check access and parse their file first.

export type BatchRow =
  | { title: string; input: UrlPairInput }
  | { title: string; input: FilePairInput; files: { korean: Uint8Array<ArrayBuffer>; english: Uint8Array<ArrayBuffer> } }
  /** Known bad from the start (an invalid CSV row, an unpaired file): stored as failed, never queued. */
  | { title: string; error: string };

export interface CreateImportBatchInput {
  projectId: string;
  source: string;
  rows: BatchRow[];
  /** Extra facts for the audit row ({ invalid, format, … }). */
  auditDetails: Record<string, string | number>;
  /** Fault injection for tests: runs inside the transaction just before it commits. */
  beforeCommit?: (tx: Tx) => Promise<void>;
}

// Keeps each INSERT of file bytes to a few megabytes (a zip may carry 200 MB).
const MAX_INSERT_BYTES = 16 * 1024 * 1024;

function toItem(row: BatchRow, batchId: string, index: number): Prisma.ImportItemCreateManyInput {
  const base = { batchId, index, title: row.title.slice(0, 300) };
  if ('error' in row) return { ...base, input: {}, status: 'failed', error: row.error };
  if ('files' in row) return { ...base, input: row.input, koreanFile: row.files.korean, englishFile: row.files.english };
  return { ...base, input: row.input };
}

function chunks(items: Prisma.ImportItemCreateManyInput[]): Prisma.ImportItemCreateManyInput[][] {
  const result: Prisma.ImportItemCreateManyInput[][] = [[]];
  let bytes = 0;
  for (const item of items) {
    const size = (item.koreanFile?.byteLength ?? 0) + (item.englishFile?.byteLength ?? 0);
    const current = result[result.length - 1];
    if (current.length > 0 && (bytes + size > MAX_INSERT_BYTES || current.length >= 500)) {
      result.push([item]);
      bytes = size;
    } else {
      current.push(item);
      bytes += size;
    }
  }
  return result;
}

export async function createImportBatch(
  actor: SessionUser,
  input: CreateImportBatchInput,
): Promise<{ id: string; items: number; queued: number; invalid: number }> {
  await jobQueue(); // started before the transaction, so the transaction does not wait on pg-boss's start-up
  return db.$transaction(
    async (tx) => {
      const batch = await tx.importBatch.create({
        data: { projectId: input.projectId, userId: actor.id, source: input.source.slice(0, 300) },
        select: { id: true },
      });
      for (const chunk of chunks(input.rows.map((row, index) => toItem(row, batch.id, index))))
        await tx.importItem.createMany({ data: chunk });
      const queued = await tx.importItem.findMany({
        where: { batchId: batch.id, status: 'queued' },
        orderBy: { index: 'asc' },
        select: { id: true },
      });
      await queueItemJobs(
        tx,
        queued.map((item) => item.id),
      );
      await audit(tx, {
        actorId: actor.id,
        action: 'import.batch',
        projectId: input.projectId,
        target: batch.id,
        after: { rows: input.rows.length, ...input.auditDetails },
      });
      await input.beforeCommit?.(tx);
      return { id: batch.id, items: input.rows.length, queued: queued.length, invalid: input.rows.length - queued.length };
    },
    { timeout: 120_000 },
  );
}
