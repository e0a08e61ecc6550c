import { applyDocumentOperation, operationRequestSchema } from '@/lib/server/documents/apply-document-operation';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { readQuery, segmentsQuerySchema } from '@/lib/server/http/read-query';

// POST /api/v1/documents/{id}/operations[?segments=changed] {baseVersion, operation} → the new state (with
// ?segments=changed, source/target only when a segment changed), or 409 with currentVersion.
export const POST = apiHandler<{ documentId: string }>(
  async ({ req, user, params, access }) => {
    const { segments } = readQuery(req, segmentsQuerySchema);
    const body = await readJson(req, operationRequestSchema);
    return applyDocumentOperation(user, { documentId: params.documentId, ...body, segments, access: access.document });
  },
  { access: { document: 'document:read' } },
);
