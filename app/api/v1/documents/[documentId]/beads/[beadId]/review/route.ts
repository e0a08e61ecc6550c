import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { getBeadReview } from '@/lib/server/review/get-bead-review';
import { reviewBead } from '@/lib/server/review/review-bead';
import { reviewBeadSchema } from '@/lib/server/review/review-schemas';

type Params = { documentId: string; beadId: string };

// GET /api/v1/documents/{id}/beads/{beadId}/review → the bead's text, its decisions and a word diff since the last one.
export const GET = apiHandler<Params>(async ({ user, params }) => getBeadReview(user, params));

// POST /api/v1/documents/{id}/beads/{beadId}/review {decision, reason?, baseVersion} → the new document state.
export const POST = apiHandler<Params>(
  async ({ req, user, params }) => {
    const body = await readJson(req, reviewBeadSchema);
    return reviewBead(user, { ...params, ...body });
  },
  { access: { document: 'document:read' } },
);
