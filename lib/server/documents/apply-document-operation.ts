import { z } from 'zod';
import { applyOperation, isNoop, type OperationResult } from '@/lib/alignment/operations/apply-operation';
import { beadEventOf, isEditingEvent, reopenedBeadIds } from '@/lib/alignment/operations/operation-event';
import { operationSchema, reviewSchema, type LoggedOperation, type Operation } from '@/lib/alignment/operations/operation-schema';
import type { Alignment } from '@/lib/alignment/types';
import { Prisma } from '@/lib/generated/prisma/client';
import { can } from '@/lib/permissions';
import { BEAD_EVENT_ACTION, beadEventGate } from '@/lib/review/bead-transition';
import type { BeadEvent } from '@/lib/review/review-states';
import { documentAccess, type DocumentContext } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db, type Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { assertWritable, lockDocument, type LockedDocument } from '@/lib/server/review/document-lock';
import { newId } from './auto-align';
import { documentState, segmentsOf, type DocumentState, type Segments } from './document-state';
import { loadAlignmentAt, rememberAlignment } from './load-alignment';
import { persistAlignment } from './persist-alignment';
import { planRealign } from './plan-realign';
import { projectLexicon } from './project-lexicon';

// Every change to a document's alignment goes through here (editor operations, realign, review decisions, undo,
// redo): one transaction that checks the base version under a row lock, applies the pure operation, stores the
// difference, logs the operation with its exact inverse, bumps the version and writes the audit event.

export const requestOperationSchema = z.union([
  operationSchema,
  z.object({ type: z.literal('realign'), fromBeadId: z.string().min(1).max(64) }),
]);
export type RequestOperation = z.infer<typeof requestOperationSchema>;

/**
 * 'all' (default): the answer carries every segment. 'changed': segments only when the change touched one, so
 * the editor's answer to a merge on a 2,000-bead document is ~1/5 the size (it keeps the segments it has).
 */
export type SegmentsInAnswer = 'all' | 'changed';

/** What an operation answers: the new state, with the segments always ('all') or when they changed. */
export type OperationAnswer<M extends SegmentsInAnswer = 'all'> = DocumentState & (M extends 'changed' ? Partial<Segments> : Segments);

async function answer<M extends SegmentsInAnswer>(
  tx: Tx, documentId: string, version: number, alignment: Alignment, mode: M | undefined, result: OperationResult,
): Promise<OperationAnswer<M>> {
  const state = await documentState(documentId, version, alignment, tx);
  const segments = mode !== 'changed' || result.changed.segments.length > 0 ? segmentsOf(alignment) : {};
  return { ...segments, ...state } as OperationAnswer<M>;
}

export const operationRequestSchema = z.object({ baseVersion: z.number().int().min(1), operation: requestOperationSchema });

/** Checked against the status read under the row lock, so a sign-off committed meanwhile is seen. */
function gate(ctx: DocumentContext, locked: LockedDocument, op: Operation): void {
  const event = beadEventOf(op);
  const reason = op.type === 'review' ? op.reason : undefined;
  const result = beadEventGate(event, { role: ctx.role, policy: { reviewersMayEdit: ctx.project.reviewersMayEdit }, documentStatus: locked.status, reason });
  if (!result.ok) throw new AppError(result.code, result.message);
}

function textsOf(alignment: Alignment, beadId: string): { source: string; target: string } {
  const bead = alignment.beads.find((b) => b.id === beadId);
  const text = new Map([...alignment.source, ...alignment.target].map((s) => [s.id, s.text]));
  return { source: (bead?.source ?? []).map((id) => text.get(id)).join(' '), target: (bead?.target ?? []).map((id) => text.get(id)).join(' ') };
}

/**
 * Review side data that lives next to the alignment: the texts as of the last decision (approve or reject), the
 * base of "changed since review" and the reviewer's diff, and the rejection reason. Each ReviewDecision row
 * points at the operation that recorded it, so undo can take it back and redo can record it again.
 */
type ReviewOperation = Extract<Operation, { type: 'review' }>;
interface DecisionOrigin {
  documentId: string;
  operationId: string;
  reviewerId: string;
  /** Redo passes the original decision's time, so the history reads as it happened. */
  at?: Date;
}

