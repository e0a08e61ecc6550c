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
import { auditWrite } from '@/lib/server/audit';
import type { Alignment } from '@/lib/alignment/types';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db, type Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { assertWritable, lockDocument, versionConflict } from '@/lib/server/review/document-lock';
import { Prisma } from '@/lib/generated/prisma/client';
import { readChangeContext } from './change-context';
import { counted } from './count-statements';
import { CHANGE_LOG_KEEP, deltaBeadIds, deltaOf, deltaWithExtras, forwardPatch, overlapConflict, writeChange } from './document-changes';
import { newId } from './new-id';
import { loadAlignmentAt, rememberAlignment, rememberWritten } from './load-alignment';
import { operationAnswer, type AnswerForm, type ChangeOutcome, type OperationAnswer } from './operation-answer';
import { fromLogJson, toLogJson } from './operation-json';
import { requestOperationSchema } from './apply-document-operation';
import { alignmentDiff, alignmentWrite, beadsToRead, runWrites } from './persist-alignment';
import { decisionsWrite, forgetReview, reviewWrite } from './review-decision-log';

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
  const outcome = await db.$transaction(async (transaction): Promise<ChangeOutcome> => {
    const tx = counted(transaction);
    // Under the lock (decision 052): this statement, the entry, one read (the changes since it was last applied,
    // the review data of the rows it rewrites) and one statement of writes; a review decision's side data adds its own.
    const locked = await lockDocument(tx, input.documentId, 'update');
    if (input.baseVersion > locked.version) throw versionConflict(locked.version);
    assertWritable(locked);
    const version = locked.version + 1;
    // Each person undoes their own changes (decision 042): the newest they made, or redoes the last they undid.
    const entry = await ownLastEntry(tx, input.documentId, actor.id, input.direction);
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
    const applied = applyStored(before, patch, locked.version, what);
    const result = applied instanceof Error ? null : applied;
    const change = result ? alignmentDiff(before, result.alignment) : null;
    const forward = result ? forwardPatch(result) : null;
    // Everyone else's changes since this one was last applied (or undone) must leave its place alone.
    const since = entry.lastApplied ?? entry.version;
    // A review decision's side data follows it: undo takes its ReviewDecision rows back, redo records them again,
    // with the alignment's rows in the one statement of writes, as the decision itself was (decision 052).
    const review = event === 'approve' || event === 'reject' ? reviewSchema.parse(entry.payload) : null;
    const redone = review && result && input.direction === 'redo' ? reviewWrite(review, result.alignment) : null;
    const seen = await readChangeContext(tx, {
      documentId: input.documentId,
      after: since,
      upTo: locked.version,
      beadIds: change && forward ? [...new Set([...beadsToRead(change, redone?.overrides.keys()), ...deltaBeadIds(forward)])] : [],
      commentBeadIds: forward ? deltaBeadIds(forward) : [],
    });
    const changes = seen.changes;
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
    if (!result || !change || !forward) throw applied;
    const footprint = operationFootprint(before, { type: 'restore' }, result);
    const others = (changes ?? []).filter((c) => c.userId !== actor.id);
    if (others.some((c) => footprintsMeet(c.footprint, footprint))) throw overlapConflict(before, footprint, others, locked.version, what);
    const alignment = alignmentWrite(input.documentId, change, seen.extras, redone?.overrides);
    // Undoing one restores the decision before it, which it must read: rare, so the alignment goes first in a
    // statement of its own, and the delta is read after.
    const forgotten = review && input.direction === 'undo';
    let delta;
    if (forgotten) {
      await runWrites(tx, alignment.ctes);
      await forgetReview(tx, input.documentId, entry.id, review);
      delta = await deltaOf(tx, input.documentId, version, actor.id, result);
    } else delta = deltaWithExtras(version, actor.id, result.alignment, forward, alignment.extras, seen.comments);
    const inverse = JSON.stringify(result.inverse);
    const written = await writeChange(
      tx,
      [
        ...(forgotten ? [] : alignment.ctes),
        // The decisions keep their first time, so the history reads as it happened.
        ...(redone ? decisionsWrite(input.documentId, entry.id, entry.userId, redone.decisions, entry.createdAt) : []),
        input.direction === 'undo'
          ? Prisma.sql`operation_undone AS (UPDATE "Operation" SET "undone" = true, "redo" = ${inverse}::jsonb WHERE "id" = ${entry.id})`
          : Prisma.sql`operation_redone AS (UPDATE "Operation" SET "undone" = false, "inverse" = ${inverse}::jsonb WHERE "id" = ${entry.id})`,
        auditWrite({
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
        }),
      ],
      { documentId: input.documentId, version, userId: actor.id, kind: input.direction, operationId: entry.id, footprint, delta },
    );
    rememberWritten(input.documentId, version, written.rowVersion, result.alignment);
    return { version, alignment: result.alignment, delta };
  });
  rememberAlignment(input.documentId, outcome.version, outcome.alignment);
  return operationAnswer(input.documentId, input.baseVersion, outcome, input.answer, actor.id);
}

