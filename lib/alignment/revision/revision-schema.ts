// The answer of a revision (POST /api/v1/documents/{id}/revisions, the document page's form), declared once: the
// server's value `satisfies` it and the browser parses with it. Also reads a revision back from the operation log
// and the audit log (history rows, the editor's diff of a changed bead).

import { z } from 'zod';
import { DOCUMENT_STATUSES } from '@/lib/review/review-states';

const counts = z.object({ kept: z.number().int(), changed: z.number().int(), added: z.number().int(), removed: z.number().int() });
const texts = z.object({ source: z.string(), target: z.string() });

export const revisionSummarySchema = z.object({
  sides: z.array(z.enum(['source', 'target'])),
  sentences: counts,
  beads: counts,
  changed: z.array(z.object({ beadId: z.string(), before: texts, after: texts })),
});

export const revisionResultSchema = z.object({
  documentId: z.string(),
  /** The document's version after the revision (unchanged when the new text was the stored text). */
  version: z.number().int(),
  status: z.enum(DOCUMENT_STATUSES),
  /** True when the document was signed off and the revision reopened it. */
  reopened: z.boolean(),
  summary: revisionSummarySchema,
});

export type RevisionResult = z.infer<typeof revisionResultSchema>;
