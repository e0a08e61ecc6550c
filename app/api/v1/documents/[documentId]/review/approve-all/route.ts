import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { approveAll } from '@/lib/server/review/approve-all';
import { approveAllSchema } from '@/lib/server/review/review-schemas';

// POST /api/v1/documents/{id}/review/approve-all {baseVersion} → {approved, ...the new document state}.
export const POST = apiHandler<{ documentId: string }>(
  async ({ req, user, params }) => {
    const { baseVersion } = await readJson(req, approveAllSchema);
    return approveAll(user, { documentId: params.documentId, baseVersion });
  },
  { access: { document: 'document:read' } },
);
