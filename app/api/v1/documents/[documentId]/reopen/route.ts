import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { reopenDocument } from '@/lib/server/review/reopen-document';
import { reopenSchema } from '@/lib/server/review/review-schemas';

// POST /api/v1/documents/{id}/reopen {reason, baseVersion?} → {documentId, status: "reopened", version, signedOffAt: null}.
export const POST = apiHandler<{ documentId: string }>(
  async ({ req, user, params }) => {
    const body = await readJson(req, reopenSchema);
    return reopenDocument(user, { documentId: params.documentId, ...body });
  },
  { access: { document: 'document:read' } },
);
