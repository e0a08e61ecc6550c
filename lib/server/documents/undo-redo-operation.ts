import 'server-only';
import { applyOperation, type OperationResult } from '@/lib/alignment/operations/apply-operation';
import { footprintsMeet, operationFootprint } from '@/lib/alignment/operations/operation-footprint';
import type { LoggedOperation } from '@/lib/alignment/operations/operation-schema';
import { OperationError } from '@/lib/alignment/operation-error';
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
import { db, type Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { assertWritable, lockDocument, versionConflict } from '@/lib/server/review/document-lock';
import { CHANGE_LOG_KEEP, changesSince, deltaOf, overlapConflict, recordChange } from './document-changes';
import { newId } from './new-id';
import { loadAlignmentAt, rememberAlignment } from './load-alignment';
import { operationAnswer, type AnswerForm, type ChangeOutcome, type OperationAnswer } from './operation-answer';
import { fromLogJson, toLogJson } from './operation-json';
import { requestOperationSchema } from './apply-document-operation';
import { persistAlignment } from './persist-alignment';
import { forgetReview, recordReview } from './review-decision-log';

// Undo (the caller's newest applied operation) or redo (the caller's last undone one), through the same locked
// path as applyDocumentOperation: the stored exact inverse (or redo patch), placed by id, is applied like any
// other operation, unless someone else changed the same place since (decision 042).

function eventOf(kind: string): BeadEvent | null {
  return (BEAD_EVENTS as readonly string[]).includes(kind) ? (kind as BeadEvent) : null;
}

export async function undoRedo<F extends AnswerForm = 'state'>(
  actor: SessionUser,
  input: {
    documentId: string;
    baseVersion: number;
    direction: 'undo' | 'redo';
    /** The whole new state (default) or the changes since `baseVersion` (decision 046). */
    answer?: F;
    /** The access a route already checked for this user and document (saves the second membership query). */
    access?: DocumentContext;
  },
): Promise<OperationAnswer<F>> {
  const ctx = await documentAccess(actor, input.documentId, 'document:read', input.access);
  const outcome = await db.$transaction(async (tx): Promise<ChangeOutcome> => {
    const locked = await lockDocument(tx, input.documentId, 'update');
    if (input.baseVersion > locked.version) throw versionConflict(locked.version);
    assertWritable(locked);
    const version = locked.version + 1;
    // Each person undoes their own changes (decision 042): the newest they made, or redoes the last they undid.
    const entry =
      input.direction === 'undo'
        ? await tx.operation.findFirst({
            where: { documentId: input.documentId, userId: actor.id, undone: false },
            orderBy: { seq: 'desc' },
          })
        : await tx.operation.findFirst({
            where: { documentId: input.documentId, userId: actor.id, undone: true },
            orderBy: { seq: 'asc' },
          });
    if (!entry)
      throw new AppError(
        'INVALID_OPERATION',
        input.direction === 'undo' ? 'You have no change of yours to undo.' : 'You have no undone change to redo.',
      );
    // Undoing a change needs the permission the change itself needed: editors undo edits, reviewers decisions.
    const event = eventOf(entry.kind);
    const needed = event ? BEAD_EVENT_ACTION[event] : 'document:align';
    if (!can(ctx.role, needed, { reviewersMayEdit: ctx.project.reviewersMayEdit })) {
      throw new AppError(
        'FORBIDDEN',
        event && isEditingEvent(event)
          ? `Your last change was an edit; a ${ctx.role} cannot ${input.direction} it.`
          : `Your last change was a review decision; only a reviewer can ${input.direction} it.`,
      );
    }
    const before = await loadAlignmentAt(input.documentId, locked.version, tx, locked.rowVersion);
    const patch = fromLogJson(input.direction === 'undo' ? entry.inverse : entry.redo);
    const what = `your ${input.direction === 'undo' ? 'last change' : 'undone change'} cannot be ${input.direction === 'undo' ? 'undone' : 'redone'}`;
    // Everyone else's changes since this one was last applied (or undone) must leave its place alone.
    const since = await lastAppliedVersion(tx, input.documentId, entry.id, entry.version);
    const changes = await changesSince(tx, input.documentId, since, locked.version);
    // Changes made before the change log existed, or pruned from it (decision 046), have no footprint: then only
    // the rule from before co-editing holds, the caller's version is the current one and this is the document's
    // newest change (or last undone).
    if (
      changes === null &&
      (input.baseVersion !== locked.version || !(await isNewestInLog(tx, input.documentId, entry.seq, input.direction)))
    )
      throw new AppError(
        'VERSION_CONFLICT',
        since < locked.version - CHANGE_LOG_KEEP
          ? `Your change was made more than ${CHANGE_LOG_KEEP.toLocaleString('en')} changes ago and the document changed since, so ${what}.`
          : `The document changed since in a way not logged for co-editing, so ${what}.`,
        { currentVersion: locked.version },
      );
    const result = applyStored(before, patch, locked.version, what);
    const footprint = operationFootprint(before, { type: 'restore' }, result);
    const others = (changes ?? []).filter((change) => change.userId !== actor.id);
    if (others.some((change) => footprintsMeet(change.footprint, footprint)))
      throw overlapConflict(before, footprint, others, locked.version, what);
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
    const delta = await deltaOf(tx, input.documentId, version, actor.id, result);
    await recordChange(tx, {
      documentId: input.documentId,
      version,
      userId: actor.id,
      kind: input.direction,
      operationId: entry.id,
      footprint,
      delta,
    });
    return { version, alignment: result.alignment, delta };
  });
  rememberAlignment(input.documentId, outcome.version, outcome.alignment);
  return operationAnswer(input.documentId, input.baseVersion, outcome, input.answer, actor.id);
}

/** The version at which an operation was last applied, undone or redone (its own version before the change log). */
async function lastAppliedVersion(tx: Tx, documentId: string, operationId: string, fallback: number): Promise<number> {
  const last = await tx.documentChange.findFirst({
    where: { documentId, operationId },
    orderBy: { version: 'desc' },
    select: { version: true },
  });
  return last?.version ?? fallback;
}

/** Whether no other operation was applied after this one (undo), or undone before it (redo). */
async function isNewestInLog(tx: Tx, documentId: string, seq: number, direction: 'undo' | 'redo'): Promise<boolean> {
  const other =
    direction === 'undo'
      ? await tx.operation.findFirst({ where: { documentId, undone: false, seq: { gt: seq } }, select: { id: true } })
      : await tx.operation.findFirst({ where: { documentId, undone: true, seq: { lt: seq } }, select: { id: true } });
  return other === null;
}

/** The stored patch, placed by id on the current state; one that no longer fits is a conflict, said plainly. */
function applyStored(before: Alignment, patch: LoggedOperation, currentVersion: number, what: string): OperationResult {
  try {
    return applyOperation(before, patch, { newId, anchored: true });
  } catch (error) {
    if (error instanceof OperationError)
      throw new AppError('VERSION_CONFLICT', `The place it changed is not as it left it, so ${what}.`, { currentVersion });
    throw error;
  }
}

/** The beads an undone or redone operation named, in the state it applies to (after undo, or before redo). */
function loggedBeads(payload: unknown, appliesTo: Alignment) {
  const parsed = requestOperationSchema.safeParse(payload);
  return parsed.success ? operationBeads(parsed.data, appliesTo) : [];
}
