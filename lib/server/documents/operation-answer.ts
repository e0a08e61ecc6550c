import 'server-only';
import type { DocumentDelta, OperationDeltaAnswer } from '@/lib/alignment/document-delta';
import type { Alignment } from '@/lib/alignment/types';
import { db } from '@/lib/server/db';
import { changeDeltas, rememberDeltas } from './document-changes';
import { documentState, segmentsOf, undoFlags, type DocumentState, type Segments } from './document-state';

// What an operation, undo, redo or review decision answers, built just after the transaction that made it commits
// (outside the document's row lock).

/**
 * 'state' (default, for API clients): the whole new state, every bead and segment. 'delta' (the editor, decision
 * 046): the version, the caller's undo/redo flags and the changes since the caller's base version, in the shape the
 * live stream sends; on a 2,000-bead document a few hundred bytes instead of ~1 MB.
 */
export type AnswerForm = 'state' | 'delta';

export type OperationAnswer<F extends AnswerForm = 'state'> = F extends 'delta' ? OperationDeltaAnswer : DocumentState & Segments;

/** What the transaction made: the version and alignment now, and the delta of the change (null when it changed nothing). */
export interface ChangeOutcome {
  version: number;
  alignment: Alignment;
  delta: DocumentDelta | null;
}

export async function operationAnswer<F extends AnswerForm>(
  documentId: string,
  baseVersion: number,
  outcome: ChangeOutcome,
  form: F | undefined,
  userId: string,
): Promise<OperationAnswer<F>> {
  if (outcome.delta) rememberDeltas(documentId, [outcome.delta]); // committed: the live streams send it from memory
  if (form !== 'delta') {
    const state = await documentState(documentId, outcome.version, outcome.alignment, db, userId);
    return { ...segmentsOf(outcome.alignment), ...state } as OperationAnswer<F>;
  }
  // Other people's changes between the caller's version and this one come from the log (a stale operation that
  // did not meet them); the caller's own is at hand.
  const upTo = outcome.delta ? outcome.version - 1 : outcome.version;
  const [flags, earlier] = await Promise.all([undoFlags(db, documentId, userId), changeDeltas(db, documentId, baseVersion, upTo)]);
  const answer: OperationDeltaAnswer = {
    version: outcome.version,
    ...flags,
    changes: earlier === null ? null : outcome.delta ? [...earlier, outcome.delta] : earlier,
  };
  return answer as OperationAnswer<F>;
}
