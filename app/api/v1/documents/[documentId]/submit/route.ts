import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { submitSchema } from '@/lib/server/review/review-schemas';
import { submitDocument } from '@/lib/server/review/submit-document';

// POST /api/v1/documents/{id}/submit {baseVersion?} → {documentId, status: "in_review", version, signedOffAt}.
export const POST = apiHandler<{ documentId: string }>(
  async ({ req, user, params }) => {
    const body = await readJson(req, submitSchema);
    return submitDocument(user, { documentId: params.documentId, ...body });
  },
  { access: { document: 'document:read' } },
);
