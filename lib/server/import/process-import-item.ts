import 'server-only';
import type { PairWarning } from '@/lib/import/pair-plausibility';
import { loadActiveUser, type SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { AppError, toAppError } from '@/lib/server/errors';
import { importArticlePair } from './import-article-pair';
import { importItemInput, type FilePairInput, type UrlPairInput } from './import-item-input';
import { previewUrlImport } from './preview-url-import';

// The job: one item of a batch, a URL pair (CSV) or a file pair (zip), imported through importArticlePair like
// every other article pair. Every outcome is written to the item, so the UI can show it; stored files are
// cleared once the item is done or failed.

interface Imported {
  documentId: string;
  title: string | null;
  warnings: PairWarning[];
}

async function importUrlPair(actor: SessionUser, projectId: string, input: UrlPairInput): Promise<Imported> {
  const preview = await previewUrlImport(actor, { projectId, url: input.englishUrl, sourceUrl: input.koreanUrl });
  if (!preview.source) throw new AppError('UNPROCESSABLE', preview.sourceError?.message ?? 'The Korean original was not found.');
  const title = input.title || preview.target.title;
  const created = await importArticlePair(actor, {
    projectId,
    title,
    source: { text: preview.source.text, url: preview.source.url },
    target: { text: preview.target.text, url: preview.target.url },
  });
  return { documentId: created.id, title, warnings: created.warnings };
}

async function importFilePair(
  actor: SessionUser,
  projectId: string,
  input: FilePairInput,
  files: { korean: Uint8Array | null; english: Uint8Array | null },
): Promise<Imported> {
  if (!files.korean || !files.english)
    throw new AppError('UNPROCESSABLE', 'The files of this pair are no longer stored; import the zip again.');
  const created = await importArticlePair(actor, {
    projectId,
    title: input.title,
    source: { file: { fileName: input.korean.fileName, bytes: files.korean } },
    target: { file: { fileName: input.english.fileName, bytes: files.english } },
  });
  return { documentId: created.id, title: null, warnings: created.warnings }; // the item keeps its file name
}

export async function processImportItem(itemId: string): Promise<void> {
  // Claiming is one conditional update, so a duplicate job (a retry, a re-queue) never runs an item twice.
  const [claimed] = await db.importItem.updateManyAndReturn({
    where: { id: itemId, status: 'queued' },
    data: { status: 'running', attempts: { increment: 1 } },
    select: { attempts: true, input: true, koreanFile: true, englishFile: true, batch: { select: { projectId: true, userId: true } } },
  });
  if (!claimed) return;
  // Writes only if this claim still holds: an item re-queued as stale and claimed again is not ours any more.
  const finish = (data: { status: 'done' | 'failed'; error: string | null; documentId?: string; title?: string }) =>
    db.importItem.updateMany({
      where: { id: itemId, status: 'running', attempts: claimed.attempts },
      data: { ...data, koreanFile: null, englishFile: null },
    });
  try {
    const actor = await loadActiveUser(claimed.batch.userId);
    if (!actor) throw new AppError('FORBIDDEN', 'The account that started this batch is no longer active.');
    const input = importItemInput.safeParse(claimed.input);
    if (!input.success) throw new AppError('INVALID_INPUT', 'This item has nothing to import.');
    const imported =
      input.data.kind === 'files'
        ? await importFilePair(actor, claimed.batch.projectId, input.data, { korean: claimed.koreanFile, english: claimed.englishFile })
        : await importUrlPair(actor, claimed.batch.projectId, input.data);
    await finish({
      status: 'done',
      documentId: imported.documentId,
      error: imported.warnings.map((w) => w.message).join(' ') || null,
      title: imported.title?.slice(0, 300) || undefined,
    });
  } catch (error) {
    const known = toAppError(error);
    if (!known) console.error('[jobs] import item failed', itemId, error);
    await finish({ status: 'failed', error: known?.message ?? 'Unexpected error while importing this item.' });
  }
}
