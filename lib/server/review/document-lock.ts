import 'server-only';
import { DOCUMENT_READ_ONLY_MESSAGE, isDocumentReadOnly } from '@/lib/review/document-transition';
import type { DocumentStatus } from '@/lib/review/review-states';
import type { Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';

// The one row lock on a document. Every change that depends on the document's status or version reads both here,
// inside its transaction: operations, undo/redo and sign-off take it FOR UPDATE, labels and comments FOR SHARE, so
// a sign-off cannot interleave with any of them.

export interface LockedDocument {
  status: DocumentStatus;
  version: number;
  /** The row's xmin: which transaction wrote the row as it is (a process recognises a row version it wrote, decision 052). */
  rowVersion: string;
}

/** The one answer to a stale `baseVersion` (409 with the version the caller should reload). */
export function versionConflict(currentVersion: number): AppError {
  return new AppError('VERSION_CONFLICT', 'Someone else changed this document since you loaded it. Reload and try again.', {
    currentVersion,
  });
}

/**
 * `update` for changes to the document row itself (operations, submit, sign-off, reopen); `share` for changes
 * next to it (labels, comments) that only need the status to hold still until they commit.
 */
export async function lockDocument(tx: Tx, documentId: string, mode: 'update' | 'share', baseVersion?: number): Promise<LockedDocument> {
  const rows =
    mode === 'update'
      ? await tx.$queryRaw<
          LockedDocument[]
        >`SELECT "status"::text AS "status", "version", xmin::text AS "rowVersion" FROM "Document" WHERE "id" = ${documentId} FOR UPDATE`
      : await tx.$queryRaw<
          LockedDocument[]
        >`SELECT "status"::text AS "status", "version", xmin::text AS "rowVersion" FROM "Document" WHERE "id" = ${documentId} FOR SHARE`;
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', 'That document was not found.');
  if (baseVersion !== undefined && baseVersion !== row.version) throw versionConflict(row.version);
  return row;
}

export function assertWritable(document: LockedDocument): void {
  if (isDocumentReadOnly(document.status)) throw new AppError('DOCUMENT_LOCKED', DOCUMENT_READ_ONLY_MESSAGE);
}
