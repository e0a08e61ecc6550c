import 'server-only';
import type { BeadView, DocumentStateView, SegmentsView } from '@/lib/alignment/document-view-schema';
import type { Alignment, Bead } from '@/lib/alignment/types';
import { db, type Tx } from '@/lib/server/db';
import { readBeadExtras, type BeadExtra } from './persist-alignment';

// The alignment state a client holds (segments come from `segmentsOf`): beads in order (with labels and open comment counts), the
// version and whether undo/redo are possible. Built from an alignment already in memory.

export async function documentState(
  documentId: string,
  version: number,
  alignment: Alignment,
  client: Tx | typeof db = db,
  /** Undo and redo are per user (decision 042): whether this user has a change to undo or redo. */
  userId: string | null = null,
): Promise<DocumentStateView> {
  return stateOf(await reviewExtras(documentId, client, userId), version, alignment);
}

/** What the review workflow keeps next to the beads, and the undo log's two flags. */
async function reviewExtras(documentId: string, client: Tx | typeof db = db, userId: string | null = null) {
  const [extras, counts] = await Promise.all([
    client.$queryRaw<BeadExtra[]>`
      SELECT "id", "labels", "rejectReason", "reviewedSnapshot" FROM "Bead"
      WHERE "documentId" = ${documentId} AND (cardinality("labels") > 0 OR "rejectReason" IS NOT NULL OR "reviewedSnapshot" IS NOT NULL)`,
    client.$queryRaw<{ beadId: string | null; n: number }[]>`
      SELECT "beadId", count(*)::int AS "n" FROM "Annotation"
      WHERE "documentId" = ${documentId} AND "resolved" = false AND "parentId" IS NULL AND "beadId" IS NOT NULL GROUP BY "beadId"
      UNION ALL
      SELECT CASE WHEN "undone" THEN 'redo' ELSE 'undo' END, 1 FROM "Operation"
      WHERE "documentId" = ${documentId} AND (${userId}::text IS NULL OR "userId" = ${userId}) GROUP BY "undone"`,
  ]);
  return { extras, counts };
}

export function stateOf(
  { extras, counts }: Awaited<ReturnType<typeof reviewExtras>>,
  version: number,
  alignment: Alignment,
): DocumentStateView {
  const comments = counts.filter((c) => c.beadId !== 'undo' && c.beadId !== 'redo');
  const undoable = counts.some((c) => c.beadId === 'undo');
  const redoable = counts.some((c) => c.beadId === 'redo');
  return {
    version,
    beads: viewsOf(alignment, alignment.beads, extras, comments),
    canUndo: undoable,
    canRedo: redoable,
  } satisfies DocumentStateView;
}

/** Beads as the editor holds them: with labels, the reject reason, open comment threads and "changed since review". */
export function viewsOf(
  alignment: Alignment,
  beads: readonly Bead[],
  extras: BeadExtra[],
  comments: { beadId: string | null; n: number }[],
): BeadView[] {
  const extra = new Map(extras.map((e) => [e.id, e]));
  const commentCount = new Map(comments.map((c) => [c.beadId, c.n]));
  const text = new Map([...alignment.source, ...alignment.target].map((s) => [s.id, s.text]));
  return beads.map((b) => {
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
  });
}

/** Whether this user has a change to undo or redo (decision 042): one small read, for answers that carry no beads. */
export async function undoFlags(
  client: Tx | typeof db,
  documentId: string,
  userId: string,
): Promise<{ canUndo: boolean; canRedo: boolean }> {
  const [row] = await client.$queryRaw<{ canUndo: boolean | null; canRedo: boolean | null }[]>`
    SELECT bool_or(NOT "undone") AS "canUndo", bool_or("undone") AS "canRedo" FROM "Operation"
    WHERE "documentId" = ${documentId} AND "userId" = ${userId}`;
  return { canUndo: row?.canUndo === true, canRedo: row?.canRedo === true };
}

/** The views of a few beads of `alignment` (a change's new beads, for its delta): two small indexed reads. */
export async function beadViews(
  client: Tx | typeof db,
  documentId: string,
  alignment: Alignment,
  beadIds: string[],
): Promise<Map<string, BeadView>> {
  if (beadIds.length === 0) return new Map();
  const wanted = new Set(beadIds);
  const [extras, comments] = await Promise.all([
    readBeadExtras(client, documentId, beadIds),
    client.$queryRaw<{ beadId: string | null; n: number }[]>`
      SELECT "beadId", count(*)::int AS "n" FROM "Annotation"
      WHERE "documentId" = ${documentId} AND "resolved" = false AND "parentId" IS NULL AND "beadId" = ANY(${beadIds}) GROUP BY "beadId"`,
  ]);
  const views = viewsOf(
    alignment,
    alignment.beads.filter((b) => wanted.has(b.id)),
    [...extras.values()],
    comments,
  );
  return new Map(views.map((v) => [v.id, v]));
}

/** The answer's shape is declared once, in lib/alignment/document-view-schema.ts, and the editor parses with it. */
export type DocumentState = DocumentStateView;

/** The segments of both sides as a client holds them. */
export function segmentsOf(alignment: Alignment): SegmentsView {
  return {
    source: alignment.source.map(({ id, text, paragraph }) => ({ id, text, paragraph })),
    target: alignment.target.map(({ id, text, paragraph }) => ({ id, text, paragraph })),
  } satisfies SegmentsView;
}
export type Segments = SegmentsView;
