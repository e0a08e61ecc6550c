import 'server-only';
import type { PairWarning } from '@/lib/import/pair-plausibility';
import { loadActiveUser, type SessionUser } from '@/lib/server/auth/load-user';
import { db, type Tx } from '@/lib/server/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { AppError, toAppError } from '@/lib/server/errors';
import { importArticlePair } from './import-article-pair';
import { importItemInput, type FilePairInput, type TmxFileInput, type UrlPairInput } from './import-item-input';
import { importTmx } from './import-tmx';
import { previewUrlImport } from './preview-url-import';

// The job: one item of a batch, a URL pair (CSV), a file pair (zip or folder) or a TMX file, imported through
// importArticlePair or importTmx like every other import. The item is marked done in the same transaction that
// writes its document (for a TMX file, the one that makes its memory visible: decision 053), and only while this
// worker's claim holds: an item is imported exactly once, even when a
// worker is killed at any point (decision 037). Failures are written to the item, so the UI can show them; stored
// files are cleared once the item is done or failed on its content.

interface Claim {
  itemId: string;
  attempts: number;
}

/** Items of a batch share the project's lexicon for this long (project-lexicon.ts). */
const LEXICON_MAX_AGE_MS = 60_000;

/** The claim was lost (the item was re-queued and claimed again): this run's writes are rolled back (or deleted). */
class ClaimLost extends Error {}

/** Marks the item done inside the document's transaction, or throws ClaimLost to roll the document back. */
function markDone(claim: Claim, title: string | null) {
  return async (tx: Tx, created: { id: string; warnings: PairWarning[] }) => {
    const { count } = await tx.importItem.updateMany({
      where: { id: claim.itemId, status: 'running', attempts: claim.attempts },
      data: {
        status: 'done',
        documentId: created.id,
        error: created.warnings.map((w) => w.message).join(' ') || null,
        ...(created.warnings.length
          ? { errorCode: 'pairWarnings', errorParams: { codes: [...new Set(created.warnings.map((w) => w.code))].join(',') } }
          : { errorCode: null, errorParams: Prisma.DbNull }),
        ...(title ? { title: title.slice(0, 300) } : {}),
        koreanFile: null,
        englishFile: null,
        finishedAt: new Date(),
      },
    });
    if (count === 0) throw new ClaimLost();
  };
}

async function importUrlPair(actor: SessionUser, projectId: string, input: UrlPairInput, claim: Claim): Promise<void> {
  const preview = await previewUrlImport(actor, { projectId, url: input.englishUrl, sourceUrl: input.koreanUrl });
  if (!preview.source) throw new AppError('UNPROCESSABLE', preview.sourceError?.message ?? 'The Korean original was not found.');
  const title = input.title || preview.target.title;
  await importArticlePair(actor, {
    projectId,
    title,
    source: { text: preview.source.text, url: preview.source.url },
    target: { text: preview.target.text, url: preview.target.url },
    beforeCommit: markDone(claim, title),
    lexiconMaxAgeMs: LEXICON_MAX_AGE_MS,
  });
}

async function importFilePair(
  actor: SessionUser,
  projectId: string,
  input: FilePairInput,
  files: { korean: Uint8Array | null; english: Uint8Array | null },
  claim: Claim,
): Promise<void> {
  if (!files.korean || !files.english)
    throw new AppError('UNPROCESSABLE', 'The files of this pair are no longer stored; import the zip again.');
  await importArticlePair(actor, {
    projectId,
    title: input.title,
    source: { file: { fileName: input.korean.fileName, bytes: files.korean } },
    target: { file: { fileName: input.english.fileName, bytes: files.english } },
    beforeCommit: markDone(claim, null), // the item keeps its file name as its title
    lexiconMaxAgeMs: LEXICON_MAX_AGE_MS,
  });
}

/** The stored file, one piece at a time (one query each), so a 200 MB file is never held whole. */
async function* storedFile(itemId: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq += 1) {
    const chunk = await db.importFileChunk.findUnique({ where: { itemId_seq: { itemId, seq } }, select: { bytes: true } });
    if (!chunk) return;
    yield chunk.bytes;
  }
}

