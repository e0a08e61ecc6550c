import { z } from 'zod';
import { undoRedo } from '@/lib/server/documents/undo-redo-operation';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { readQuery, answerQuerySchema } from '@/lib/server/http/read-query';

// POST /api/v1/documents/{id}/undo {baseVersion}[?answer=delta] → the new state (or the changes since baseVersion), or 409 with currentVersion.
export const POST = apiHandler<{ documentId: string }>(
  async ({ req, user, params, access }) => {
    const { answer } = readQuery(req, answerQuerySchema);
    const { baseVersion } = await readJson(req, z.object({ baseVersion: z.number().int().min(1) }));
    return undoRedo(user, { documentId: params.documentId, baseVersion, direction: 'undo', answer, access: access.document });
  },
  { access: { document: 'document:read' } },
);
