import 'server-only';
import type { CreatedComment } from '@/lib/comments/comment-view-schema';
import { z } from 'zod';
import { idSchema } from '@/lib/alignment/alignment-schema';
import { documentAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db, type Tx } from '@/lib/server/db';
import { AppError, notFound } from '@/lib/server/errors';
import { assertWritable, lockDocument } from '@/lib/server/review/document-lock';
import { commentBodySchema, commentSelect, resolveMentions, toCommentView } from './comment-view';

// Starts a comment thread on a bead, or on a span of a segment's text (the thread is then also attached to the
// bead that holds the segment, so the editor's per-bead comment counts and filters include it). Bead and
// segment ids are looked up together with the document: another document's id is a 404.

const offset = z.number().int().min(0);

export const createCommentSchema = z
  .object({
    body: commentBodySchema,
    beadId: idSchema.optional(),
    segmentId: idSchema.optional(),
    spanStart: offset.optional(),
    spanEnd: offset.optional(),
  })
  .refine((c) => c.beadId !== undefined || c.segmentId !== undefined, {
    message: 'Comment on a bead (beadId) or on a segment (segmentId).',
  })
  .refine((c) => (c.spanStart === undefined) === (c.spanEnd === undefined), { message: 'Give both spanStart and spanEnd, or neither.' })
  .refine((c) => c.spanStart === undefined || c.segmentId !== undefined, { message: 'A text span needs a segmentId.' });

export type CreateCommentInput = z.input<typeof createCommentSchema> & { documentId: string };

async function anchorOf(
  tx: Tx,
  documentId: string,
  input: z.output<typeof createCommentSchema>,
): Promise<{ beadId: string; segmentId: string | null }> {
  if (input.segmentId === undefined) {
    const bead = await tx.bead.findFirst({ where: { id: input.beadId, documentId }, select: { id: true } });
    if (!bead) throw notFound('That bead');
    return { beadId: bead.id, segmentId: null };
  }
  const segment = await tx.segment.findFirst({ where: { id: input.segmentId, documentId }, select: { id: true, text: true } });
  if (!segment) throw notFound('That segment');
  if (
    input.spanStart !== undefined &&
    input.spanEnd !== undefined &&
    !(input.spanStart < input.spanEnd && input.spanEnd <= segment.text.length)
  ) {
    throw new AppError('INVALID_INPUT', `The span must lie within the segment's ${segment.text.length} characters and not be empty.`);
  }
  const bead = await tx.bead.findFirst({
    where: {
      documentId,
      OR: [{ sourceIds: { has: segment.id } }, { targetIds: { has: segment.id } }],
      ...(input.beadId ? { id: input.beadId } : {}),
    },
    select: { id: true },
  });
  if (!bead) throw input.beadId ? new AppError('INVALID_INPUT', 'That segment is not in that bead.') : notFound('The bead of that segment');
  return { beadId: bead.id, segmentId: segment.id };
}

export async function createComment(actor: SessionUser, input: CreateCommentInput): Promise<CreatedComment> {
  const ctx = await documentAccess(actor, input.documentId, 'document:comment');
  const data = createCommentSchema.parse(input);
  return db.$transaction(async (tx) => {
    assertWritable(await lockDocument(tx, input.documentId, 'share'));
    const anchor = await anchorOf(tx, input.documentId, data);
    const mentions = await resolveMentions(tx, ctx.project.id, data.body);
    const row = await tx.annotation.create({
      data: {
        documentId: input.documentId,
        authorId: actor.id,
        body: data.body,
        mentions: mentions.userIds,
        ...anchor,
        spanStart: data.spanStart ?? null,
        spanEnd: data.spanEnd ?? null,
      },
      select: commentSelect,
    });
    await audit(tx, {
      actorId: actor.id,
      action: 'comment.create',
      projectId: ctx.project.id,
      documentId: input.documentId,
      target: row.id,
      after: { commentId: row.id, ...anchor, spanStart: row.spanStart, spanEnd: row.spanEnd, body: row.body, mentions: row.mentions },
    });
    return { ...toCommentView(row, mentions.names), unknownMentions: mentions.unknown };
  });
}
