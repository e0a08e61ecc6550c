import 'server-only';
import { parseBatchCsv } from '@/lib/import/parse-batch-csv';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { createImportBatch, type BatchRow } from './create-import-batch';
import { findOrphanedItems } from './find-orphaned-items';
import { isRetryableItem } from './import-item-input';
import { filesStored } from './retry-failed-items';

// Batch import: a CSV of URL pairs becomes one ImportBatch with one item per row, each processed as its own
// background job (process-import-item.ts). A failed item is marked with its message and never blocks the
// others. Zip batches of file pairs: start-zip-batch-import.ts. Progress for both: getBatch / listBatches.

export async function startBatchImport(actor: SessionUser, input: { projectId: string; csv: string; fileName?: string | null }) {
  await projectAccess(actor, input.projectId, 'document:create');
  const parsed = parseBatchCsv(input.csv);
  if (parsed.items.length === 0 && parsed.errors.length === 0) throw new AppError('INVALID_INPUT', 'The CSV has no rows.');
  const rows: (BatchRow & { line: number })[] = [
    ...parsed.items.map((item) => ({
      line: item.line,
      title: item.title ?? item.englishUrl,
      input: { kind: 'urls' as const, englishUrl: item.englishUrl, koreanUrl: item.koreanUrl, title: item.title },
    })),
    ...parsed.errors.map((e) => ({ line: e.line, title: `Line ${e.line}`, error: e.message })),
  ].sort((a, b) => a.line - b.line);
  return createImportBatch(actor, {
    projectId: input.projectId,
    source: input.fileName ?? 'batch.csv',
    rows,
    auditDetails: { format: 'csv', invalid: parsed.errors.length },
  });
}

export async function getBatch(actor: SessionUser, { batchId }: { batchId: string }) {
  const batch = await db.importBatch.findUnique({
    where: { id: batchId },
    select: { id: true, projectId: true, source: true, createdAt: true },
  });
  if (!batch) throw new AppError('NOT_FOUND', 'That batch was not found.');
  await projectAccess(actor, batch.projectId, 'project:read');
  const rows = await db.importItem.findMany({
    where: { batchId },
    orderBy: { index: 'asc' },
    select: { id: true, index: true, title: true, status: true, error: true, documentId: true, input: true },
  });
  const stored = await filesStored(db, batchId);
  const orphaned = new Set(
    rows.some((row) => row.status === 'queued' || row.status === 'running')
      ? (await findOrphanedItems(db, { batchId, lock: false })).map((item) => item.id)
      : [],
  );
  // Retryable: what "Retry failed items" would re-queue (retry-failed-items.ts).
  const items = rows.map(({ id, input, ...item }) => ({
    ...item,
    retryable: item.status === 'failed' ? isRetryableItem({ input, filesStored: stored.has(id) }) : orphaned.has(id),
  }));
  const count = (status: string) => items.filter((i) => i.status === status).length;
  return {
    ...batch,
    total: items.length,
    done: count('done'),
    failed: count('failed'),
    pending: count('queued') + count('running'),
    retryable: items.filter((i) => i.retryable).length,
    items,
  };
}

export async function listBatches(actor: SessionUser, { projectId }: { projectId: string }) {
  await projectAccess(actor, projectId, 'project:read');
  const batches = await db.importBatch.findMany({ where: { projectId }, orderBy: { createdAt: 'desc' }, take: 10, select: { id: true } });
  return Promise.all(batches.map((b) => getBatch(actor, { batchId: b.id })));
}
