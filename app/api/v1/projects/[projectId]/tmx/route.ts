import { TMX_READ_LIMITS } from '@/lib/formats/tmx-reader';
import { AppError } from '@/lib/server/errors';
import { z } from 'zod';
import { apiHandler } from '@/lib/server/http/api-handler';
import { MULTIPART_OVERHEAD_BYTES, readFormData, streamBody } from '@/lib/server/http/read-body-bytes';
import { readQuery } from '@/lib/server/http/read-query';
import { assertCleanForm } from '@/lib/server/http/text-input';
import { importTmx } from '@/lib/server/import/import-tmx';
import { INLINE_TMX_BYTES, readableChunks, startTmxImportJob } from '@/lib/server/import/start-tmx-import-job';

const MAX_BYTES = TMX_READ_LIMITS.maxBytes;
const querySchema = z.object({ name: z.string().max(255).optional() });

// POST /api/v1/projects/{id}/tmx with the TMX file as the body (or multipart field "file")
// → 201 {imported, skipped, errors, documentId}; 400/413/422 with a message for a file that cannot be imported.
// A file over 8 MB (multipart, or a raw body whose Content-Length says so) becomes a background job instead:
// 202 {batchId}, its progress in GET /api/v1/batches/{batchId} (decision 037).
// Access is checked before the body is read; a raw body streams into the parser, capped at 200 MB.
export const POST = apiHandler<{ projectId: string }>(
  async ({ req, user, params }) => {
    const query = readQuery(req, querySchema);
    let body: Uint8Array | AsyncIterable<Uint8Array>;
    let fileName: string | null = query.name ?? null;
    if ((req.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
      const form = await readFormData(req, MAX_BYTES + MULTIPART_OVERHEAD_BYTES, 'The TMX upload');
      assertCleanForm(form);
      const file = form.get('file');
      if (!(file instanceof File)) throw new AppError('INVALID_INPUT', 'Send the TMX file in a form field named "file".');
      if (file.size > INLINE_TMX_BYTES) {
        const job = await startTmxImportJob(user, {
          projectId: params.projectId,
          fileName: file.name,
          bytes: file.size,
          file: () => readableChunks(file.stream()),
        });
        return Response.json(job, { status: 202 });
      }
      body = new Uint8Array(await file.arrayBuffer());
      fileName = file.name;
    } else {
      body = streamBody(req, MAX_BYTES, 'The TMX file'); // an empty body is refused as an empty file
      const declared = Number(req.headers.get('content-length') ?? 0);
      if (declared > INLINE_TMX_BYTES) {
        const stream = body;
        const job = await startTmxImportJob(user, {
          projectId: params.projectId,
          fileName: fileName ?? 'memory.tmx',
          bytes: declared,
          file: () => stream,
        });
        return Response.json(job, { status: 202 });
      }
    }
    const result = await importTmx(user, { projectId: params.projectId, body, fileName });
    return Response.json(result, { status: 201 });
  },
  { access: { project: 'document:create' } },
);
