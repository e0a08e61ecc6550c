import 'server-only';
import { applyOperation } from '@/lib/alignment/operations/apply-operation';
import { operationBeads } from '@/lib/alignment/operations/operation-beads';
import { isEditingEvent } from '@/lib/alignment/operations/operation-event';
import { reviewSchema } from '@/lib/alignment/operations/operation-schema';
import { can } from '@/lib/permissions';
import { BEAD_EVENT_ACTION } from '@/lib/review/bead-transition';
import { BEAD_EVENTS, type BeadEvent } from '@/lib/review/review-states';
import { documentAccess, type DocumentContext } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { Alignment } from '@/lib/alignment/types';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { assertWritable, lockDocument } from '@/lib/server/review/document-lock';
import { newId } from './new-id';
import { loadAlignmentAt, rememberAlignment } from './load-alignment';
import { operationAnswer, type OperationAnswer, type SegmentsInAnswer } from './operation-answer';
import { fromLogJson, toLogJson } from './operation-json';
import { requestOperationSchema } from './apply-document-operation';
import { persistAlignment } from './persist-alignment';
import { forgetReview, recordReview } from './review-decision-log';

// Undo (the newest applied operation) or redo (the oldest undone one), through the same locked path as
// applyDocumentOperation: the stored exact inverse (or redo patch) is applied like any other operation.

function eventOf(kind: string): BeadEvent | null {
  return (BEAD_EVENTS as readonly string[]).includes(kind) ? (kind as BeadEvent) : null;
}

export async function undoRedo<M extends SegmentsInAnswer = 'all'>(
  actor: SessionUser,
  input: {
    documentId: string;
    baseVersion: number;
    direction: 'undo' | 'redo';
    segments?: M;
    /** The access a route already checked for this user and document (saves the second membership query). */
    access?: DocumentContext;
  },
): Promise<OperationAnswer<M>> {
  const ctx = await documentAccess(actor, input.documentId, 'document:read', input.access);
  const outcome = await db.$transaction(async (tx) => {
    const locked = await lockDocument(tx, input.documentId, 'update', input.baseVersion);
    assertWritable(locked);
    const version = locked.version + 1;
    const entry =
      input.direction === 'undo'
        ? await tx.operation.findFirst({ where: { documentId: input.documentId, undone: false }, orderBy: { seq: 'desc' } })
        : await tx.operation.findFirst({ where: { documentId: input.documentId, undone: true }, orderBy: { seq: 'asc' } });
    if (!entry)
      throw new AppError('INVALID_OPERATION', input.direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.');
    // Undoing a change needs the permission the change itself needed: editors undo edits, reviewers decisions.
    const event = eventOf(entry.kind);
    const needed = event ? BEAD_EVENT_ACTION[event] : 'document:align';
    if (!can(ctx.role, needed, { reviewersMayEdit: ctx.project.reviewersMayEdit })) {
      throw new AppError(
        'FORBIDDEN',
        event && isEditingEvent(event)
          ? `The last change was an edit; a ${ctx.role} cannot ${input.direction} it.`
          : `The last change was a review decision; only a reviewer can ${input.direction} it.`,
      );
    }
    const before = await loadAlignmentAt(input.documentId, input.baseVersion, tx);
    const patch = fromLogJson(input.direction === 'undo' ? entry.inverse : entry.redo);
    const result = applyOperation(before, patch, { newId });
    await persistAlignment(tx, input.documentId, before, result.alignment);
    // A review decision's side data follows it: undo takes its ReviewDecision rows back, redo records them again.
    const review = event === 'approve' || event === 'reject' ? reviewSchema.parse(entry.payload) : null;
    if (review && input.direction === 'undo') await forgetReview(tx, input.documentId, entry.id, review);
    if (review && input.direction === 'redo') {
      await recordReview(
        tx,
        { documentId: input.documentId, operationId: entry.id, reviewerId: entry.userId, at: entry.createdAt },
        review,
        result.alignment,
      );
    }
    await tx.operation.update({
      where: { id: entry.id },
      data:
        input.direction === 'undo'
          ? { undone: true, redo: toLogJson(result.inverse) }
          : { undone: false, inverse: toLogJson(result.inverse), redo: undefined },
    });
    await tx.document.update({ where: { id: input.documentId }, data: { version } });
    await audit(tx, {
      actorId: actor.id,
      action: `operation.${input.direction}`,
      projectId: ctx.project.id,
      documentId: input.documentId,
      target: entry.id,
      // Undo restores the state the operation was applied to; redo starts from it: its beads are numbered there.
      after: toLogJson({
        seq: entry.seq,
        operation: entry.payload,
        beads: loggedBeads(entry.payload, input.direction === 'undo' ? result.alignment : before),
      }),
    });
    return {
      version,
      alignment: result.alignment,
      state: await operationAnswer(tx, input.documentId, version, result.alignment, input.segments, result),
    };
  });
  rememberAlignment(input.documentId, outcome.version, outcome.alignment);
  return outcome.state;
}

/** The beads an undone or redone operation named, in the state it applies to (after undo, or before redo). */
function loggedBeads(payload: unknown, appliesTo: Alignment) {
  const parsed = requestOperationSchema.safeParse(payload);
  return parsed.success ? operationBeads(parsed.data, appliesTo) : [];
}
