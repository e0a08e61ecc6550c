import { z } from 'zod';
import { createDocument } from '@/lib/server/documents/create-document';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';

// GET /api/v1/projects/{id}/documents: id, title, status, version of each document.
export const GET = apiHandler<{ projectId: string }>(async ({ user, params }) => {
  const documents = await listDocuments(user, params.projectId);
  return { documents: documents.map((d) => ({ id: d.id, title: d.title, status: d.status, version: d.version, beads: d.beads, progress: d.progress })) };
});

const side = z.object({ text: z.string() });
const createSchema = z.object({ title: z.string(), source: side, target: side });

// POST /api/v1/projects/{id}/documents {title, source: {text}, target: {text}} → {id} of the aligned document.
export const POST = apiHandler<{ projectId: string }>(async ({ req, user, params }) => {
  const body = await readJson(req, createSchema);
  const created = await createDocument(user, { projectId: params.projectId, title: body.title, sourceText: body.source.text, targetText: body.target.text });
  return Response.json(created, { status: 201 });
});
