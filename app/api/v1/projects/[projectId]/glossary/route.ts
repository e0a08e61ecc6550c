import { addGlossaryEntry } from '@/lib/server/glossary/add-glossary-entry';
import { glossaryEntrySchema } from '@/lib/server/glossary/glossary-schema';
import { z } from 'zod';
import { listGlossary, MAX_GLOSSARY_PAGE } from '@/lib/server/glossary/list-glossary';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { readQuery } from '@/lib/server/http/read-query';

const listQuerySchema = z.object({
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_GLOSSARY_PAGE).optional(),
});

// GET /api/v1/projects/{id}/glossary?q=&limit= (any member) → {entries: [{id, source, target}], total, matching}
export const GET = apiHandler<{ projectId: string }>(async ({ req, user, params }) => {
  const query = readQuery(req, listQuerySchema);
  return listGlossary(user, { projectId: params.projectId, q: query.q, limit: query.limit });
});

// POST {source, target} (editors, admins) → 201 {id, source, target}; 409 ALREADY_EXISTS for a pair it has
export const POST = apiHandler<{ projectId: string }>(
  async ({ req, user, params }) => {
    const body = await readJson(req, glossaryEntrySchema);
    return Response.json(await addGlossaryEntry(user, { projectId: params.projectId, ...body }), { status: 201 });
  },
  { access: { project: 'project:glossary' } },
);
