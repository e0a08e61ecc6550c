import { z } from 'zod';
import { deleteDocument } from '@/lib/server/documents/delete-document';
import { getCompactDocumentJson, getFullDocumentJson } from '@/lib/server/documents/get-document-answer';
import { apiHandler } from '@/lib/server/http/api-handler';
import { splicedGzipResponse, splicedJsonResponse } from '@/lib/server/http/spliced-json';
import { readQuery } from '@/lib/server/http/read-query';

const documentQuerySchema = z
  .object({ format: z.enum(['full', 'compact']).default('full'), encoding: z.enum(['identity', 'gzip']).default('identity') })
  .refine((q) => q.encoding === 'identity' || q.format === 'compact', {
    path: ['encoding'],
    message: 'gzip is offered with format=compact only (the full answer is compressed by the server as usual)',
  });

// GET /api/v1/documents/{id}: the document with its segments and beads in order; each bead carries `qa`, the
// translation QA findings `[{check, message, source, target}]` (spans as offsets), empty when nothing disagrees.
// ?format=compact: what the editor reads, in columns (lib/alignment/compact-document.ts, decision 040), without QA.
// Both are built once per version and kept as JSON text (decision 051).
// ?format=compact&encoding=gzip: the same JSON as one gzip member, `application/gzip`, of which only the small
// per-request part is compressed per request (the editor inflates it; decision 051 addendum).
export const GET = apiHandler<{ documentId: string }>(async ({ req, user, params }) => {
  const { format, encoding } = readQuery(req, documentQuerySchema);
  const input = { documentId: params.documentId };
  if (format === 'full') {
    const { head, tail } = await getFullDocumentJson(user, input);
    return splicedJsonResponse(head, tail);
  }
  const { head, tail } = await getCompactDocumentJson(user, input);
  return encoding === 'gzip' ? splicedGzipResponse(head, tail) : splicedJsonResponse(head, tail);
});

// DELETE /api/v1/documents/{id} (project admins) → {id, title, beads}; everything in the document goes with it.
export const DELETE = apiHandler<{ documentId: string }>(async ({ user, params }) =>
  deleteDocument(user, { documentId: params.documentId }),
);
