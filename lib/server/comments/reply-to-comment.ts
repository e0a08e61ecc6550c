import 'server-only';
import type { CreatedComment } from '@/lib/comments/comment-view-schema';
import { z } from 'zod';
import { documentAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { assertWritable, lockDocument } from '@/lib/server/review/document-lock';
import { commentBodySchema, commentSelect, resolveMentions, toCommentView } from './comment-view';

// Replies are one level deep: replying to a reply answers its thread. Replying does not change whether the
// thread is resolved (reopen it explicitly).

export const replySchema = z.object({ body: commentBodySchema });

export async function replyToComment(
  actor: SessionUser,
  input: { documentId: string; commentId: string; body: string },
): Promise<CreatedComment> {
  const ctx = await documentAccess(actor, input.documentId, 'document:comment');
  const { body } = replySchema.parse(input);
  return db.$transaction(async (tx) => {
    assertWritable(await lockDocument(tx, input.documentId, 'share'));
    const target = await tx.annotation.findFirst({
      where: { id: input.commentId, documentId: input.documentId },
      select: { id: true, parentId: true },
    });
    if (!target) throw notFound('That comment');
    const root = await tx.annotation.findUniqueOrThrow({
      where: { id: target.parentId ?? target.id },
      select: { id: true, beadId: true, segmentId: true, resolved: true },
    });
    const mentions = await resolveMentions(tx, ctx.project.id, body);
    const row = await tx.annotation.create({
      data: {
        documentId: input.documentId,
        parentId: root.id,
        beadId: root.beadId,
        segmentId: root.segmentId,
        authorId: actor.id,
        body,
        mentions: mentions.userIds,
      },
      select: commentSelect,
    });
    await audit(tx, {
      actorId: actor.id,
      action: 'comment.reply',
      projectId: ctx.project.id,
      documentId: input.documentId,
      target: row.id,
      after: { commentId: row.id, threadId: root.id, beadId: root.beadId, body, mentions: row.mentions },
    });
    return { ...toCommentView(row, mentions.names, root.resolved), unknownMentions: mentions.unknown };
  });
}
