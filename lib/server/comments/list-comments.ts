import 'server-only';
import { documentAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import type { CommentThread } from '@/lib/comments/comment-view-schema';
import { toCommentView, commentSelect } from './comment-view';

// A document's comment threads, oldest first, each with its replies; optionally only one bead's, or only the
// unresolved ones (the editor's "open comments" filter). Anyone who may read the document may read them.

export type { CommentThread } from '@/lib/comments/comment-view-schema';

const MAX_THREADS = 2_000;

export async function listComments(
  actor: SessionUser,
  input: { documentId: string; beadId?: string; unresolvedOnly?: boolean },
): Promise<CommentThread[]> {
  await documentAccess(actor, input.documentId, 'document:read');
  const roots = await db.annotation.findMany({
    where: {
      documentId: input.documentId,
      parentId: null,
      ...(input.beadId ? { beadId: input.beadId } : {}),
      ...(input.unresolvedOnly ? { resolved: false } : {}),
    },
    orderBy: { createdAt: 'asc' },
    take: MAX_THREADS,
    select: { ...commentSelect, replies: { orderBy: { createdAt: 'asc' }, select: commentSelect } },
  });
  const all = roots.flatMap((r) => [r, ...r.replies]);
  const [users, segments] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set(all.flatMap((c) => c.mentions))] } }, select: { id: true, name: true } }),
    db.segment.findMany({
      where: { documentId: input.documentId, id: { in: roots.flatMap((r) => (r.segmentId ? [r.segmentId] : [])) } },
      select: { id: true, text: true },
    }),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const text = new Map(segments.map((s) => [s.id, s.text]));
  return roots.map(({ replies, ...root }) => {
    const segmentText = root.segmentId ? text.get(root.segmentId) : undefined;
    const fits = segmentText !== undefined && root.spanStart !== null && root.spanEnd !== null && root.spanEnd <= segmentText.length;
    return {
      ...toCommentView(root, names),
      quote: fits ? segmentText.slice(root.spanStart ?? 0, root.spanEnd ?? 0) : null,
      replies: replies.map((reply) => toCommentView(reply, names, root.resolved)),
    } satisfies CommentThread;
  });
}
