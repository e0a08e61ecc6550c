import 'server-only';
import { z } from 'zod';
import { applyOperation, isNoop, type OperationResult } from '@/lib/alignment/operations/apply-operation';
import { operationBeads } from '@/lib/alignment/operations/operation-beads';
import { footprintsMeet, operationFootprint } from '@/lib/alignment/operations/operation-footprint';
import { OperationError } from '@/lib/alignment/operation-error';
import { beadEventOf, reopenedBeadIds } from '@/lib/alignment/operations/operation-event';
import { operationSchema, type LoggedOperation, type Operation } from '@/lib/alignment/operations/operation-schema';
import type { Alignment } from '@/lib/alignment/types';
import { Prisma } from '@/lib/generated/prisma/client';
import { beadEventGate } from '@/lib/review/bead-transition';
import type { BeadEvent, DocumentStatus } from '@/lib/review/review-states';
import { documentAccess, type DocumentContext } from '@/lib/server/access';
import { auditWrite } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { lockDocument, versionConflict } from '@/lib/server/review/document-lock';
import { readChangeContext } from './change-context';
import { counted } from './count-statements';
import {
  CHANGE_LOG_KEEP,
  deltaBeadIds,
  deltaWithExtras,
  forwardPatch,
  overlapConflict,
  writeChange,
  tooFarBehind,
} from './document-changes';
import { newId } from './new-id';
import { loadAlignmentAt, rememberAlignment, rememberWritten } from './load-alignment';
import { operationAnswer, type AnswerForm, type ChangeOutcome, type OperationAnswer } from './operation-answer';
import { logOperationWrite } from './log-operation';
import { toLogJson } from './operation-json';
import { alignmentDiff, alignmentWrite, beadsToRead } from './persist-alignment';
import { planRealign } from './plan-realign';
import { projectLexicon } from './project-lexicon';
import { decisionsWrite, reviewWrite, type ReviewWrite } from './review-decision-log';

// Every change to a document's alignment goes through here (editor operations, realign, review decisions; undo
// and redo in undo-redo-operation.ts): one transaction that takes the document's row lock, applies the pure
// operation to the current state (a stale base version is fine when no change since meets the operation's
// footprint, decision 042), stores the difference, logs the operation with its exact inverse, bumps the version,
// writes the audit event and the change row that open editors receive as a delta.

export type { AnswerForm, OperationAnswer } from './operation-answer';

export const requestOperationSchema = z.union([
  operationSchema,
  z.object({ type: z.literal('realign'), fromBeadId: z.string().min(1).max(64) }),
]);
export type RequestOperation = z.infer<typeof requestOperationSchema>;

export const operationRequestSchema = z.object({ baseVersion: z.number().int().min(1), operation: requestOperationSchema });

/** Permission, writability and reason for one event, against the given document status. */
function gate(ctx: DocumentContext, status: DocumentStatus, event: BeadEvent, reason?: string): void {
  const result = beadEventGate(event, {
    role: ctx.role,
    policy: { reviewersMayEdit: ctx.project.reviewersMayEdit },
    documentStatus: status,
    reason,
  });
  if (!result.ok) throw new AppError(result.code, result.message);
}

/**
 * Realign runs the alignment engine, which may take seconds on a long document: it runs before the transaction,
 * so the row lock (and Prisma's interactive-transaction timeout) covers the writes only. The plan is made from the
 * state at `baseVersion`; the lock re-checks that version, so a change committed meanwhile is a 409, never a
 * plan applied to a state it was not made from.
 */
async function planRealignAt(ctx: DocumentContext, baseVersion: number, fromBeadId: string): Promise<{ before: Alignment; op: Operation }> {
  gate(ctx, ctx.document.status as DocumentStatus, 'edit'); // refuse before the engine runs; re-checked under the lock
  if (ctx.document.version !== baseVersion) throw versionConflict(ctx.document.version); // versions only grow
  const before = await loadAlignmentAt(ctx.document.id, baseVersion, db);
  const lexicon = await projectLexicon(ctx.project);
  return {
    before,
    op: await planRealign(before, fromBeadId, { srcLang: ctx.project.sourceLang, tgtLang: ctx.project.targetLang, lexicon }),
  };
}

/** The audit detail of an operation, with the beads it named numbered as they were (history rows name them). */
function auditDetail(
  requested: RequestOperation,
  op: LoggedOperation,
  before: Alignment,
  result: OperationResult,
): { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue } {
  const beads = operationBeads(requested, before);
  if (op.type === 'editText') {
    const old = [...before.source, ...before.target].find((s) => s.id === op.segmentId);
    const beadId = before.beads.find((b) => b.source.includes(op.segmentId) || b.target.includes(op.segmentId))?.id ?? null;
    return {
      before: { segmentId: op.segmentId, beadId, text: old?.text ?? '' },
      after: { segmentId: op.segmentId, beadId, text: op.text, beads },
    };
  }
  return { after: toLogJson({ operation: op, changed: result.changed, beads }) };
}

/**
 * Applies the operation to the current state. One sent against an older version that no longer makes sense
 * here (its bead is gone) is a conflict, not an invalid request: its author saw it make sense. The error is
 * returned, not thrown: a conflict with the change log is said first.
 */
