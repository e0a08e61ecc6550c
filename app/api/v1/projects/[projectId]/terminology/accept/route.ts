import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { acceptRendering, acceptRenderingSchema } from '@/lib/server/memory/terminology-decisions';

// POST /api/v1/projects/{id}/terminology/accept {source, target} (admins, editors, reviewers) → {id, source, target,
//   created}: the rendering becomes a glossary entry (a preferred rendering, or an accepted proposal, edited or not).
export const POST = apiHandler<{ projectId: string }>(
  async ({ req, user, params }) => {
    const body = await readJson(req, acceptRenderingSchema);
    const entry = await acceptRendering(user, { projectId: params.projectId, ...body });
    return Response.json(entry, { status: entry.created ? 201 : 200 });
  },
  { access: { project: 'project:terminology' } },
);
