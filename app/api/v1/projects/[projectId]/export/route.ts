import { exportProject, exportQuerySchema, exportResponse } from '@/lib/server/export/export-documents';
import { apiHandler } from '@/lib/server/http/api-handler';
import { readQuery } from '@/lib/server/http/read-query';

// GET /api/v1/projects/{id}/export?format=…&status=…&documents=id1,id2 (all documents when omitted)
export const GET = apiHandler<{ projectId: string }>(async ({ req, user, params }) => {
  const query = readQuery(req, exportQuerySchema);
  return exportResponse(await exportProject(user, { projectId: params.projectId, query }));
});