async function importTmxFile(actor: SessionUser, projectId: string, input: TmxFileInput, claim: Claim): Promise<void> {
  const stored = await db.importFileChunk.count({ where: { itemId: claim.itemId } });
  if (stored === 0) throw new AppError('UNPROCESSABLE', 'The file of this item is no longer stored; import it again.');
  await importTmx(actor, {
    projectId,
    body: storedFile(claim.itemId),
    fileName: input.fileName,
    onProgress: async ({ imported }) => {
      const { count } = await db.importItem.updateMany({
        where: { id: claim.itemId, status: 'running', attempts: claim.attempts },
        data: { progress: imported },
      });
      if (count === 0) throw new ClaimLost(); // another run owns the item now: stop, and the import deletes its document
    },
    beforeCommit: async (client, written) => {
      const skippedNote = written.skipped ? `Skipped ${written.skipped.toLocaleString('en')} units that could not be imported.` : null;
      const { rowCount } = await client.query(
        `UPDATE "ImportItem" SET "status" = 'done', "documentId" = $1, "error" = $2, "errorCode" = $6, "errorParams" = $7::jsonb,
                "progress" = $3, "finishedAt" = now(), "updatedAt" = now()
         WHERE "id" = $4 AND "status" = 'running' AND "attempts" = $5`,
        [
          written.documentId,
          skippedNote,
          written.imported,
          claim.itemId,
          claim.attempts,
          skippedNote ? 'tmxSkipped' : null,
          skippedNote ? JSON.stringify({ count: written.skipped }) : null,
        ],
      );
      if (rowCount === 0) throw new ClaimLost();
      await client.query(`DELETE FROM "ImportFileChunk" WHERE "itemId" = $1`, [claim.itemId]);
    },
  });
}

export async function processImportItem(itemId: string): Promise<void> {
  // Claiming is one conditional update, so a duplicate job (a retry, a re-queue) never runs an item twice.
  const [claimed] = await db.importItem.updateManyAndReturn({
    where: { id: itemId, status: 'queued' },
    data: { status: 'running', attempts: { increment: 1 }, startedAt: new Date(), finishedAt: null, progress: null },
    select: { attempts: true, input: true, koreanFile: true, englishFile: true, batch: { select: { projectId: true, userId: true } } },
  });
  if (!claimed) return;
  const claim: Claim = { itemId, attempts: claimed.attempts };
  try {
    const actor = await loadActiveUser(claimed.batch.userId);
    if (!actor) throw new AppError('FORBIDDEN', 'The account that started this batch is no longer active.');
    const input = importItemInput.safeParse(claimed.input);
    if (!input.success) throw new AppError('INVALID_INPUT', 'This item has nothing to import.');
    const { projectId } = claimed.batch;
    if (input.data.kind === 'files')
      await importFilePair(actor, projectId, input.data, { korean: claimed.koreanFile, english: claimed.englishFile }, claim);
    else if (input.data.kind === 'tmx') await importTmxFile(actor, projectId, input.data, claim);
    else await importUrlPair(actor, projectId, input.data, claim);
  } catch (error) {
    if (error instanceof ClaimLost) return; // another run owns the item now; ours was rolled back
    const known = toAppError(error);
    if (!known) console.error('[jobs] import item failed', itemId, error);
    // Failed on its content (or unexpectedly): the stored files are cleared, as a retry would not change them.
    const { count } = await db.importItem.updateMany({
      where: { id: itemId, status: 'running', attempts: claimed.attempts },
      data: {
        status: 'failed',
        error: known?.message ?? 'Unexpected error while importing this item.',
        errorCode: known ? 'failed' : 'unexpected',
        errorParams: known ? { code: known.code } : {},
        koreanFile: null,
        englishFile: null,
        finishedAt: new Date(),
      },
    });
    if (count > 0) await db.importFileChunk.deleteMany({ where: { itemId } });
  }
}
