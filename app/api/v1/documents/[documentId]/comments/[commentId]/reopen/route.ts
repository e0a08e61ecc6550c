import { resolveComment } from '@/lib/server/comments/resolve-comment';
import { apiHandler } from '@/lib/server/http/api-handler';

// POST /api/v1/documents/{id}/comments/{commentId}/reopen → {threadId, resolved: false}. No body.
export const POST = apiHandler<{ documentId: string; commentId: string }>(async ({ user, params }) =>
  resolveComment(user, { ...params, resolved: false }),
);
