import 'server-only';
import { readZipPairs, ZIP_ERROR_APP_CODE, ZipError } from '@/lib/import/zip-pairs';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { AppError } from '@/lib/server/errors';
import { createImportBatch, type BatchRow } from './create-import-batch';

// Batch import from a zip of file pairs (`story.ko.txt` + `story.en.html`, or ko/ and en/ folders): each pair
// becomes one item whose two files are stored on the row until its job has run; files without a partner,
// unsupported or unreadable ones become failed items at once. A broken or hostile archive is refused whole.

export async function startZipBatchImport(actor: SessionUser, input: { projectId: string; zip: Uint8Array; fileName?: string | null }) {
  await projectAccess(actor, input.projectId, 'document:create');
  let parsed: ReturnType<typeof readZipPairs>;
  try {
    parsed = readZipPairs(input.zip);
  } catch (error) {
    if (error instanceof ZipError) throw new AppError(ZIP_ERROR_APP_CODE[error.code], error.message);
    throw error;
  }
  const rows: (BatchRow & { name: string })[] = [
    ...parsed.pairs.map((pair) => ({
      name: pair.name,
      title: pair.name,
      input: {
        kind: 'files' as const,
        korean: { fileName: pair.korean.fileName },
        english: { fileName: pair.english.fileName },
        title: null,
      },
      files: { korean: pair.korean.bytes, english: pair.english.bytes },
    })),
    ...parsed.errors.map((e) => ({ name: e.name, title: e.name, error: e.message, errorText: e.text })),
  ].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  return createImportBatch(actor, {
    projectId: input.projectId,
    source: input.fileName ?? 'batch.zip',
    rows,
    auditDetails: { format: 'zip', pairs: parsed.pairs.length, invalid: parsed.errors.length },
  });
}
