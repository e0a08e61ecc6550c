import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { reviseDocument, type ReviseDocumentInput } from '@/lib/server/documents/revise-document';
import { AppError } from '@/lib/server/errors';
import { apiHandler, MAX_JSON_BYTES, readJson } from '@/lib/server/http/api-handler';
import { articleSideSchema, formSide } from '@/lib/server/http/article-side-input';
import { MULTIPART_OVERHEAD_BYTES, readFormData } from '@/lib/server/http/read-body-bytes';
import { assertCleanForm } from '@/lib/server/http/text-input';

const jsonSchema = z.object({
  source: articleSideSchema.optional(),
  target: articleSideSchema.optional(),
  baseVersion: z.number().int().min(1).optional(),
  keepBoilerplate: z.boolean().optional(),
});

async function multipartInput(req: NextRequest): Promise<Omit<ReviseDocumentInput, 'documentId'>> {
  const form = await readFormData(req, MAX_JSON_BYTES + MULTIPART_OVERHEAD_BYTES);
  assertCleanForm(form);
  const version = form.get('baseVersion');
  const baseVersion = typeof version === 'string' && version.trim() ? Number(version) : undefined;
  if (baseVersion !== undefined && !(Number.isInteger(baseVersion) && baseVersion >= 1))
    throw new AppError('INVALID_INPUT', 'baseVersion must be a whole number from 1.');
  return {
    source: (await formSide(form, 'source')) ?? undefined,
    target: (await formSide(form, 'target')) ?? undefined,
    baseVersion,
    keepBoilerplate: form.get('keepBoilerplate') === 'true',
  };
}

// POST /api/v1/documents/{id}/revisions — a new version of either side or both (decision 045): JSON
// {source?: {text}|{url}, target?: {text}|{url}, baseVersion?, keepBoilerplate?} or multipart (files "source"/"target",
// sourceUrl/targetUrl, sourceText/targetText, baseVersion) → {documentId, version, status, reopened, summary}.
export const POST = apiHandler<{ documentId: string }>(
  async ({ req, user, params, access }) => {
    const input = (req.headers.get('content-type') ?? '').startsWith('multipart/form-data')
      ? await multipartInput(req)
      : await readJson(req, jsonSchema);
    return reviseDocument(user, { documentId: params.documentId, ...input, access: access.document });
  },
  { access: { document: 'document:revise' } },
);
