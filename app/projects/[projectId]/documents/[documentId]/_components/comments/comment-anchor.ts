/** Where a new comment goes: the whole bead, or a span of one segment's text (UTF-16 offsets, end exclusive). */
export type CommentAnchor = { beadId: string } | { segmentId: string; spanStart: number; spanEnd: number };
