import { z } from 'zod';
import { undoRedo } from '@/lib/server/documents/apply-document-operation';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';

// POST /api/v1/documents/{id}/redo {baseVersion} → the new state, or 409 with currentVersion.
export const POST = apiHandler<{ documentId: string }>(async ({ req, user, params }) => {
  const { baseVersion } = await readJson(req, z.object({ baseVersion: z.number().int().min(1) }));
  const segments = req.nextUrl.searchParams.get('segments') === 'changed' ? 'changed' : 'all';
  return undoRedo(user, { documentId: params.documentId, baseVersion, direction: 'redo', segments });
}, { access: { document: 'document:read' } });
