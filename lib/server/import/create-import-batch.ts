import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ItemText } from '@/lib/import/item-text';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { audit } from '@/lib/server/audit';
import { db, type Tx } from '@/lib/server/db';
import { jobQueue, queueItemJobs } from '@/lib/server/jobs/job-queue';
import { newId } from '@/lib/server/documents/new-id';
import type { FilePairInput, TmxFileInput, UrlPairInput } from './import-item-input';

// Writes a batch, its items (and their stored files), one job per good item and the audit row in one transaction: a crash at any point
// leaves either all of it or nothing (decision 019). CSV and zip batches both come through here, so every batch
// is stored and queued the same way. Callers check access and parse their file first.

export type BatchRow =
  | { title: string; input: UrlPairInput }
  | { title: string; input: FilePairInput; files: { korean: Uint8Array<ArrayBuffer>; english: Uint8Array<ArrayBuffer> } }
  /** A TMX file, read once while the batch is written and stored in pieces (ImportFileChunk). */
  | { title: string; input: TmxFileInput; file: () => AsyncIterable<Uint8Array> }
  /**
   * Known bad from the start (an invalid CSV row, an unpaired file): stored as failed, never queued. `error` in
   * English (the CLI prints it), `errorText` as a catalog key; `titleText` when the title is words ("Line 3").
   */
  | { title: string; titleText?: ItemText; error: string; errorText: ItemText };

export interface CreateImportBatchInput {
  projectId: string;
  source: string;
  /** Read once, in order: `npm run import` reads a folder's files as they are written, not all at once. */
  rows: Iterable<BatchRow> | AsyncIterable<BatchRow>;
  /** `npm run import`: what makes running the same command again resume this batch. */
  resumeKey?: string;
  /** Extra facts for the audit row ({ invalid, format, … }). */
  auditDetails: Record<string, string | number>;
  /** Fault injection for tests: runs inside the transaction just before it commits. */
  beforeCommit?: (tx: Tx) => Promise<void>;
}

// Keeps each INSERT of file bytes to a few megabytes (a zip may carry 200 MB), and what is held to one INSERT's worth.
const MAX_INSERT_BYTES = 16 * 1024 * 1024;
const MAX_INSERT_ROWS = 500;
/** The size of a stored TMX file's pieces. */
export const FILE_CHUNK_BYTES = 1024 * 1024;

function toItem(row: Exclude<BatchRow, { file: unknown }>, batchId: string, index: number): Prisma.ImportItemCreateManyInput {
  const base = { batchId, index, title: row.title.slice(0, 300) };
  if ('error' in row)
    return {
      ...base,
      input: {},
      status: 'failed',
      error: row.error,
      errorCode: row.errorText.code,
      errorParams: row.errorText.params ?? {},
      ...(row.titleText ? { titleCode: row.titleText.code, titleParams: row.titleText.params ?? {} } : {}),
    };
  if ('files' in row) return { ...base, input: row.input, koreanFile: row.files.korean, englishFile: row.files.english };
  return { ...base, input: row.input };
}

/** Stores a TMX row's file as pieces of FILE_CHUNK_BYTES (the last may be shorter), one INSERT each, holding about one piece. */
async function storeFile(tx: Tx, itemId: string, file: AsyncIterable<Uint8Array>): Promise<void> {
  let seq = 0;
  let pending: Buffer = Buffer.alloc(0);
  const write = (bytes: Buffer) => tx.importFileChunk.create({ data: { itemId, seq: seq++, bytes: new Uint8Array(bytes) } });
  for await (const piece of file) {
    pending = pending.length ? Buffer.concat([pending, piece]) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    while (pending.length >= FILE_CHUNK_BYTES) {
      await write(pending.subarray(0, FILE_CHUNK_BYTES));
      pending = pending.subarray(FILE_CHUNK_BYTES);
    }
  }
  if (pending.length > 0 || seq === 0) await write(pending);
}

export async function createImportBatch(
  actor: SessionUser,
  input: CreateImportBatchInput,
): Promise<{ id: string; items: number; queued: number; invalid: number }> {
  await jobQueue(); // started before the transaction, so the transaction does not wait on pg-boss's start-up
  return db.$transaction(
    async (tx) => {
      const batch = await tx.importBatch.create({
        data: { projectId: input.projectId, userId: actor.id, source: input.source.slice(0, 300), resumeKey: input.resumeKey ?? null },
        select: { id: true },
      });
      let rows = 0;
      let group: Prisma.ImportItemCreateManyInput[] = [];
      let groupBytes = 0;
      const writeGroup = async () => {
        if (group.length > 0) await tx.importItem.createMany({ data: group });
        group = [];
        groupBytes = 0;
      };
      for await (const row of input.rows) {
        const index = rows++;
        if ('file' in row) {
          await writeGroup(); // keeps the items in index order on disk, as the zip rows were
          const id = newId();
          await tx.importItem.create({ data: { id, batchId: batch.id, index, title: row.title.slice(0, 300), input: row.input } });
          await storeFile(tx, id, row.file());
          continue;
        }
        const item = toItem(row, batch.id, index);
        const size = (item.koreanFile?.byteLength ?? 0) + (item.englishFile?.byteLength ?? 0);
        if (group.length > 0 && (groupBytes + size > MAX_INSERT_BYTES || group.length >= MAX_INSERT_ROWS)) await writeGroup();
        group.push(item);
        groupBytes += size;
      }
      await writeGroup();
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
        after: { rows, ...input.auditDetails },
      });
      await input.beforeCommit?.(tx);
      return { id: batch.id, items: rows, queued: queued.length, invalid: rows - queued.length };
    },
    { timeout: 30 * 60_000 }, // a bound, not a target: `npm run import` may store thousands of pairs and 200 MB files
  );
}
