import 'server-only';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import type { AnswerForm, OperationAnswer } from '@/lib/server/documents/apply-document-operation';

// One reviewer decision on one bead. Review decisions change bead state, so they take the one path for that:
// a `review` operation through applyDocumentOperation (version check, gate, undo log, ReviewDecision row,
// snapshot for the reviewer's diff, audit event — all in its transaction).

export async function reviewBead<F extends AnswerForm = 'state'>(
  actor: SessionUser,
  input: { documentId: string; beadId: string; decision: 'approve' | 'reject'; reason?: string; baseVersion: number; answer?: F },
): Promise<OperationAnswer<F>> {
  const reason = input.reason?.trim() || undefined;
  return applyDocumentOperation(actor, {
    documentId: input.documentId,
    baseVersion: input.baseVersion,
    operation: { type: 'review', beadIds: [input.beadId], event: input.decision, ...(reason ? { reason } : {}) },
    answer: input.answer,
  });
}
