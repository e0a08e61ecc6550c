import 'server-only';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { transitionDocument, type DocumentTransitionResult } from './transition-document';

/**
 * A reviewer signs a document off: in_review | reopened → approved, read-only from then on. Refused with
 * BEADS_PENDING while a bead is neither approved nor excluded, and with FOUR_EYES (when the project has it on)
 * if the reviewer authored an editing operation that is not undone. The optional reason is a note for history.
 */
export function signOffDocument(
  actor: SessionUser,
  input: { documentId: string; reason?: string | null; baseVersion?: number },
): Promise<DocumentTransitionResult> {
  return transitionDocument(actor, { ...input, event: 'signOff' });
}
