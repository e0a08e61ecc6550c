// The comment answers (docs/api.md, "Review, comments and history"), declared once: the server's values
// `satisfies` these and the editor parses with the same schemas (decision 031, item 2).

import { z } from 'zod';

const personSchema = z.object({ id: z.string(), name: z.string() });

export const commentViewSchema = z.object({
  id: z.string(),
  /** The root comment's id: replies are one level deep, so a thread is a root and its replies. */
  threadId: z.string(),
  parentId: z.string().nullable(),
  beadId: z.string().nullable(),
  segmentId: z.string().nullable(),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  author: personSchema,
  body: z.string(),
  mentions: z.array(personSchema),
  /** Thread state, kept on the root; replies report their thread's. */
  resolved: z.boolean(),
  createdAt: z.string(),
});

export const commentThreadSchema = commentViewSchema.extend({
  /** The commented text, when the thread is on a span that still fits the segment. */
  quote: z.string().nullable(),
  replies: z.array(commentViewSchema),
});
export const commentThreadsAnswerSchema = z.object({ threads: z.array(commentThreadSchema) });
export const createdCommentSchema = commentViewSchema.extend({ unknownMentions: z.array(z.string()) });
export const threadStateSchema = z.object({ threadId: z.string(), resolved: z.boolean() });

export type CommentView = z.infer<typeof commentViewSchema>;
export type CommentThread = z.infer<typeof commentThreadSchema>;
export type CreatedComment = z.infer<typeof createdCommentSchema>;
export type ThreadState = z.infer<typeof threadStateSchema>;
