import 'server-only';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { transitionDocument, type DocumentTransitionResult } from './transition-document';

/** An editor hands a draft (or a reopened document) to review: draft | reopened → in_review. */
export function submitDocument(actor: SessionUser, input: { documentId: string; baseVersion?: number }): Promise<DocumentTransitionResult> {
  return transitionDocument(actor, { documentId: input.documentId, event: 'submit', baseVersion: input.baseVersion });
}
