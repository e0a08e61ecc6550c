import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { answerQuerySchema, readQuery } from '@/lib/server/http/read-query';
import { getBeadReview } from '@/lib/server/review/get-bead-review';
import { reviewBead } from '@/lib/server/review/review-bead';
import { reviewBeadSchema } from '@/lib/server/review/review-schemas';

type Params = { documentId: string; beadId: string };

// GET /api/v1/documents/{id}/beads/{beadId}/review → the bead's text, its decisions and a word diff since the last one.
export const GET = apiHandler<Params>(async ({ user, params }) => getBeadReview(user, params));

// POST /api/v1/documents/{id}/beads/{beadId}/review[?answer=delta] {decision, reason?, baseVersion} → the new
// document state (or the changes since baseVersion, decision 046).
export const POST = apiHandler<Params>(
  async ({ req, user, params }) => {
    const { answer } = readQuery(req, answerQuerySchema);
    const body = await readJson(req, reviewBeadSchema);
    return reviewBead(user, { ...params, ...body, answer });
  },
  { access: { document: 'document:read' } },
);
