import { addGlossaryEntry } from '@/lib/server/glossary/add-glossary-entry';
import { glossaryEntrySchema } from '@/lib/server/glossary/glossary-schema';
import { listGlossary } from '@/lib/server/glossary/list-glossary';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';

// GET /api/v1/projects/{id}/glossary?q=&limit= (any member) → {entries: [{id, source, target}], total, matching}
export const GET = apiHandler<{ projectId: string }>(async ({ req, user, params }) => {
  const search = req.nextUrl.searchParams;
  const limit = search.get('limit');
  return listGlossary(user, { projectId: params.projectId, q: search.get('q'), limit: limit ? Number(limit) || undefined : undefined });
});

// POST {source, target} (editors, admins) → 201 {id, source, target}; 409 ALREADY_EXISTS for a pair it has
export const POST = apiHandler<{ projectId: string }>(async ({ req, user, params }) => {
  const body = await readJson(req, glossaryEntrySchema);
  return Response.json(await addGlossaryEntry(user, { projectId: params.projectId, ...body }), { status: 201 });
}, { access: { project: 'project:glossary' } });
