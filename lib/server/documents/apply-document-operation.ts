import 'server-only';
import { z } from 'zod';
import { applyOperation, isNoop, type OperationResult } from '@/lib/alignment/operations/apply-operation';
import { operationBeads } from '@/lib/alignment/operations/operation-beads';
import { beadEventOf, reopenedBeadIds } from '@/lib/alignment/operations/operation-event';
import { operationSchema, type LoggedOperation, type Operation } from '@/lib/alignment/operations/operation-schema';
import type { Alignment } from '@/lib/alignment/types';
import type { Prisma } from '@/lib/generated/prisma/client';
import { beadEventGate } from '@/lib/review/bead-transition';
import type { BeadEvent, DocumentStatus } from '@/lib/review/review-states';
import { documentAccess, type DocumentContext } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { lockDocument, versionConflict } from '@/lib/server/review/document-lock';
import { newId } from './new-id';
import { loadAlignmentAt, rememberAlignment } from './load-alignment';
import { operationAnswer, type OperationAnswer, type SegmentsInAnswer } from './operation-answer';
import { toLogJson } from './operation-json';
import { persistAlignment } from './persist-alignment';
import { planRealign } from './plan-realign';
import { projectLexicon } from './project-lexicon';
import { recordReview } from './review-decision-log';

// Every change to a document's alignment goes through here (editor operations, realign, review decisions; undo
// and redo in undo-redo-operation.ts): one transaction that checks the base version under the document's row
// lock, applies the pure operation, stores the difference, logs the operation with its exact inverse, bumps the
// version and writes the audit event.

export type { OperationAnswer, SegmentsInAnswer } from './operation-answer';

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

export async function applyDocumentOperation<M extends SegmentsInAnswer = 'all'>(
  actor: SessionUser,
  input: {
    documentId: string;
    baseVersion: number;
    operation: RequestOperation;
    segments?: M;
    /** The access a route already checked for this user and document (saves the second membership query). */
    access?: DocumentContext;
  },
): Promise<OperationAnswer<M>> {
  const ctx = await documentAccess(actor, input.documentId, 'document:read', input.access);
  const request = input.operation;
  const planned: { before: Alignment | null; op: Operation } =
    request.type === 'realign' ? await planRealignAt(ctx, input.baseVersion, request.fromBeadId) : { before: null, op: request };
  const outcome = await db.$transaction(async (tx) => {
    const locked = await lockDocument(tx, input.documentId, 'update', input.baseVersion);
    const version = locked.version + 1;
    const before = planned.before ?? (await loadAlignmentAt(input.documentId, input.baseVersion, tx));
    const op = planned.op;
    gate(ctx, locked.status, beadEventOf(op), op.type === 'review' ? op.reason : undefined);
    const result = applyOperation(before, op, { newId });
    if (isNoop(result))
      return {
        version: input.baseVersion,
        alignment: before,
        state: await operationAnswer(tx, input.documentId, input.baseVersion, before, input.segments, result),
      };
    await persistAlignment(tx, input.documentId, before, result.alignment);
    await tx.operation.deleteMany({ where: { documentId: input.documentId, undone: true } }); // a new change ends the redo stack
    const last = await tx.operation.findFirst({ where: { documentId: input.documentId }, orderBy: { seq: 'desc' }, select: { seq: true } });
    const logged = await tx.operation.create({
      data: {
        documentId: input.documentId,
        userId: actor.id,
        seq: (last?.seq ?? 0) + 1,
        version,
        kind: beadEventOf(op),
        payload: toLogJson(request.type === 'realign' ? { ...request, planned: op } : request),
        inverse: toLogJson(result.inverse),
      },
      select: { id: true },
    });
    if (op.type === 'review')
      await recordReview(tx, { documentId: input.documentId, operationId: logged.id, reviewerId: actor.id }, op, result.alignment);
    // An edit that reopens an approved bead starts its review afresh; a reviewer rejecting it keeps their reason.
    const reopened = op.type === 'review' ? [] : reopenedBeadIds(result.changed);
    if (reopened.length) await tx.bead.updateMany({ where: { id: { in: reopened } }, data: { rejectReason: null } });
    await tx.document.update({ where: { id: input.documentId }, data: { version } });
    await audit(tx, {
      actorId: actor.id,
      action: `operation.${request.type}`,
      projectId: ctx.project.id,
      documentId: input.documentId,
      target: op.type === 'editText' ? op.segmentId : null,
      ...auditDetail(request, op, before, result),
    });
    return {
      version,
      alignment: result.alignment,
      state: await operationAnswer(tx, input.documentId, version, result.alignment, input.segments, result),
    };
  });
  rememberAlignment(input.documentId, outcome.version, outcome.alignment); // only once committed
  return outcome.state;
}
