import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { rejectProposal, rejectProposalSchema } from '@/lib/server/memory/terminology-decisions';

// POST /api/v1/projects/{id}/terminology/reject {source} (admins, editors, reviewers) → {source}: the term is not
//   proposed for the glossary again (the decision is audited).
export const POST = apiHandler<{ projectId: string }>(
  async ({ req, user, params }) => rejectProposal(user, { projectId: params.projectId, ...(await readJson(req, rejectProposalSchema)) }),
  { access: { project: 'project:terminology' } },
);
