// The vocabulary of the review workflow (issue 5): states, events, roles and the result shape shared by the bead
// and document transition tables. Pure data, no framework imports.

import type { Role } from '@/lib/permissions';

export type { Role };

/**
 * Where a bead stands in the workflow. Declared here, not in the document model (lib/alignment/types.ts re-exports
 * it), so the dependency runs one way: lib/alignment uses lib/review's tables, lib/review imports nothing from it.
 */
export type BeadStatus = 'auto' | 'edited' | 'confirmed' | 'approved' | 'rejected' | 'excluded';

export const BEAD_STATUSES: readonly BeadStatus[] = ['auto', 'edited', 'confirmed', 'approved', 'rejected', 'excluded'];

/**
 * What can happen to a bead. `edit` is a structural change (merge, split, move, …) and `editText` a text edit;
 * they lead to the same status but need different permissions. `include` undoes `exclude` and puts the bead
 * back in the editor's hands.
 */
export type BeadEvent = 'edit' | 'editText' | 'confirm' | 'approve' | 'reject' | 'exclude' | 'include';
export const BEAD_EVENTS: readonly BeadEvent[] = ['edit', 'editText', 'confirm', 'approve', 'reject', 'exclude', 'include'];

/**
 * The one name users see for each bead status (issue 12 item 10): the editor's rows, dock and filters, the
 * history, the review queue and the dashboard all read it from here. `mark` is the symbol shown before it.
 */
export const BEAD_STATUS_LABEL: Record<BeadStatus, string> = {
  auto: 'auto-aligned',
  edited: 'edited',
  confirmed: 'confirmed',
  approved: 'approved',
  rejected: 'rejected',
  excluded: 'excluded',
};
const BEAD_STATUS_MARK: Record<BeadStatus, string> = { auto: '', edited: '', confirmed: '✓', approved: '✓✓', rejected: '✗', excluded: '' };

/** The symbol shown before a bead status's name in every language ("✓✓"), or '' for none. */
export function beadStatusMark(status: string): string {
  return (BEAD_STATUS_MARK as Record<string, string>)[status] ?? '';
}

/** The label of a bead status, optionally with its mark ("✓✓ approved"); the raw value for an unknown one. */
export function beadStatusLabel(status: string, options: { mark?: boolean; capital?: boolean } = {}): string {
  const label = (BEAD_STATUS_LABEL as Record<string, string>)[status] ?? status;
  const mark = options.mark ? ((BEAD_STATUS_MARK as Record<string, string>)[status] ?? '') : '';
  const text = options.capital ? label.charAt(0).toUpperCase() + label.slice(1) : label;
  return mark ? `${mark} ${text}` : text;
}

export type DocumentStatus = 'draft' | 'in_review' | 'approved' | 'reopened';
export const DOCUMENT_STATUSES = ['draft', 'in_review', 'approved', 'reopened'] as const satisfies readonly DocumentStatus[];

export function isDocumentStatus(value: string): value is DocumentStatus {
  return (DOCUMENT_STATUSES as readonly string[]).includes(value);
}

export type DocumentEvent = 'submit' | 'signOff' | 'reopen';
export const DOCUMENT_EVENTS: readonly DocumentEvent[] = ['submit', 'signOff', 'reopen'];

/**
 * Why a transition was refused. FORBIDDEN and INVALID_TRANSITION are already in lib/server/errors.ts; the others
 * need one line each there (suggested: FOUR_EYES 403, REASON_REQUIRED 400, DOCUMENT_LOCKED 409,
 * BEADS_PENDING 422).
 */
export type ReviewErrorCode = 'FORBIDDEN' | 'DOCUMENT_LOCKED' | 'INVALID_TRANSITION' | 'REASON_REQUIRED' | 'FOUR_EYES' | 'BEADS_PENDING';

export type TransitionResult<S> = { ok: true; to: S } | { ok: false; code: ReviewErrorCode; message: string };

export function refuse<S>(code: ReviewErrorCode, message: string): TransitionResult<S> {
  return { ok: false, code, message };
}

/** A reason counts only if it has visible characters. */
export function hasReason(reason: string | null | undefined): boolean {
  return typeof reason === 'string' && reason.trim().length > 0;
}

/** Beads that still block sign-off: everything that is neither approved nor excluded. */
export function countPendingBeads(statuses: Iterable<BeadStatus>): number {
  let pending = 0;
  for (const status of statuses) {
    if (status !== 'approved' && status !== 'excluded') pending += 1;
  }
  return pending;
}
