import { parseBatchCsv } from '@/lib/import/parse-batch-csv';
import type { Prisma } from '@/lib/generated/prisma/client';
import { projectAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import { loadActiveUser, type SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { AppError, toAppError } from '@/lib/server/errors';
import { IMPORT_ITEM_QUEUE, jobQueue } from '@/lib/server/jobs/job-queue';
import { importArticlePair } from './import-article-pair';
import { previewUrlImport } from './preview-url-import';

// Batch import: a CSV of URL pairs becomes one ImportBatch with one item per row, each processed as its own
// background job. A failed item is marked with its message and never blocks the others.

interface ItemInput { englishUrl: string; koreanUrl: string | null; title: string | null }

export async function startBatchImport(actor: SessionUser, input: { projectId: string; csv: string; fileName?: string | null }) {
  await projectAccess(actor, input.projectId, 'document:create');
  const parsed = parseBatchCsv(input.csv);
  if (parsed.items.length === 0 && parsed.errors.length === 0) throw new AppError('INVALID_INPUT', 'The CSV has no rows.');
  const rows = [
    ...parsed.items.map((item) => ({ line: item.line, title: item.title ?? item.englishUrl, input: { englishUrl: item.englishUrl, koreanUrl: item.koreanUrl, title: item.title }, error: null as string | null })),
    ...parsed.errors.map((e) => ({ line: e.line, title: `Line ${e.line}`, input: {}, error: e.message })),
  ].sort((a, b) => a.line - b.line);
  const batch = await db.$transaction(async (tx) => {
    const created = await tx.importBatch.create({ data: { projectId: input.projectId, userId: actor.id, source: input.fileName ?? 'batch.csv' }, select: { id: true } });
    await tx.importItem.createMany({
      data: rows.map((row, index) => ({
        batchId: created.id, index, title: row.title.slice(0, 300), input: row.input as Prisma.InputJsonValue,
        status: row.error ? 'failed' : 'queued', error: row.error,
      })),
    });
    await audit(tx, { actorId: actor.id, action: 'import.batch', projectId: input.projectId, target: created.id, after: { rows: rows.length, invalid: parsed.errors.length } });
    return created;
  });
  const queued = await db.importItem.findMany({ where: { batchId: batch.id, status: 'queued' }, select: { id: true } });
  const queue = await jobQueue();
  for (const item of queued) await queue.send(IMPORT_ITEM_QUEUE, { itemId: item.id }, { retryLimit: 0, expireInSeconds: 300 });
  return { id: batch.id, items: rows.length, queued: queued.length, invalid: parsed.errors.length };
}

/** The job: one row of a batch. Every outcome is written to the item, so the UI can show it. */
export async function processImportItem(itemId: string): Promise<void> {
  const item = await db.importItem.findUnique({ where: { id: itemId }, select: { id: true, status: true, input: true, batch: { select: { projectId: true, userId: true } } } });
  if (!item || item.status !== 'queued') return;
  await db.importItem.update({ where: { id: itemId }, data: { status: 'running' } });
  try {
    const actor = await loadActiveUser(item.batch.userId);
    if (!actor) throw new AppError('FORBIDDEN', 'The account that started this batch is no longer active.');
    const input = item.input as unknown as ItemInput;
    const preview = await previewUrlImport(actor, { projectId: item.batch.projectId, url: input.englishUrl, sourceUrl: input.koreanUrl });
    if (!preview.source) throw new AppError('UNPROCESSABLE', preview.sourceError ?? 'The Korean original was not found.');
    const created = await importArticlePair(actor, {
      projectId: item.batch.projectId,
      title: input.title || preview.target.title,
      source: { text: preview.source.text, url: preview.source.url },
      target: { text: preview.target.text, url: preview.target.url },
    });
    await db.importItem.update({ where: { id: itemId }, data: { status: 'done', documentId: created.id, title: (input.title || preview.target.title).slice(0, 300) || undefined, error: created.warnings.join(' ') || null } });
  } catch (error) {
    const known = toAppError(error);
    if (!known) console.error('[jobs] import item failed', itemId, error);
    await db.importItem.update({ where: { id: itemId }, data: { status: 'failed', error: known?.message ?? 'Unexpected error while importing this row.' } });
  }
}

export async function getBatch(actor: SessionUser, batchId: string) {
  const batch = await db.importBatch.findUnique({ where: { id: batchId }, select: { id: true, projectId: true, source: true, createdAt: true } });
  if (!batch) throw new AppError('NOT_FOUND', 'That batch was not found.');
  await projectAccess(actor, batch.projectId, 'project:read');
  const items = await db.importItem.findMany({ where: { batchId }, orderBy: { index: 'asc' }, select: { index: true, title: true, status: true, error: true, documentId: true } });
  const count = (status: string) => items.filter((i) => i.status === status).length;
  return { ...batch, total: items.length, done: count('done'), failed: count('failed'), pending: count('queued') + count('running'), items };
}

export async function listBatches(actor: SessionUser, projectId: string) {
  await projectAccess(actor, projectId, 'project:read');
  const batches = await db.importBatch.findMany({ where: { projectId }, orderBy: { createdAt: 'desc' }, take: 10, select: { id: true } });
  return Promise.all(batches.map((b) => getBatch(actor, b.id)));
}
