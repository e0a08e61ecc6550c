import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { signOffSchema } from '@/lib/server/review/review-schemas';
import { signOffDocument } from '@/lib/server/review/sign-off-document';

// POST /api/v1/documents/{id}/sign-off {reason?, baseVersion?} → {documentId, status: "approved", version, signedOffAt}.
export const POST = apiHandler<{ documentId: string }>(
  async ({ req, user, params }) => {
    const body = await readJson(req, signOffSchema);
    return signOffDocument(user, { documentId: params.documentId, ...body });
  },
  { access: { document: 'document:read' } },
);
