import 'server-only';
import type { ThreadState } from '@/lib/comments/comment-view-schema';
import { documentAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { assertWritable, lockDocument } from '@/lib/server/review/document-lock';

// Resolves or reopens a whole thread (the state lives on its root; any comment id of the thread may be given).
// Anyone who may comment may do either. Setting the state it already has changes nothing and writes no event.

export async function resolveComment(
  actor: SessionUser,
  input: { documentId: string; commentId: string; resolved: boolean },
): Promise<ThreadState> {
  const ctx = await documentAccess(actor, input.documentId, 'document:comment');
  return db.$transaction(async (tx) => {
    assertWritable(await lockDocument(tx, input.documentId, 'share'));
    const target = await tx.annotation.findFirst({
      where: { id: input.commentId, documentId: input.documentId },
      select: { id: true, parentId: true },
    });
    if (!target) throw notFound('That comment');
    const root = await tx.annotation.findUniqueOrThrow({
      where: { id: target.parentId ?? target.id },
      select: { id: true, beadId: true, resolved: true },
    });
    if (root.resolved === input.resolved) return { threadId: root.id, resolved: root.resolved };
    await tx.annotation.update({ where: { id: root.id }, data: { resolved: input.resolved } });
    await audit(tx, {
      actorId: actor.id,
      action: input.resolved ? 'comment.resolve' : 'comment.reopen',
      projectId: ctx.project.id,
      documentId: input.documentId,
      target: root.id,
      before: { threadId: root.id, resolved: root.resolved },
      after: { threadId: root.id, beadId: root.beadId, resolved: input.resolved },
    });
    return { threadId: root.id, resolved: input.resolved };
  });
}
