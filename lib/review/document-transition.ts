// The document half of the review state machine (issue 5, decision 010): draft → in_review → approved (signed off)
// → reopened → in_review | approved. Sign-off is the four-eyes gate; reopening needs a reason. Who may do what
// comes from the permission table (lib/permissions.ts).

import { withArticle } from '@/lib/text/indefinite-article';
import { type Action, can } from '@/lib/permissions';
import { type DocumentEvent, type DocumentStatus, type Role, type TransitionResult, hasReason, refuse } from './review-states';

const STATUS_AFTER: Readonly<Record<DocumentStatus, Readonly<Partial<Record<DocumentEvent, DocumentStatus>>>>> = {
  draft: { submit: 'in_review' },
  in_review: { signOff: 'approved' },
  approved: { reopen: 'reopened' },
  // After fixes a reviewer may sign off again directly, or the editor hands it back for a full review.
  reopened: { submit: 'in_review', signOff: 'approved' },
};

/** Handing a document to review is part of the editor's alignment work, so it needs `document:align`. */
export const DOCUMENT_EVENT_ACTION: Readonly<Record<DocumentEvent, Action>> = {
  submit: 'document:align',
  signOff: 'document:sign-off',
  reopen: 'document:reopen',
};

export interface DocumentTransitionContext {
  role: Role;
  /**
   * Whether the actor authored any editing operation on this document (see `isEditingEvent` in
   * lib/alignment/operations/operation-event.ts). The server derives it from the operation log.
   */
  actorEditedDocument: boolean;
  /** The project's four-eyes setting (on by default). */
  fourEyes: boolean;
  /** Beads that are neither approved nor excluded (`countPendingBeads`). */
  pendingBeads: number;
  /** Required (non-blank) for `reopen`. */
  reason?: string | null;
}

export function documentTransition(
  from: DocumentStatus,
  event: DocumentEvent,
  ctx: DocumentTransitionContext,
): TransitionResult<DocumentStatus> {
  if (!can(ctx.role, DOCUMENT_EVENT_ACTION[event])) {
    return refuse('FORBIDDEN', `${withArticle(ctx.role, { capital: true })} may not ${describe(event)} a document.`);
  }
  const to = STATUS_AFTER[from][event];
  if (to === undefined) {
    return refuse('INVALID_TRANSITION', `A document that is ${from.replace('_', ' ')} cannot be ${pastTense(event)}.`);
  }
  if (event === 'reopen' && !hasReason(ctx.reason)) {
    return refuse('REASON_REQUIRED', 'Reopening a signed-off document needs a reason.');
  }
  if (event === 'signOff') {
    if (ctx.fourEyes && ctx.actorEditedDocument) {
      return refuse('FOUR_EYES', 'Four-eyes review is on: someone who edited this document cannot sign it off.');
    }
    if (ctx.pendingBeads > 0) {
      const beads = ctx.pendingBeads === 1 ? '1 bead is' : `${ctx.pendingBeads} beads are`;
      return refuse('BEADS_PENDING', `${beads} neither approved nor excluded.`);
    }
  }
  return { ok: true, to };
}

/**
 * A signed-off document accepts no operations, labels or comments until it is reopened. The one writability rule:
 * the server's lock (lib/server/review/document-lock.ts), the bead gate and the editor all ask this. Takes a
 * plain string so a status this version does not know is simply writable.
 */
export function isDocumentReadOnly(status: DocumentStatus | (string & {})): boolean {
  return status === 'approved';
}

/** What a change to a read-only document is refused with (DOCUMENT_LOCKED). */
export const DOCUMENT_READ_ONLY_MESSAGE = 'The document is signed off and read-only until a reviewer reopens it.';

function describe(event: DocumentEvent): string {
  return event === 'signOff' ? 'sign off' : event;
}

function pastTense(event: DocumentEvent): string {
  switch (event) {
    case 'submit':
      return 'submitted';
    case 'signOff':
      return 'signed off';
    case 'reopen':
      return 'reopened';
  }
}
