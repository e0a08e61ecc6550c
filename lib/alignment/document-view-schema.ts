// The document as the server answers it (GET /api/v1/documents/{id}, every operation, undo, redo and review
// decision): declared once here, built by lib/server/documents (`satisfies` these types), parsed by the editor
// with these schemas. Pure, because lib/server is server-only (decision 031) and the browser parses with it too.

import { z } from 'zod';
import { roles } from '@/lib/permissions';
import { DOCUMENT_STATUSES } from '@/lib/review/review-states';
import { beadSchema, segmentSchema } from './alignment-schema';

/** A segment as a client holds it (its side is the list it is in). */
export const segmentViewSchema = segmentSchema.pick({ id: true, text: true, paragraph: true });

/** A bead with what the review workflow keeps next to it. */
export const beadViewSchema = beadSchema.extend({
  labels: z.array(z.string()),
  /** Open comment threads on the bead. */
  comments: z.number().int().min(0),
  /** A reviewer decided on it and its text changed since. */
  changedSinceReview: z.boolean(),
  /** Kept on the row after a fix (for undo); the bead is rejected only while its status says so. */
  rejectReason: z.string().nullable(),
  /** The model marks moved links only (`true`); fixtures and older answers may say `false`. */
  moved: z.boolean().optional(),
});

/** The state every operation answers with: beads in order, the version, whether undo/redo are possible. */
export const documentStateSchema = z.object({
  version: z.number().int().min(1),
  beads: z.array(beadViewSchema),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});

export const segmentsViewSchema = z.object({ source: z.array(segmentViewSchema), target: z.array(segmentViewSchema) });

/** The whole alignment state: replace it wholesale. */
export const alignmentStateSchema = documentStateSchema.extend(segmentsViewSchema.shape);

export const permissionsSchema = z.object({
  align: z.boolean(),
  editText: z.boolean(),
  /** May bring a new version of either side (decision 045). */
  revise: z.boolean(),
  review: z.boolean(),
  comment: z.boolean(),
  signOff: z.boolean(),
  reopen: z.boolean(),
  export: z.boolean(),
});

/** Who else has the document open, and the bead each is on (null: none selected). */
export const presenceSchema = z.array(z.object({ userId: z.string(), name: z.string(), beadId: z.string().nullable() }));

export const documentStatusSchema = z.enum(DOCUMENT_STATUSES);

/** GET /api/v1/documents/{id} and the editor page: metadata, the caller's permissions and the alignment state. */
export const documentViewSchema = alignmentStateSchema.extend({
  id: z.string(),
  title: z.string(),
  status: documentStatusSchema,
  role: z.enum(roles),
  project: z.object({ id: z.string(), name: z.string(), sourceLang: z.string(), targetLang: z.string(), fourEyes: z.boolean() }),
  permissions: permissionsSchema,
  presence: presenceSchema,
});

export type SegmentView = z.infer<typeof segmentViewSchema>;
export type BeadView = z.infer<typeof beadViewSchema>;
export type DocumentStateView = z.infer<typeof documentStateSchema>;
export type SegmentsView = z.infer<typeof segmentsViewSchema>;
export type AlignmentStateView = z.infer<typeof alignmentStateSchema>;
export type PermissionsView = z.infer<typeof permissionsSchema>;
export type PresenceView = z.infer<typeof presenceSchema>;
export type DocumentView = z.infer<typeof documentViewSchema>;