interface OwnEntry {
  id: string;
  seq: number;
  version: number;
  kind: string;
  payload: Prisma.JsonValue;
  inverse: Prisma.JsonValue;
  redo: Prisma.JsonValue | null;
  userId: string;
  createdAt: Date;
  /** The version at which it was last applied, undone or redone (null before the change log: its own version). */
  lastApplied: number | null;
}

/** The caller's newest applied operation (undo) or first undone one (redo), and when it was last applied: one read. */
async function ownLastEntry(tx: Tx, documentId: string, userId: string, direction: 'undo' | 'redo'): Promise<OwnEntry | null> {
  const [entry] = await tx.$queryRaw<OwnEntry[]>`
    SELECT o."id", o."seq", o."version", o."kind", o."payload", o."inverse", o."redo", o."userId", o."createdAt",
      (SELECT max(c."version") FROM "DocumentChange" c WHERE c."documentId" = o."documentId" AND c."operationId" = o."id") AS "lastApplied"
    FROM "Operation" o
    WHERE o."documentId" = ${documentId} AND o."userId" = ${userId} AND o."undone" = ${direction === 'redo'}
    ORDER BY ${direction === 'undo' ? Prisma.sql`o."seq" DESC` : Prisma.sql`o."seq" ASC`} LIMIT 1`;
  return entry ?? null;
}

/** Whether no other operation was applied after this one (undo), or undone before it (redo). */
async function isNewestInLog(tx: Tx, documentId: string, seq: number, direction: 'undo' | 'redo'): Promise<boolean> {
  const other =
    direction === 'undo'
      ? await tx.operation.findFirst({ where: { documentId, undone: false, seq: { gt: seq } }, select: { id: true } })
      : await tx.operation.findFirst({ where: { documentId, undone: true, seq: { lt: seq } }, select: { id: true } });
  return other === null;
}

/**
 * The stored patch, placed by id on the current state; one that no longer fits is a conflict, said plainly. The
 * error is returned, not thrown: a change log that cannot tell is said first.
 */
function applyStored(before: Alignment, patch: LoggedOperation, currentVersion: number, what: string): OperationResult | AppError {
  try {
    return applyOperation(before, patch, { newId, anchored: true });
  } catch (error) {
    if (error instanceof OperationError)
      return new AppError('VERSION_CONFLICT', `The place it changed is not as it left it, so ${what}.`, { currentVersion });
    throw error;
  }
}

/** The beads an undone or redone operation named, in the state it applies to (after undo, or before redo). */
function loggedBeads(payload: unknown, appliesTo: Alignment) {
  const parsed = requestOperationSchema.safeParse(payload);
  return parsed.success ? operationBeads(parsed.data, appliesTo) : [];
}
