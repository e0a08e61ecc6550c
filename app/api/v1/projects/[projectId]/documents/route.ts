import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { AppError } from '@/lib/server/errors';
import { apiHandler, MAX_JSON_BYTES, readJson } from '@/lib/server/http/api-handler';
import { MULTIPART_OVERHEAD_BYTES, readFormData } from '@/lib/server/http/read-body-bytes';
import { assertCleanForm } from '@/lib/server/http/text-input';
import { importArticlePair, type ImportPairInput } from '@/lib/server/import/import-article-pair';
import type { ArticleSource } from '@/lib/server/import/resolve-article';

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

const side = z.union([z.object({ text: z.string(), url: z.string().max(2000).nullish() }), z.object({ url: z.string().min(1).max(2000) })]);
const jsonSchema = z.object({ title: z.string().max(300).nullish(), source: side, target: side, keepBoilerplate: z.boolean().optional() });

async function multipartInput(req: NextRequest, projectId: string): Promise<ImportPairInput> {
  // Two article files or two pasted texts: the JSON limit, plus the multipart framing.
  const form = await readFormData(req, MAX_JSON_BYTES + MULTIPART_OVERHEAD_BYTES);
  assertCleanForm(form);
  const sideOf = async (name: 'source' | 'target'): Promise<ArticleSource> => {
    const file = form.get(name);
    if (file instanceof File)
      return { file: { fileName: file.name, contentType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } };
    const url = form.get(`${name}Url`);
    if (typeof url === 'string' && url.trim()) return { url };
    const text = form.get(`${name}Text`);
    if (typeof text === 'string') return { text };
    throw new AppError('INVALID_INPUT', `Give the ${name} as a file field "${name}", a "${name}Url" or a "${name}Text".`);
  };
  const title = form.get('title');
  const keepBoilerplate = form.get('keepBoilerplate') === 'true';
  return {
    projectId,
    title: typeof title === 'string' ? title : null,
    source: await sideOf('source'),
    target: await sideOf('target'),
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
