import 'server-only';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { transitionDocument, type DocumentTransitionResult } from './transition-document';

/** A reviewer or admin reopens a signed-off document, with a reason (REASON_REQUIRED otherwise): approved → reopened. */
export function reopenDocument(
  actor: SessionUser,
  input: { documentId: string; reason: string; baseVersion?: number },
): Promise<DocumentTransitionResult> {
  return transitionDocument(actor, { ...input, event: 'reopen' });
}
