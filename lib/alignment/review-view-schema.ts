// The review answers the editor reads (docs/api.md, "Review, comments and history"): one bead's review state, a
// document transition, labels, approve-all. Declared once here, next to the document answers; the server's values
// `satisfies` them and the editor parses with the same schemas (decision 031, item 2).

import { z } from 'zod';
import { beadLabelsSchema } from '@/lib/review/bead-labels';
import { alignmentStateSchema, documentStatusSchema } from './document-view-schema';

export const wordDiffPartSchema = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
const beadTextsSchema = z.object({ source: z.string(), target: z.string() });
const personSchema = z.object({ id: z.string(), name: z.string() });

export const beadReviewSchema = z.object({
  beadId: z.string(),
  status: z.string(),
  labels: z.array(z.string()),
  /** Shown while the bead is rejected; kept on the row afterwards so an undo brings it back. */
  rejectReason: z.string().nullable(),
  current: beadTextsSchema,
  decisions: z.array(
    z.object({ decision: z.string(), reason: z.string().nullable(), reviewer: personSchema, at: z.string(), snapshot: beadTextsSchema }),
  ),
  /** Against the newest decision's snapshot; false when there has been no decision yet. */
  changedSinceDecision: z.boolean(),
  diff: z.object({ source: z.array(wordDiffPartSchema), target: z.array(wordDiffPartSchema) }).nullable(),
  /**
   * The newest revision (decision 045) that changed this bead's text and is not undone: who, when, and the word diff
   * of its text before and after. Null when no revision changed it.
   */
  revision: z
    .object({
      by: z.string(),
      at: z.string(),
      diff: z.object({ source: z.array(wordDiffPartSchema), target: z.array(wordDiffPartSchema) }),
    })
    .nullable(),
});

export const approveAllAnswerSchema = alignmentStateSchema.extend({ approved: z.number().int() });

export const documentTransitionSchema = z.object({
  documentId: z.string(),
  status: documentStatusSchema,
  version: z.number().int(),
  signedOffAt: z.string().nullable(),
});

export const beadLabelsAnswerSchema = z.object({ beadId: z.string(), labels: beadLabelsSchema });

export type BeadTexts = z.infer<typeof beadTextsSchema>;
export type BeadReview = z.infer<typeof beadReviewSchema>;
export type ApproveAllAnswer = z.infer<typeof approveAllAnswerSchema>;
export type DocumentTransitionResult = z.infer<typeof documentTransitionSchema>;
export type BeadLabelsAnswer = z.infer<typeof beadLabelsAnswerSchema>;
