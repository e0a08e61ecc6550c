// The document as the editor sees it, and the shapes of the API answers it reads. Parsed with zod at the
// boundary (house style, habit 5): the page's first render and every API response go through these schemas.

import { z } from 'zod';
import { beadStatusSchema } from '@/lib/alignment/alignment-schema';
import type { Operation } from '@/lib/alignment/operations/operation-schema';

const segmentSchema = z.object({ id: z.string(), text: z.string(), paragraph: z.number().int() });

const beadSchema = z.object({
  id: z.string(),
  source: z.array(z.string()),
  target: z.array(z.string()),
  confidence: z.number().nullable(),
  reason: z.string().nullable(),
  status: beadStatusSchema,
  origin: z.enum(['auto', 'manual']),
  labels: z.array(z.string()).default([]),
  comments: z.number().int().default(0),
  /** A reviewer approved it and its text changed since. */
  changedSinceReview: z.boolean().default(false),
  rejectReason: z.string().nullable().default(null),
  /** A moved link (decision 022): its target segments lie elsewhere in the target document. */
  moved: z.boolean().default(false),
});

const presenceSchema = z.array(z.object({ userId: z.string(), name: z.string() }));

export const permissionsSchema = z.object({
  align: z.boolean(),
  editText: z.boolean(),
  review: z.boolean(),
  comment: z.boolean(),
  signOff: z.boolean().default(false),
  reopen: z.boolean().default(false),
});

/** The part of the document every operation, undo and redo answers with: replace it wholesale. */
export const alignmentStateSchema = z.object({
  version: z.number().int(),
  source: z.array(segmentSchema),
  target: z.array(segmentSchema),
  beads: z.array(beadSchema),
  canUndo: z.boolean().default(false),
  canRedo: z.boolean().default(false),
});

/** What operations, undo and redo answer (asked with ?segments=changed): segments only when one changed. */
export const alignmentAnswerSchema = alignmentStateSchema.extend({
  source: z.array(segmentSchema).optional(),
  target: z.array(segmentSchema).optional(),
});
export type AlignmentAnswer = z.infer<typeof alignmentAnswerSchema>;

export const editorDocumentSchema = alignmentStateSchema.extend({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  project: z.object({ id: z.string(), name: z.string(), sourceLang: z.string(), targetLang: z.string() }),
  role: z.string(),
  permissions: permissionsSchema,
  presence: presenceSchema.default([]),
});

export const presenceResponseSchema = z.object({ presence: presenceSchema });

export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), currentVersion: z.number().int().optional() }),
});

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

export type EditorSegment = z.infer<typeof segmentSchema>;
export type EditorBead = z.infer<typeof beadSchema>;
export type Presence = z.infer<typeof presenceSchema>;
export type Permissions = z.infer<typeof permissionsSchema>;
export type AlignmentState = z.infer<typeof alignmentStateSchema>;
export type EditorDocument = z.infer<typeof editorDocumentSchema>;
export type HistoryEvent = z.infer<typeof historySchema>['events'][number];
/** The input type: what the server component may hand over before defaults are filled in. */
export type EditorDocumentInput = z.input<typeof editorDocumentSchema>;

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
