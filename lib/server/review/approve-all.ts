import 'server-only';
import type { ApproveAllAnswer } from '@/lib/alignment/review-view-schema';
import { beadEventGate } from '@/lib/review/bead-transition';
import type { DocumentStatus } from '@/lib/review/review-states';
import { documentAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { documentState, segmentsOf } from '@/lib/server/documents/document-state';
import { loadAlignment } from '@/lib/server/documents/load-alignment';
import { AppError } from '@/lib/server/errors';
import { versionConflict } from './document-lock';

// "Approve the rest": every bead the editor confirmed, in one `review` operation (one undo step, one audit
// event, one ReviewDecision row per bead). Beads still `auto`/`edited` are left for the reviewer to look at.
//
// The bead list is read before the operation's transaction; that is safe because the operation checks
// `baseVersion` under the row lock and every change bumps the version: if the lock sees `baseVersion`, nothing
// changed since the caller (who already held that version) loaded it, so the list read here is that state.

export async function approveAll(actor: SessionUser, input: { documentId: string; baseVersion: number }): Promise<ApproveAllAnswer> {
  const ctx = await documentAccess(actor, input.documentId, 'document:read');
  // Same refusal as the operation path would give, also when there is nothing to approve.
  const gate = beadEventGate('approve', {
    role: ctx.role,
    policy: { reviewersMayEdit: ctx.project.reviewersMayEdit },
    documentStatus: ctx.document.status as DocumentStatus,
  });
  if (!gate.ok) throw new AppError(gate.code, gate.message);
  if (ctx.document.version !== input.baseVersion) {
    throw versionConflict(ctx.document.version);
  }
  const confirmed = await db.bead.findMany({
    where: { documentId: input.documentId, status: 'confirmed' },
    orderBy: { position: 'asc' },
    select: { id: true },
  });
  if (confirmed.length === 0) {
    const alignment = await loadAlignment(input.documentId);
    return { approved: 0, ...segmentsOf(alignment), ...(await documentState(input.documentId, input.baseVersion, alignment)) };
  }
  const state = await applyDocumentOperation(actor, {
    documentId: input.documentId,
    baseVersion: input.baseVersion,
    operation: { type: 'review', beadIds: confirmed.map((b) => b.id), event: 'approve' },
    access: ctx,
  });
  return { approved: confirmed.length, ...state };
}
