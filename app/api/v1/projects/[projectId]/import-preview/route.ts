import { z } from 'zod';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { previewUrlImport } from '@/lib/server/import/preview-url-import';

// POST /api/v1/projects/{id}/import-preview {url, sourceUrl?} → what URL import would create, nothing saved.
export const POST = apiHandler<{ projectId: string }>(
  async ({ req, user, params }) => {
    const body = await readJson(req, z.object({ url: z.string().min(1).max(2000), sourceUrl: z.string().max(2000).nullish() }));
    return previewUrlImport(user, { projectId: params.projectId, url: body.url, sourceUrl: body.sourceUrl });
  },
  { access: { project: 'document:create' } },
);
