import { deleteGlossaryEntry } from '@/lib/server/glossary/delete-glossary-entry';
import { glossaryEntrySchema } from '@/lib/server/glossary/glossary-schema';
import { updateGlossaryEntry } from '@/lib/server/glossary/update-glossary-entry';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';

type Params = { projectId: string; entryId: string };

// PATCH /api/v1/projects/{id}/glossary/{entryId} {source, target} (editors, admins) → {id, source, target}
export const PATCH = apiHandler<Params>(
  async ({ req, user, params }) => {
    const body = await readJson(req, glossaryEntrySchema);
    return updateGlossaryEntry(user, { projectId: params.projectId, entryId: params.entryId, ...body });
  },
  { access: { project: 'project:glossary' } },
);

// DELETE (editors, admins) → {id}
export const DELETE = apiHandler<Params>(async ({ user, params }) =>
  deleteGlossaryEntry(user, { projectId: params.projectId, entryId: params.entryId }),
);