function applyStale(before: Alignment, op: Operation, stale: boolean, currentVersion: number): OperationResult | Error {
  try {
    return applyOperation(before, op, { newId });
  } catch (error) {
    if (stale && error instanceof OperationError) return versionConflict(currentVersion);
    if (error instanceof Error) return error;
    throw error;
  }
}

/** What a review decision sets on its beads besides their status, and the decision rows; none for other operations. */
function sideWrites(op: Operation, result: OperationResult): ReviewWrite {
  if (op.type === 'review') return reviewWrite(op, result.alignment);
  // An edit that reopens an approved bead starts its review afresh; a reviewer rejecting it keeps their reason.
  return { overrides: new Map(reopenedBeadIds(result.changed).map((id) => [id, { rejectReason: null }])), decisions: [] };
}

export async function applyDocumentOperation<F extends AnswerForm = 'state'>(
  actor: SessionUser,
  input: {
    documentId: string;
    baseVersion: number;
    operation: RequestOperation;
    /** The whole new state (default) or the changes since `baseVersion` (decision 046). */
    answer?: F;
    /** The access a route already checked for this user and document (saves the second membership query). */
    access?: DocumentContext;
  },
): Promise<OperationAnswer<F>> {
  const ctx = await documentAccess(actor, input.documentId, 'document:read', input.access);
  const request = input.operation;
  const planned: { before: Alignment | null; op: Operation } =
    request.type === 'realign' ? await planRealignAt(ctx, input.baseVersion, request.fromBeadId) : { before: null, op: request };
  const outcome = await db.$transaction(async (transaction): Promise<ChangeOutcome> => {
    const tx = counted(transaction);
    // Realign was planned from the state at baseVersion, so it needs exactly that version; other operations are
    // planned here, on the current state, and a stale one is applied when nothing changed since meets it.
    // Under the lock: this statement, one read (the changes since the base, the review data of the rows the change
    // rewrites) and one statement of writes (decision 052); the alignment is the one this process last wrote.
    const locked = await lockDocument(tx, input.documentId, 'update', planned.before ? input.baseVersion : undefined);
    if (input.baseVersion > locked.version) throw versionConflict(locked.version);
    if (input.baseVersion < locked.version - CHANGE_LOG_KEEP) throw tooFarBehind(input.baseVersion, locked.version);
    const isStale = locked.version !== input.baseVersion;
    const version = locked.version + 1;
    const before = planned.before ?? (await loadAlignmentAt(input.documentId, locked.version, tx, locked.rowVersion));
    const op = planned.op;
    const applied = applyStale(before, op, isStale, locked.version);
    const result = applied instanceof Error ? null : applied;
    const change = result && !isNoop(result) ? alignmentDiff(before, result.alignment) : null;
    const side = change && result ? sideWrites(op, result) : null;
    const forward = change && result ? forwardPatch(result) : null;
    const seen =
      isStale || change
        ? await readChangeContext(tx, {
            documentId: input.documentId,
            after: input.baseVersion,
            upTo: locked.version,
            // The rows it rewrites or takes labels from, and those its delta carries whole.
            beadIds:
              change && side && forward ? [...new Set([...beadsToRead(change, side.overrides.keys()), ...deltaBeadIds(forward)])] : [],
            commentBeadIds: forward ? deltaBeadIds(forward) : [],
          })
        : null;
    if (seen && seen.changes === null) throw versionConflict(locked.version);
    const stale = seen?.changes ?? [];
    gate(ctx, locked.status, beadEventOf(op), op.type === 'review' ? op.reason : undefined);
    if (!result) throw applied;
    const footprint = operationFootprint(before, op, result);
    if (stale.some((c) => footprintsMeet(c.footprint, footprint)))
      throw overlapConflict(before, footprint, stale, locked.version, 'your change was not applied');
    if (!change || !side || !forward || !seen) return { version: locked.version, alignment: before, delta: null };
    const alignment = alignmentWrite(input.documentId, change, seen.extras, side.overrides);
    const logged = logOperationWrite({
      documentId: input.documentId,
      userId: actor.id,
      version,
      kind: beadEventOf(op),
      payload: request.type === 'realign' ? { ...request, planned: op } : request,
      inverse: result.inverse,
    });
    const delta = deltaWithExtras(version, actor.id, result.alignment, forward, alignment.extras, seen.comments);
    const written = await writeChange(
      tx,
      [
        ...alignment.ctes,
        ...logged.ctes,
        ...decisionsWrite(input.documentId, logged.id, actor.id, side.decisions),
        auditWrite({
          actorId: actor.id,
          action: `operation.${request.type}`,
          projectId: ctx.project.id,
          documentId: input.documentId,
          target: op.type === 'editText' ? op.segmentId : null,
          ...auditDetail(request, op, before, result),
        }),
      ],
      { documentId: input.documentId, version, userId: actor.id, kind: 'operation', operationId: logged.id, footprint, delta },
    );
    // Handed over before the commit, each trusted only by what proves that commit (decision 052).
    rememberWritten(input.documentId, version, written.rowVersion, result.alignment);
    return { version, alignment: result.alignment, delta };
  });
  rememberAlignment(input.documentId, outcome.version, outcome.alignment); // only once committed
  // The answer is built after the commit, so the row lock is held for the change alone: 16 editors queue on it.
  return operationAnswer(input.documentId, input.baseVersion, outcome, input.answer, actor.id);
}
