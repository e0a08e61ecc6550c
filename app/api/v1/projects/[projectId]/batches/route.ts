import { AppError } from '@/lib/server/errors';
import { apiHandler } from '@/lib/server/http/api-handler';
import { listBatches, startBatchImport } from '@/lib/server/import/batch-import';

const MAX_CSV_BYTES = 1024 * 1024;

// POST /api/v1/projects/{id}/batches with a CSV (english_url,korean_url[,title]) as the body or multipart
// field "file" → {id, items, queued, invalid}; each row is imported as a background job.
export const POST = apiHandler<{ projectId: string }>(async ({ req, user, params }) => {
  let csv: string;
  let fileName: string | null = null;
  if ((req.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const file = (await req.formData()).get('file');
    if (!(file instanceof File)) throw new AppError('INVALID_INPUT', 'Send the CSV in a form field named "file".');
    if (file.size > MAX_CSV_BYTES) throw new AppError('TOO_LARGE', 'The CSV is larger than 1 MB.');
    csv = await file.text();
    fileName = file.name;
  } else {
    csv = await req.text();
    if (csv.length > MAX_CSV_BYTES) throw new AppError('TOO_LARGE', 'The CSV is larger than 1 MB.');
  }
  return Response.json(await startBatchImport(user, { projectId: params.projectId, csv, fileName }), { status: 202 });
});

// GET /api/v1/projects/{id}/batches: the ten most recent batches with per-item status.
export const GET = apiHandler<{ projectId: string }>(async ({ user, params }) => ({ batches: await listBatches(user, params.projectId) }));
