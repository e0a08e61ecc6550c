import type { Alignment } from '@/lib/alignment/types';
import { db, type Tx } from '@/lib/server/db';

// The alignment state a client holds: segments, beads in order (with labels and open comment counts), the
// version and whether undo/redo are possible. Built from an alignment already in memory.

export async function documentState(documentId: string, version: number, alignment: Alignment, client: Tx | typeof db = db) {
  const [extras, comments, undoable, redoable] = await Promise.all([
    client.bead.findMany({
      where: { documentId, OR: [{ labels: { isEmpty: false } }, { rejectReason: { not: null } }, { reviewedSnapshot: { not: { equals: null } } }] },
      select: { id: true, labels: true, rejectReason: true, reviewedSnapshot: true },
    }),
    client.annotation.groupBy({ by: ['beadId'], where: { documentId, resolved: false, parentId: null, beadId: { not: null } }, _count: true }),
    client.operation.count({ where: { documentId, undone: false } }),
    client.operation.count({ where: { documentId, undone: true } }),
  ]);
  const extra = new Map(extras.map((e) => [e.id, e]));
  const commentCount = new Map(comments.map((c) => [c.beadId, c._count]));
  const text = new Map([...alignment.source, ...alignment.target].map((s) => [s.id, s.text]));
  return {
    version,
    source: alignment.source.map(({ id, text: t, paragraph }) => ({ id, text: t, paragraph })),
    target: alignment.target.map(({ id, text: t, paragraph }) => ({ id, text: t, paragraph })),
    beads: alignment.beads.map((b) => {
      const e = extra.get(b.id);
      const snapshot = e?.reviewedSnapshot as { source: string; target: string } | null | undefined;
      const changedSinceReview = snapshot
        ? snapshot.source !== b.source.map((id) => text.get(id)).join(' ') || snapshot.target !== b.target.map((id) => text.get(id)).join(' ')
        : false;
      return {
        ...b,
        labels: e?.labels ?? [],
        rejectReason: e?.rejectReason ?? null,
        comments: commentCount.get(b.id) ?? 0,
        changedSinceReview,
      };
    }),
    canUndo: undoable > 0,
    canRedo: redoable > 0,
  };
}

export type DocumentState = Awaited<ReturnType<typeof documentState>>;
