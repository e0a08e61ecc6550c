import { exportProject, exportQuerySchema, exportResponse } from '@/lib/server/export/export-documents';
import { apiHandler } from '@/lib/server/http/api-handler';

// GET /api/v1/projects/{id}/export?format=…&status=…&documents=id1,id2 (all documents when omitted)
export const GET = apiHandler<{ projectId: string }>(async ({ req, user, params }) => {
  const query = exportQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return exportResponse(await exportProject(user, params.projectId, query));
});
