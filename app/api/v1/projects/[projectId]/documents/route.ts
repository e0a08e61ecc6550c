import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { apiHandler, MAX_JSON_BYTES, readJson } from '@/lib/server/http/api-handler';
import { articleSideSchema, requiredFormSide } from '@/lib/server/http/article-side-input';
import { MULTIPART_OVERHEAD_BYTES, readFormData } from '@/lib/server/http/read-body-bytes';
import { assertCleanForm } from '@/lib/server/http/text-input';
import { importArticlePair, type ImportPairInput } from '@/lib/server/import/import-article-pair';

// GET /api/v1/projects/{id}/documents: id, title, status, version, beads and progress (decision 023) of each document.
export const GET = apiHandler<{ projectId: string }>(async ({ user, params }) => {
  const documents = await listDocuments(user, { projectId: params.projectId });
  return {
    documents: documents.map((d) => ({
      id: d.id,
      title: d.title,
      status: d.status,
      version: d.version,
      beads: d.beads,
      progress: d.progress,
      done: d.review.done,
      counted: d.review.counted,
      excluded: d.review.excluded,
    })),
  };
});

const jsonSchema = z.object({
  title: z.string().max(300).nullish(),
  source: articleSideSchema,
  target: articleSideSchema,
  keepBoilerplate: z.boolean().optional(),
});

async function multipartInput(req: NextRequest, projectId: string): Promise<ImportPairInput> {
  // Two article files or two pasted texts: the JSON limit, plus the multipart framing.
  const form = await readFormData(req, MAX_JSON_BYTES + MULTIPART_OVERHEAD_BYTES);
  assertCleanForm(form);
  const title = form.get('title');
  const keepBoilerplate = form.get('keepBoilerplate') === 'true';
  return {
    projectId,
    title: typeof title === 'string' ? title : null,
    source: await requiredFormSide(form, 'source'),
    target: await requiredFormSide(form, 'target'),
    keepBoilerplate,
  };
}

// POST /api/v1/projects/{id}/documents — JSON {title?, source: {text}|{url}, target: {text}|{url}} or multipart
// (files "source"/"target", or sourceUrl/targetUrl, sourceText/targetText; keepBoilerplate=true) → {id, beads, warnings,
// dropped: {source, target}}: the news-site furniture lines dropped from plain text (decision 022).
export const POST = apiHandler<{ projectId: string }>(
  async ({ req, user, params }) => {
    const input = (req.headers.get('content-type') ?? '').startsWith('multipart/form-data')
      ? await multipartInput(req, params.projectId)
      : { projectId: params.projectId, ...(await readJson(req, jsonSchema)) };
    return Response.json(await importArticlePair(user, input), { status: 201 });
  },
  { access: { project: 'document:create' } },
);
