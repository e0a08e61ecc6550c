import 'server-only';
import type { OperationResult } from '@/lib/alignment/operations/apply-operation';
import type { Alignment } from '@/lib/alignment/types';
import type { db, Tx } from '@/lib/server/db';
import { documentState, segmentsOf, type DocumentState, type Segments } from './document-state';

// What an operation, undo or redo answers: the new state, built just after the transaction that made it commits
// (outside the document's row lock; labels and comment counts are not versioned, the alignment is the committed one).

/**
 * 'all' (default): the answer carries every segment. 'changed': segments only when the change touched one, so
 * the editor's answer to a merge on a 2,000-bead document is ~1/5 the size (it keeps the segments it has).
 */
export type SegmentsInAnswer = 'all' | 'changed';

/** The new state, with the segments always ('all') or when they changed. */
export type OperationAnswer<M extends SegmentsInAnswer = 'all'> = DocumentState & (M extends 'changed' ? Partial<Segments> : Segments);

export async function operationAnswer<M extends SegmentsInAnswer>(
  client: Tx | typeof db,
  documentId: string,
  version: number,
  alignment: Alignment,
  mode: M | undefined,
  result: OperationResult,
  userId: string,
): Promise<OperationAnswer<M>> {
  const state = await documentState(documentId, version, alignment, client, userId);
  const segments = mode !== 'changed' || result.changed.segments.length > 0 ? segmentsOf(alignment) : {};
  return { ...segments, ...state } as OperationAnswer<M>;
}
