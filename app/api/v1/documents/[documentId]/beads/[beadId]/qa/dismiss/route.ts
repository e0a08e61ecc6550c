import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { qaFlagDecision } from '@/lib/server/qa/qa-flag-decision';
import { dismissQaFlagSchema } from '@/lib/server/qa/qa-dismissal-schema';

type Params = { documentId: string; beadId: string };

// POST /api/v1/documents/{id}/beads/{beadId}/qa/dismiss {fingerprint, reason} (reviewers) → 201
// {beadId, fingerprint, check, dismissed: {reason, by, at}}. The flag stops counting and leaves the exports.
export const POST = apiHandler<Params>(
  async ({ req, user, params }) => {
    const body = await readJson(req, dismissQaFlagSchema);
    return Response.json(await qaFlagDecision(user, { verb: 'dismiss', ...params, ...body }), { status: 201 });
  },
  { access: { document: 'bead:review' } },
);
