import { replySchema, replyToComment } from '@/lib/server/comments/reply-to-comment';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';

// POST /api/v1/documents/{id}/comments/{commentId}/replies {body} → 201 the reply.
export const POST = apiHandler<{ documentId: string; commentId: string }>(
  async ({ req, user, params }) => {
    const { body } = await readJson(req, replySchema);
    return Response.json(await replyToComment(user, { ...params, body }), { status: 201 });
  },
  { access: { document: 'document:comment' } },
);
