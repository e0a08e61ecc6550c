import { createComment, createCommentSchema } from '@/lib/server/comments/create-comment';
import { listComments } from '@/lib/server/comments/list-comments';
import { z } from 'zod';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { queryFlag, readQuery } from '@/lib/server/http/read-query';

const listQuerySchema = z.object({ beadId: z.string().min(1).max(64).optional(), unresolved: queryFlag.default(false) });

// GET /api/v1/documents/{id}/comments[?beadId=…][&unresolved=1] → {threads}
export const GET = apiHandler<{ documentId: string }>(async ({ req, user, params }) => {
  const query = readQuery(req, listQuerySchema);
  const threads = await listComments(user, { documentId: params.documentId, beadId: query.beadId, unresolvedOnly: query.unresolved });
  return { threads };
});

// POST /api/v1/documents/{id}/comments {body, beadId? | segmentId? (+ spanStart, spanEnd)} → 201 the comment.
export const POST = apiHandler<{ documentId: string }>(
  async ({ req, user, params }) => {
    const body = await readJson(req, createCommentSchema);
    return Response.json(await createComment(user, { documentId: params.documentId, ...body }), { status: 201 });
  },
  { access: { document: 'document:comment' } },
);
