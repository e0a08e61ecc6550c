// The bead half of the review state machine (issue 5, decision 010). One table says which status an event leads to;
// who may cause it comes from the project's permission table (lib/permissions.ts, decision 004). The editor
// operations (lib/alignment/operations) and the server's gate read these, so the rules live in one place each.

import { withArticle } from '@/lib/text/indefinite-article';
import { type Action, type ProjectPolicy, can } from '@/lib/permissions';
import { DOCUMENT_READ_ONLY_MESSAGE, isDocumentReadOnly } from './document-transition';
import { type BeadEvent, type BeadStatus, type DocumentStatus, type Role, type TransitionResult, hasReason, refuse } from './review-states';

const EDITABLE = { edit: 'edited', editText: 'edited' } as const;

/** Missing entries are forbidden transitions. Self-loops are forbidden too, except edits (editing never ends). */
const STATUS_AFTER: Readonly<Record<BeadStatus, Readonly<Partial<Record<BeadEvent, BeadStatus>>>>> = {
  auto: { ...EDITABLE, confirm: 'confirmed', approve: 'approved', reject: 'rejected', exclude: 'excluded' },
  edited: { ...EDITABLE, confirm: 'confirmed', approve: 'approved', reject: 'rejected', exclude: 'excluded' },
  confirmed: { ...EDITABLE, approve: 'approved', reject: 'rejected', exclude: 'excluded' },
  // Editing an approved bead reopens it for review; a reviewer may still change their mind and reject it.
  approved: { ...EDITABLE, reject: 'rejected', exclude: 'excluded' },
  // A rejection stays visible until the editor edits or confirms again (or a reviewer overrules it).
  rejected: { ...EDITABLE, confirm: 'confirmed', approve: 'approved', exclude: 'excluded' },
  // Excluded beads are frozen: they must be included again (back to the editor) before anything else happens.
  excluded: { include: 'edited' },
};

/** The permission each event needs (lib/permissions.ts). */
export const BEAD_EVENT_ACTION: Readonly<Record<BeadEvent, Action>> = {
  edit: 'document:align',
  editText: 'document:edit-text',
  confirm: 'document:align',
  exclude: 'document:align',
  include: 'document:align',
  approve: 'bead:review',
  reject: 'bead:review',
};

export interface BeadTransitionContext {
  role: Role;
  /** The project's settings that widen permissions (reviewers may edit text). */
  policy?: ProjectPolicy;
  /** A signed-off (`approved`) document is read-only until reopened. */
  documentStatus: DocumentStatus;
  /** Required (non-blank) for `reject`. */
  reason?: string | null;
}

/**
 * The status a bead moves to under an event, ignoring who asks; null when the table forbids it. Used by the editor
 * operations to compute statuses; use `beadTransition` for anything a person triggers.
 */
export function beadStatusAfter(from: BeadStatus, event: BeadEvent): BeadStatus | null {
  return STATUS_AFTER[from][event] ?? null;
}

/**
 * The checks that do not depend on the bead's current status: permission, document lock, reason. The server runs
 * this once per request before applying an operation; the operation then applies `beadStatusAfter` per bead.
 */
export function beadEventGate(event: BeadEvent, ctx: BeadTransitionContext): TransitionResult<null> {
  if (!can(ctx.role, BEAD_EVENT_ACTION[event], ctx.policy)) {
    return refuse('FORBIDDEN', `${withArticle(ctx.role, { capital: true })} may not ${describe(event)} beads.`);
  }
  if (isDocumentReadOnly(ctx.documentStatus)) {
    return refuse('DOCUMENT_LOCKED', DOCUMENT_READ_ONLY_MESSAGE);
  }
  if (event === 'reject' && !hasReason(ctx.reason)) {
    return refuse('REASON_REQUIRED', 'A rejection needs a reason for the editor.');
  }
  return { ok: true, to: null };
}

/** The full check for one bead: gate first, then the status table. */
export function beadTransition(from: BeadStatus, event: BeadEvent, ctx: BeadTransitionContext): TransitionResult<BeadStatus> {
  const gate = beadEventGate(event, ctx);
  if (!gate.ok) return gate;
  const to = beadStatusAfter(from, event);
  if (to === null) {
    return refuse('INVALID_TRANSITION', invalidMessage(from, event));
  }
  return { ok: true, to };
}

function invalidMessage(from: BeadStatus, event: BeadEvent): string {
  if (from === 'excluded') return `The bead is excluded; include it again before you ${describe(event)} it.`;
  if (pastTense(event) === from) return `The bead is already ${from}.`;
  return `A bead that is ${from} cannot be ${pastTense(event)}.`;
}

function describe(event: BeadEvent): string {
  return event === 'editText' ? 'edit the text of' : event;
}

function pastTense(event: BeadEvent): string {
  switch (event) {
    case 'edit':
    case 'editText':
      return 'edited';
    case 'confirm':
      return 'confirmed';
    case 'approve':
      return 'approved';
    case 'reject':
      return 'rejected';
    case 'exclude':
      return 'excluded';
    case 'include':
      return 'included';
  }
}
