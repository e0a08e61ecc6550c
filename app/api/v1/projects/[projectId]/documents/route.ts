import { listDocuments } from '@/lib/server/documents/list-documents';
import { apiHandler } from '@/lib/server/http/api-handler';

// GET /api/v1/projects/{id}/documents: id, title, status, version of each document.
export const GET = apiHandler<{ projectId: string }>(async ({ user, params }) => {
  const documents = await listDocuments(user, params.projectId);
  return { documents: documents.map((d) => ({ id: d.id, title: d.title, status: d.status, version: d.version, beads: d.beads, progress: d.progress })) };
});
