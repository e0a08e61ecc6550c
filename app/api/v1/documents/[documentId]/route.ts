import { z } from 'zod';
import { packDocument } from '@/lib/alignment/compact-document';
import { deleteDocument } from '@/lib/server/documents/delete-document';
import { withQa } from '@/lib/server/documents/document-qa';
import { getDocument } from '@/lib/server/documents/get-document';
import { apiHandler } from '@/lib/server/http/api-handler';
import { readQuery } from '@/lib/server/http/read-query';

const documentQuerySchema = z.object({ format: z.enum(['full', 'compact']).default('full') });

// GET /api/v1/documents/{id}: the document with its segments and beads in order; each bead carries `qa`, the
// translation QA findings `[{check, message, source, target}]` (spans as offsets), empty when nothing disagrees.
// ?format=compact: what the editor reads, in columns (lib/alignment/compact-document.ts, decision 040), without QA.
export const GET = apiHandler<{ documentId: string }>(async ({ req, user, params }) => {
  const { format } = readQuery(req, documentQuerySchema);
  const view = await getDocument(user, { documentId: params.documentId });
  return format === 'compact' ? packDocument(view) : withQa(view);
});

// DELETE /api/v1/documents/{id} (project admins) → {id, title, beads}; everything in the document goes with it.
export const DELETE = apiHandler<{ documentId: string }>(async ({ user, params }) =>
  deleteDocument(user, { documentId: params.documentId }),
);
