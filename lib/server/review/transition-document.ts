import 'server-only';
import { isEditingEvent } from '@/lib/alignment/operations/operation-event';
import { documentTransition } from '@/lib/review/document-transition';
import { BEAD_EVENTS, countPendingBeads, type DocumentEvent } from '@/lib/review/review-states';
import { documentAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { recordChange } from '@/lib/server/documents/document-changes';
import { lockDocument } from './document-lock';

// The shared core of submit, sign-off and reopen: the document's status changes only as the pure table in
// lib/review/document-transition.ts allows, read under a row lock and written together with its audit event
// in one transaction. The version is bumped so open editors notice (their next heartbeat or operation sees it).

/** Operation kinds that make their author an editor of the document for four-eyes purposes. */
/** A revision's author shaped the document's text too (decision 045). */
export const EDITING_KINDS: readonly string[] = [...BEAD_EVENTS.filter(isEditingEvent), 'revision'];

import type { DocumentTransitionResult } from '@/lib/alignment/review-view-schema';

export type { DocumentTransitionResult };

const AUDIT_ACTION: Record<DocumentEvent, string> = {
  submit: 'document.submit',
  signOff: 'document.sign-off',
  reopen: 'document.reopen',
};

export async function transitionDocument(
  actor: SessionUser,
  input: { documentId: string; event: DocumentEvent; reason?: string | null; baseVersion?: number },
): Promise<DocumentTransitionResult> {
  const ctx = await documentAccess(actor, input.documentId, 'document:read');
  const reason = input.reason?.trim() || null;
  return db.$transaction(async (tx) => {
    const locked = await lockDocument(tx, input.documentId, 'update', input.baseVersion);
    const [statuses, edits] = await Promise.all([
      input.event === 'signOff' ? tx.bead.findMany({ where: { documentId: input.documentId }, select: { status: true } }) : [],
      input.event === 'signOff'
        ? tx.operation.count({ where: { documentId: input.documentId, userId: actor.id, undone: false, kind: { in: [...EDITING_KINDS] } } })
        : 0,
    ]);
    const result = documentTransition(locked.status, input.event, {
      role: ctx.role,
      fourEyes: ctx.project.fourEyes,
      actorEditedDocument: edits > 0,
      pendingBeads: countPendingBeads(statuses.map((b) => b.status)),
      reason,
    });
    if (!result.ok) throw new AppError(result.code, result.message);
    const version = locked.version + 1;
    const signedOffAt = result.to === 'approved' ? new Date() : null;
    await tx.document.update({
      where: { id: input.documentId },
      data: { status: result.to, version, signedOffAt, signedOffById: signedOffAt ? actor.id : null },
    });
    await audit(tx, {
      actorId: actor.id,
      action: AUDIT_ACTION[input.event],
      projectId: ctx.project.id,
      documentId: input.documentId,
      target: input.documentId,
      before: { status: locked.status },
      after: { status: result.to, ...(reason ? { reason } : {}) },
    });
    // A status change touches no bead: co-editors' stale operations still apply (the gate reads the new status).
    await recordChange(tx, {
      documentId: input.documentId,
      version,
      userId: actor.id,
      kind: 'status',
      operationId: null,
      footprint: { beads: [], segments: [] },
      delta: { version, userId: actor.id, status: result.to },
    });
    return { documentId: input.documentId, status: result.to, version, signedOffAt: signedOffAt?.toISOString() ?? null };
  });
}