async function recordReview(tx: Tx, origin: DecisionOrigin, op: ReviewOperation, after: Alignment): Promise<void> {
  if (op.event !== 'approve' && op.event !== 'reject') return;
  const rejectReason = op.event === 'reject' ? op.reason ?? null : null;
  for (const beadId of op.beadIds) {
    const snapshot = textsOf(after, beadId);
    await tx.bead.update({ where: { id: beadId }, data: { reviewedSnapshot: snapshot, rejectReason } });
    await tx.reviewDecision.create({
      data: {
        documentId: origin.documentId, beadId, reviewerId: origin.reviewerId, operationId: origin.operationId,
        decision: op.event, reason: op.reason ?? null, snapshot, ...(origin.at ? { createdAt: origin.at } : {}),
      },
    });
  }
}

/**
 * Takes back the decisions an undone operation recorded. Undo always takes the newest operation, so the newest
 * remaining decision on each bead is the one that held before it; the bead's snapshot and reason come from that
 * (or nothing, when no decision remains).
 */
async function forgetReview(tx: Tx, documentId: string, operationId: string, op: ReviewOperation): Promise<void> {
  if (op.event !== 'approve' && op.event !== 'reject') return;
  await tx.reviewDecision.deleteMany({ where: { documentId, operationId } });
  const remaining = await tx.reviewDecision.findMany({
    where: { documentId, beadId: { in: op.beadIds } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { beadId: true, decision: true, reason: true, snapshot: true },
  });
  const latest = new Map<string, (typeof remaining)[number]>();
  for (const d of remaining) if (!latest.has(d.beadId)) latest.set(d.beadId, d);
  const undecided = op.beadIds.filter((id) => !latest.has(id));
  if (undecided.length) await tx.bead.updateMany({ where: { documentId, id: { in: undecided } }, data: { reviewedSnapshot: Prisma.DbNull, rejectReason: null } });
  for (const d of latest.values()) {
    await tx.bead.updateMany({
      where: { documentId, id: d.beadId },
      data: { reviewedSnapshot: d.snapshot ?? Prisma.DbNull, rejectReason: d.decision === 'reject' ? d.reason : null },
    });
  }
}

function auditDetail(op: LoggedOperation, before: Alignment, result: OperationResult): { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue } {
  if (op.type === 'editText') {
    const old = [...before.source, ...before.target].find((s) => s.id === op.segmentId);
    const beadId = before.beads.find((b) => b.source.includes(op.segmentId) || b.target.includes(op.segmentId))?.id ?? null;
    return { before: { segmentId: op.segmentId, beadId, text: old?.text ?? '' }, after: { segmentId: op.segmentId, beadId, text: op.text } };
  }
  return { after: { operation: op as unknown as Prisma.InputJsonValue, changed: result.changed as unknown as Prisma.InputJsonValue } };
}

export async function applyDocumentOperation<M extends SegmentsInAnswer = 'all'>(
  actor: SessionUser,
  input: { documentId: string; baseVersion: number; operation: RequestOperation; segments?: M },
): Promise<OperationAnswer<M>> {
  const ctx = await documentAccess(actor, input.documentId, 'document:read');
  const lexicon = input.operation.type === 'realign' ? await projectLexicon(ctx.project) : undefined;
  const outcome = await db.$transaction(async (tx) => {
    const locked = await lockDocument(tx, input.documentId, 'update', input.baseVersion);
    const version = locked.version + 1;
    const before = await loadAlignmentAt(input.documentId, input.baseVersion, tx);
    const op: Operation = input.operation.type === 'realign'
      ? planRealign(before, input.operation.fromBeadId, { srcLang: ctx.project.sourceLang, tgtLang: ctx.project.targetLang, lexicon })
      : input.operation;
    gate(ctx, locked, op);
    const result = applyOperation(before, op, { newId });
    if (isNoop(result)) return { version: input.baseVersion, alignment: before, state: await answer(tx, input.documentId, input.baseVersion, before, input.segments, result) };
    await persistAlignment(tx, input.documentId, before, result.alignment);
    await tx.operation.deleteMany({ where: { documentId: input.documentId, undone: true } }); // a new change ends the redo stack
    const last = await tx.operation.findFirst({ where: { documentId: input.documentId }, orderBy: { seq: 'desc' }, select: { seq: true } });
    const logged = await tx.operation.create({
      data: {
        documentId: input.documentId, userId: actor.id, seq: (last?.seq ?? 0) + 1, version, kind: beadEventOf(op),
        payload: { ...(input.operation as object), ...(input.operation.type === 'realign' ? { planned: op } : {}) } as Prisma.InputJsonValue,
        inverse: result.inverse as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    if (op.type === 'review') await recordReview(tx, { documentId: input.documentId, operationId: logged.id, reviewerId: actor.id }, op, result.alignment);
    // An edit that reopens an approved bead starts its review afresh; a reviewer rejecting it keeps their reason.
    const reopened = op.type === 'review' ? [] : reopenedBeadIds(result.changed);
    if (reopened.length) await tx.bead.updateMany({ where: { id: { in: reopened } }, data: { rejectReason: null } });
    await tx.document.update({ where: { id: input.documentId }, data: { version } });
    await audit(tx, {
      actorId: actor.id, action: `operation.${input.operation.type}`, projectId: ctx.project.id, documentId: input.documentId,
      target: op.type === 'editText' ? op.segmentId : null, ...auditDetail(op, before, result),
    });
    return { version, alignment: result.alignment, state: await answer(tx, input.documentId, version, result.alignment, input.segments, result) };
  });
  rememberAlignment(input.documentId, outcome.version, outcome.alignment); // only once committed
  return outcome.state;
}

/** Undo (the newest applied operation) or redo (the oldest undone one), through the same locked path. */
export async function undoRedo<M extends SegmentsInAnswer = 'all'>(
  actor: SessionUser,
  input: { documentId: string; baseVersion: number; direction: 'undo' | 'redo'; segments?: M },
): Promise<OperationAnswer<M>> {
  const ctx = await documentAccess(actor, input.documentId, 'document:read');
  const outcome = await db.$transaction(async (tx) => {
    const locked = await lockDocument(tx, input.documentId, 'update', input.baseVersion);
    assertWritable(locked);
    const version = locked.version + 1;
    const entry = input.direction === 'undo'
      ? await tx.operation.findFirst({ where: { documentId: input.documentId, undone: false }, orderBy: { seq: 'desc' } })
      : await tx.operation.findFirst({ where: { documentId: input.documentId, undone: true }, orderBy: { seq: 'asc' } });
    if (!entry) throw new AppError('INVALID_OPERATION', input.direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.');
    // Undoing a change needs the permission the change itself needed: editors undo edits, reviewers decisions.
    const needed = BEAD_EVENT_ACTION[entry.kind as BeadEvent] ?? 'document:align';
    if (!can(ctx.role, needed, { reviewersMayEdit: ctx.project.reviewersMayEdit })) {
      throw new AppError('FORBIDDEN', isEditingEvent(entry.kind as BeadEvent)
        ? `The last change was an edit; a ${ctx.role} cannot ${input.direction} it.`
        : `The last change was a review decision; only a reviewer can ${input.direction} it.`);
    }
    const before = await loadAlignmentAt(input.documentId, input.baseVersion, tx);
    const patch = (input.direction === 'undo' ? entry.inverse : entry.redo) as unknown as LoggedOperation;
    const result = applyOperation(before, patch, { newId });
    await persistAlignment(tx, input.documentId, before, result.alignment);
    // A review decision's side data follows it: undo takes its ReviewDecision rows back, redo records them again.
    const review = entry.kind === 'approve' || entry.kind === 'reject' ? reviewSchema.parse(entry.payload) : null;
    if (review && input.direction === 'undo') await forgetReview(tx, input.documentId, entry.id, review);
    if (review && input.direction === 'redo') {
      await recordReview(tx, { documentId: input.documentId, operationId: entry.id, reviewerId: entry.userId, at: entry.createdAt }, review, result.alignment);
    }
    await tx.operation.update({
      where: { id: entry.id },
      data: input.direction === 'undo'
        ? { undone: true, redo: result.inverse as unknown as Prisma.InputJsonValue }
        : { undone: false, inverse: result.inverse as unknown as Prisma.InputJsonValue, redo: undefined },
    });
    await tx.document.update({ where: { id: input.documentId }, data: { version } });
    await audit(tx, {
      actorId: actor.id, action: `operation.${input.direction}`, projectId: ctx.project.id, documentId: input.documentId,
      target: entry.id, after: { seq: entry.seq, operation: entry.payload as Prisma.InputJsonValue },
    });
    return { version, alignment: result.alignment, state: await answer(tx, input.documentId, version, result.alignment, input.segments, result) };
  });
  rememberAlignment(input.documentId, outcome.version, outcome.alignment);
  return outcome.state;
}
