import { deleteDocument } from '@/lib/server/documents/delete-document';
import { withQa } from '@/lib/server/documents/document-qa';
import { getDocument } from '@/lib/server/documents/get-document';
import { apiHandler } from '@/lib/server/http/api-handler';

// GET /api/v1/documents/{id}: the document with its segments and beads in order; each bead carries `qa`, the
// translation QA findings `[{check, message, source, target}]` (spans as offsets), empty when nothing disagrees.
export const GET = apiHandler<{ documentId: string }>(async ({ user, params }) =>
  withQa(await getDocument(user, { documentId: params.documentId })),
);

// DELETE /api/v1/documents/{id} (project admins) → {id, title, beads}; everything in the document goes with it.
export const DELETE = apiHandler<{ documentId: string }>(async ({ user, params }) =>
  deleteDocument(user, { documentId: params.documentId }),
);
