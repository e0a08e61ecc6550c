import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { qaFlagDecision } from '@/lib/server/qa/qa-flag-decision';
import { restoreQaFlagSchema } from '@/lib/server/qa/qa-dismissal-schema';

type Params = { documentId: string; beadId: string };

// POST /api/v1/documents/{id}/beads/{beadId}/qa/restore {fingerprint} (reviewers) → {beadId, fingerprint, check,
// dismissed: null}: undoes a dismissal; the flag counts and exports again.
export const POST = apiHandler<Params>(
  async ({ req, user, params }) => {
    const body = await readJson(req, restoreQaFlagSchema);
    return qaFlagDecision(user, { verb: 'restore', ...params, ...body });
  },
  { access: { document: 'bead:review' } },
);
