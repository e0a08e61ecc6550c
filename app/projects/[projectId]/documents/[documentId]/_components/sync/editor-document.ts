// The document as the editor sees it, and the shapes of the API answers it reads. Parsed with zod at the
// boundary (house style, habit 5): the page's first render and every API response go through these schemas.

import { z } from 'zod';
import {
  alignmentStateSchema,
  documentViewSchema,
  permissionsSchema,
  presenceSchema,
  type AlignmentStateView,
  type BeadView,
  type DocumentView,
  type PermissionsView,
  type PresenceView,
  type SegmentView,
} from '@/lib/alignment/document-view-schema';
import type { Operation } from '@/lib/alignment/operations/operation-schema';

// The server's answers are declared once, in lib/alignment/document-view-schema.ts, next to the pure model the
// server builds them from (it checks its values with `satisfies`); the editor parses with the same schemas.
export { alignmentStateSchema, permissionsSchema };
export const editorDocumentSchema = documentViewSchema;

export const presenceResponseSchema = z.object({ presence: presenceSchema });

export const historySchema = z.object({
  events: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      actor: z.object({ name: z.string() }),
      action: z.string(),
      // A text edit logs { segmentId, text }; other events log other shapes (read with textOfHistoryValue).
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});

export type EditorSegment = SegmentView;
export type EditorBead = BeadView;
export type Presence = PresenceView;
export type Permissions = PermissionsView;
export type AlignmentState = AlignmentStateView;
export type EditorDocument = DocumentView;
export type HistoryEvent = z.infer<typeof historySchema>['events'][number];

/** Realign runs on the server only (the engine between locks), so the shared schema does not list it. */
export type EditorOperation = Operation | { type: 'realign'; fromBeadId: string };

/** A signed-off document is read-only until a reviewer reopens it: the one rule in lib/review, under the editor's name. */
export { isDocumentReadOnly as isSignedOff } from '@/lib/review/document-transition';

/** The reason a bead was rejected, while it still is: the server keeps it on the row after a fix (for undo). */
export function activeRejectReason(bead: EditorBead): string | null {
  return bead.status === 'rejected' ? bead.rejectReason : null;
}

/**
 * Rejected, then edited or confirmed again: the reviewer should look again. The server keeps the reason on the bead
 * until an approval clears it, but its `changedSinceReview` compares against approvals only.
 */
export function fixedAfterRejection(bead: EditorBead): boolean {
  return bead.rejectReason !== null && (bead.status === 'edited' || bead.status === 'confirmed' || bead.status === 'auto');
}

/** What the reviewer's diff and the "changed since review" filter show: changed since the last decision. */
export function changedSinceDecision(bead: EditorBead): boolean {
  return bead.changedSinceReview || fixedAfterRejection(bead);
}

/** Beads that count as done for the progress bar: confirmed by the editor or further along in review. */
export function isConfirmed(bead: EditorBead): boolean {
  return bead.status === 'confirmed' || bead.status === 'approved';
}

/** The segment text inside a history event's before/after, when the event is a text edit. */
export function textOfHistoryValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'text' in value && typeof value.text === 'string') return value.text;
  return null;
}
