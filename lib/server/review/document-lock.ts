import type { DocumentStatus } from '@/lib/review/review-states';
import type { Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';

// Review changes read the document's status inside their transaction under a row lock, so a sign-off cannot
// interleave with a bead operation, a label or a comment (apply-document-operation takes the same row lock).

export interface LockedDocument {
  status: DocumentStatus;
  version: number;
}

/**
 * `update` for changes to the document row itself (submit, sign-off, reopen); `share` for changes next to it
 * (labels, comments) that only need the status to hold still until they commit.
 */
export async function lockDocument(tx: Tx, documentId: string, mode: 'update' | 'share', baseVersion?: number): Promise<LockedDocument> {
  const rows = mode === 'update'
    ? await tx.$queryRaw<LockedDocument[]>`SELECT "status"::text AS "status", "version" FROM "Document" WHERE "id" = ${documentId} FOR UPDATE`
    : await tx.$queryRaw<LockedDocument[]>`SELECT "status"::text AS "status", "version" FROM "Document" WHERE "id" = ${documentId} FOR SHARE`;
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', 'That document was not found.');
  if (baseVersion !== undefined && baseVersion !== row.version) {
    throw new AppError('VERSION_CONFLICT', 'Someone else changed this document since you loaded it. Reload and try again.', { currentVersion: row.version });
  }
  return row;
}

export function assertWritable(document: LockedDocument): void {
  if (document.status === 'approved') {
    throw new AppError('DOCUMENT_LOCKED', 'The document is signed off and read-only until a reviewer reopens it.');
  }
}
