// The shapes of the review, label and comment answers the editor reads (docs/api.md, "Review, comments and
// history"). Parsed with zod at the boundary like every other API answer.

import { z } from 'zod';
import { documentStatusSchema } from '@/lib/alignment/document-view-schema';
import { alignmentStateSchema } from '../sync/editor-document';

const wordDiffSchema = z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() }));
const texts = z.object({ source: z.string(), target: z.string() });
const person = z.object({ id: z.string(), name: z.string() });

export const beadReviewSchema = z.object({
  beadId: z.string(),
  status: z.string(),
  decisions: z.array(z.object({ decision: z.string(), reason: z.string().nullable(), reviewer: person, at: z.string(), snapshot: texts })),
  changedSinceDecision: z.boolean(),
  diff: z.object({ source: wordDiffSchema, target: wordDiffSchema }).nullable(),
});

export const approveAllSchema = alignmentStateSchema.extend({ approved: z.number().int() });

export const transitionSchema = z.object({ documentId: z.string(), status: documentStatusSchema, version: z.number().int() });

export const labelsResponseSchema = z.object({ beadId: z.string(), labels: z.array(z.string()) });

const commentSchema = z.object({
  id: z.string(),
  threadId: z.string(),
  parentId: z.string().nullable(),
  beadId: z.string().nullable(),
  segmentId: z.string().nullable(),
  author: person,
  body: z.string(),
  mentions: z.array(person),
  resolved: z.boolean(),
  createdAt: z.string(),
});

export const threadSchema = commentSchema.extend({ quote: z.string().nullable(), replies: z.array(commentSchema) });
export const threadsSchema = z.object({ threads: z.array(threadSchema) });
export const createdCommentSchema = commentSchema.extend({ unknownMentions: z.array(z.string()).default([]) });
export const threadStateSchema = z.object({ threadId: z.string(), resolved: z.boolean() });

export type BeadReview = z.infer<typeof beadReviewSchema>;
export type CommentThread = z.infer<typeof threadSchema>;
export type EditorComment = z.infer<typeof commentSchema>;
export type CreatedComment = z.infer<typeof createdCommentSchema>;

/** Where a new comment goes: the whole bead, or a span of one segment's text (UTF-16 offsets, end exclusive). */
export type CommentAnchor = { beadId: string } | { segmentId: string; spanStart: number; spanEnd: number };
