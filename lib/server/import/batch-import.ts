import 'server-only';
import { parseBatchCsv } from '@/lib/import/parse-batch-csv';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { createImportBatch, type BatchRow } from './create-import-batch';
import { getBatchProgress } from './batch-progress';
import { findOrphanedItems } from './find-orphaned-items';
import { isRetryableItem } from './import-item-input';
import { ITEM_TEXT_SELECT, itemTexts } from './item-texts';
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
    ...parsed.errors.map((e) => ({
      line: e.line,
      title: `Line ${e.line}`,
      titleText: { code: 'line', params: { line: e.line } },
      error: e.message,
      errorText: e.text,
    })),
  ].sort((a, b) => a.line - b.line);
  return createImportBatch(actor, {
    projectId: input.projectId,
    source: input.fileName ?? 'batch.csv',
    rows,
    auditDetails: { format: 'csv', invalid: parsed.errors.length },
  });
}

/** A batch with more items than this lists only its running and failed ones (the counts cover everything). */
export const BATCH_ITEMS_LISTED = 200;

export async function getBatch(actor: SessionUser, { batchId }: { batchId: string }) {
  const batch = await db.importBatch.findUnique({
    where: { id: batchId },
    select: { id: true, projectId: true, source: true, createdAt: true },
  });
  if (!batch) throw new AppError('NOT_FOUND', 'That batch was not found.');
  await projectAccess(actor, batch.projectId, 'project:read');
  const progress = await getBatchProgress(actor, batchId);
  const big = progress.total > BATCH_ITEMS_LISTED;
  const rows = await db.importItem.findMany({
    where: big ? { batchId, status: { in: ['running', 'failed'] } } : { batchId },
    orderBy: [{ status: 'desc' }, { index: 'asc' }], // running before failed in a big batch; index order otherwise
    take: big ? 2 * BATCH_ITEMS_LISTED : undefined,
    select: { id: true, index: true, status: true, documentId: true, input: true, progress: true, ...ITEM_TEXT_SELECT },
  });
  if (!big) rows.sort((a, b) => a.index - b.index);
  const stored = await filesStored(db, batchId);
  const orphaned = new Set(
    progress.queued + progress.running > 0 ? (await findOrphanedItems(db, { batchId, lock: false })).map((item) => item.id) : [],
  );
  // Retryable: what "Retry failed items" would re-queue (retry-failed-items.ts), counted over every failed item.
  const failedInputs = big
    ? await db.importItem.findMany({ where: { batchId, status: 'failed' }, select: { id: true, input: true } })
    : rows.filter((row) => row.status === 'failed');
  const retryableFailed = failedInputs.filter((row) => isRetryableItem({ input: row.input, filesStored: stored.has(row.id) })).length;
  const items = rows.map(({ id, input, title, titleCode, titleParams, error, errorCode, errorParams, ...item }) => ({
    ...item,
    ...itemTexts({ title, titleCode, titleParams, error, errorCode, errorParams }),
    retryable: item.status === 'failed' ? isRetryableItem({ input, filesStored: stored.has(id) }) : orphaned.has(id),
  }));
  return {
    ...batch,
    total: progress.total,
    done: progress.done,
    failed: progress.failed,
    pending: progress.queued + progress.running,
    retryable: retryableFailed + orphaned.size,
    /** Items finished per minute, the time left at that rate, and TMX units imported so far by running items. */
    perMinute: progress.perMinute,
    secondsLeft: progress.secondsLeft,
    tmxUnits: progress.tmxUnits,
    /** False when only running and failed items are listed (a big batch). */
    allItemsListed: !big,
    items,
  };
}

export async function listBatches(actor: SessionUser, { projectId }: { projectId: string }) {
  await projectAccess(actor, projectId, 'project:read');
  const batches = await db.importBatch.findMany({ where: { projectId }, orderBy: { createdAt: 'desc' }, take: 10, select: { id: true } });
  return Promise.all(batches.map((b) => getBatch(actor, { batchId: b.id })));
}
