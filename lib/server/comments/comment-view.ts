import 'server-only';
import { z } from 'zod';
import type { CommentView } from '@/lib/comments/comment-view-schema';
import type { Tx } from '@/lib/server/db';
import { db } from '@/lib/server/db';
import { parseMentions } from './parse-mentions';

// What the comment use cases share: the body rule, the shape a client sees, and resolving @mentions against the
// project's active members.

export const MAX_COMMENT_LENGTH = 5_000;
export const commentBodySchema = z.string().trim().min(1, 'Write a comment.').max(MAX_COMMENT_LENGTH);

export type { CommentView } from '@/lib/comments/comment-view-schema';

export const commentSelect = {
  id: true,
  parentId: true,
  beadId: true,
  segmentId: true,
  spanStart: true,
  spanEnd: true,
  body: true,
  mentions: true,
  resolved: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} as const;

export interface CommentRow {
  id: string;
  parentId: string | null;
  beadId: string | null;
  segmentId: string | null;
  spanStart: number | null;
  spanEnd: number | null;
  body: string;
  mentions: string[];
  resolved: boolean;
  createdAt: Date;
  author: { id: string; name: string };
}

export function toCommentView(row: CommentRow, names: ReadonlyMap<string, string>, threadResolved = row.resolved): CommentView {
  return {
    id: row.id,
    threadId: row.parentId ?? row.id,
    parentId: row.parentId,
    beadId: row.beadId,
    segmentId: row.segmentId,
    spanStart: row.spanStart,
    spanEnd: row.spanEnd,
    author: row.author,
    body: row.body,
    mentions: row.mentions.map((id) => ({ id, name: names.get(id) ?? 'former member' })),
    resolved: threadResolved,
    createdAt: row.createdAt.toISOString(),
  } satisfies CommentView;
}

/** @mentions of active project members; returns the ids and a name lookup for the view. */
export async function resolveMentions(
  tx: Tx | typeof db,
  projectId: string,
  body: string,
): Promise<{ userIds: string[]; unknown: string[]; names: Map<string, string> }> {
  const members = await tx.membership.findMany({
    where: { projectId, user: { active: true } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  const parsed = parseMentions(
    body,
    members.map((m) => m.user),
  );
  return { ...parsed, names: new Map(members.map((m) => [m.user.id, m.user.name])) };
}
