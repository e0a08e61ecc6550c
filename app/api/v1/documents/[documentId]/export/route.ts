import { exportDocument, documentExportQuerySchema, exportResponse } from '@/lib/server/export/export-documents';
import { apiHandler } from '@/lib/server/http/api-handler';
import { readQuery } from '@/lib/server/http/read-query';

// GET /api/v1/documents/{id}/export?format=tmx|tsv|xliff|jsonl&status=approved|all&minConfidence=&excludeLabels=&langCodes=region|primary&level=sentence|paragraph
export const GET = apiHandler<{ documentId: string }>(async ({ req, user, params }) => {
  const query = readQuery(req, documentExportQuerySchema);
  return exportResponse(await exportDocument(user, { documentId: params.documentId, query }));
});
