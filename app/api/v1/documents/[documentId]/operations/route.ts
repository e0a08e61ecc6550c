import { applyDocumentOperation, operationRequestSchema } from '@/lib/server/documents/apply-document-operation';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';

// POST /api/v1/documents/{id}/operations {baseVersion, operation} → the new state, or 409 with currentVersion.
export const POST = apiHandler<{ documentId: string }>(async ({ req, user, params }) => {
  const body = await readJson(req, operationRequestSchema);
  return applyDocumentOperation(user, { documentId: params.documentId, ...body });
});
