import { z } from 'zod';
import { undoRedo } from '@/lib/server/documents/undo-redo-operation';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { readQuery, segmentsQuerySchema } from '@/lib/server/http/read-query';

// POST /api/v1/documents/{id}/redo {baseVersion} → the new state, or 409 with currentVersion.
export const POST = apiHandler<{ documentId: string }>(
  async ({ req, user, params, access }) => {
    const { segments } = readQuery(req, segmentsQuerySchema);
    const { baseVersion } = await readJson(req, z.object({ baseVersion: z.number().int().min(1) }));
    return undoRedo(user, { documentId: params.documentId, baseVersion, direction: 'redo', segments, access: access.document });
  },
  { access: { document: 'document:read' } },
);
