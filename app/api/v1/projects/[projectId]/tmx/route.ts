import { AppError } from '@/lib/server/errors';
import { z } from 'zod';
import { apiHandler } from '@/lib/server/http/api-handler';
import { readQuery } from '@/lib/server/http/read-query';
import { assertCleanForm } from '@/lib/server/http/text-input';
import { importTmx } from '@/lib/server/import/import-tmx';

const MAX_BYTES = 200 * 1024 * 1024;
const querySchema = z.object({ name: z.string().max(255).optional() });

// POST /api/v1/projects/{id}/tmx with the TMX file as the body (or multipart field "file")
// → {imported, skipped, errors, documentId}; 400/413/422 with a message for a file that cannot be imported.
export const POST = apiHandler<{ projectId: string }>(async ({ req, user, params }) => {
  const query = readQuery(req, querySchema);
  const length = Number(req.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new AppError('TOO_LARGE', 'The file is larger than the 200 MB import limit.');
  let body: Uint8Array | AsyncIterable<Uint8Array>;
  let fileName: string | null = query.name ?? null;
  if ((req.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const form = await req.formData();
    assertCleanForm(form);
    const file = form.get('file');
    if (!(file instanceof File)) throw new AppError('INVALID_INPUT', 'Send the TMX file in a form field named "file".');
    body = new Uint8Array(await file.arrayBuffer());
    fileName = file.name;
  } else {
    if (!req.body) throw new AppError('INVALID_INPUT', 'The request has no body: send the TMX file.');
    body = req.body as unknown as AsyncIterable<Uint8Array>;
  }
  const result = await importTmx(user, { projectId: params.projectId, body, fileName });
  return Response.json(result, { status: 201 });
});
