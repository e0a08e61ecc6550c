import { apiHandler } from '@/lib/server/http/api-handler';
import { listBatches, startBatchImport } from '@/lib/server/import/batch-import';
import { readBatchUpload } from '@/lib/server/import/read-batch-upload';
import { startZipBatchImport } from '@/lib/server/import/start-zip-batch-import';

// POST /api/v1/projects/{id}/batches with a CSV (english_url,korean_url[,title]) or a zip of file pairs
// (<name>.ko.txt|html + <name>.en.txt|html, or ko/ and en/ folders) as the body (zips as application/zip) or
// the multipart field "file" → 202 {id, items, queued, invalid}; each pair is imported as a background job.
export const POST = apiHandler<{ projectId: string }>(
  async ({ req, user, params }) => {
    const upload = await readBatchUpload(req);
    const projectId = params.projectId;
    const started =
      upload.kind === 'zip'
        ? await startZipBatchImport(user, { projectId, zip: upload.zip, fileName: upload.fileName })
        : await startBatchImport(user, { projectId, csv: upload.csv, fileName: upload.fileName });
    return Response.json(started, { status: 202 });
  },
  { access: { project: 'document:create' } },
);

// GET /api/v1/projects/{id}/batches: the ten most recent batches with per-item status.
export const GET = apiHandler<{ projectId: string }>(async ({ user, params }) => ({
  batches: await listBatches(user, { projectId: params.projectId }),
}));
