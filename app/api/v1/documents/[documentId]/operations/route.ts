import { applyDocumentOperation, operationRequestSchema } from '@/lib/server/documents/apply-document-operation';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { readQuery, answerQuerySchema } from '@/lib/server/http/read-query';

// POST /api/v1/documents/{id}/operations[?answer=delta] {baseVersion, operation} → the new state (with ?answer=delta,
// the version, undo/redo flags and the changes since baseVersion, decision 046), or 409 with currentVersion.
export const POST = apiHandler<{ documentId: string }>(
  async ({ req, user, params, access }) => {
    const { answer } = readQuery(req, answerQuerySchema);
    const body = await readJson(req, operationRequestSchema);
    return applyDocumentOperation(user, { documentId: params.documentId, ...body, answer, access: access.document });
  },
  { access: { document: 'document:read' } },
);
