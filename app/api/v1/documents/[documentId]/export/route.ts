import { exportDocument, exportQuerySchema, exportResponse } from '@/lib/server/export/export-documents';
import { apiHandler } from '@/lib/server/http/api-handler';

// GET /api/v1/documents/{id}/export?format=tmx|tsv|xliff|jsonl&status=approved|all&minConfidence=&excludeLabels=&langCodes=region|primary&level=sentence|paragraph
export const GET = apiHandler<{ documentId: string }>(async ({ req, user, params }) => {
  const query = exportQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return exportResponse(await exportDocument(user, params.documentId, query));
});
