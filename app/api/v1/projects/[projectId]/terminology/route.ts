import { apiHandler } from '@/lib/server/http/api-handler';
import { projectTerminology } from '@/lib/server/memory/project-terminology';

// GET /api/v1/projects/{id}/terminology (any member) → {beadsRead, truncated, terms: [{term, beads, topShare, unmatched,
//   renderings: [{text, count, dice, preferred, uses: [{beadId, documentId}]}]}], proposals: [{source, target, kind,
//   count, beads, dice, uses}]}: terms the approved beads render more than one way, and mined glossary proposals.
export const GET = apiHandler<{ projectId: string }>(
  async ({ user, params }) => projectTerminology(user, { projectId: params.projectId }),
  {
    access: { project: 'project:read' },
  },
);
