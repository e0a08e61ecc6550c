import 'server-only';
import type { Alignment, Bead, Segment } from '@/lib/alignment/types';
import { Prisma } from '@/lib/generated/prisma/client';
import type { db, Tx } from '@/lib/server/db';

// Writes the difference between two alignments of one document: rows removed, rows added, rows whose content
// changed, and positions that moved. Generic over every operation, so there is one way to store alignment state;
// cost follows the size of the change plus one pass over the ids. The writes are data-modifying CTEs of one
// statement (decision 052): a change's caller adds its log, version, audit and change rows to the same statement,
// so the document's row lock is held for one round trip of writes, not one per table.

function sameBead(a: Bead, b: Bead): boolean {
  return (
    a.status === b.status &&
    a.origin === b.origin &&
    a.moved === b.moved &&
    a.confidence === b.confidence &&
    a.reason === b.reason &&
    a.source.join() === b.source.join() &&
    a.target.join() === b.target.join()
  );
}

function sameSegment(a: Segment, b: Segment): boolean {
  return a.text === b.text && a.paragraph === b.paragraph && a.side === b.side;
}

interface Diff<T> {
  removed: string[];
  added: { item: T; position: number }[];
  updated: { item: T; position: number }[];
  moved: { id: string; position: number }[];
}

/** `moved` holds only items whose content is unchanged: an updated item carries its position (a row is written once). */
function diff<T extends { id: string }>(before: T[], after: T[], same: (a: T, b: T) => boolean): Diff<T> {
  const old = new Map(before.map((item, position) => [item.id, { item, position }]));
  const result: Diff<T> = { removed: [], added: [], updated: [], moved: [] };
  const seen = new Set<string>();
  after.forEach((item, position) => {
    seen.add(item.id);
    const was = old.get(item.id);
    if (!was) return void result.added.push({ item, position });
    if (!same(was.item, item)) result.updated.push({ item, position });
    else if (was.position !== position) result.moved.push({ id: item.id, position });
  });
  for (const item of before) if (!seen.has(item.id)) result.removed.push(item.id);
  return result;
}

/** The review workflow's data on a bead row, next to the alignment. */
export interface BeadExtra {
  id: string;
  labels: string[];
  rejectReason: string | null;
  reviewedSnapshot: unknown;
}

/** What a change sets on a bead row besides its alignment (a review decision, a reopened bead). */
export interface BeadOverride {
  rejectReason?: string | null;
  reviewedSnapshot?: { source: string; target: string };
}

export interface AlignmentDiff {
  beads: Diff<Bead>;
  segments: Diff<Segment>;
  before: Alignment;
  after: Alignment;
}

export function alignmentDiff(before: Alignment, after: Alignment): AlignmentDiff {
  const source = diff(before.source, after.source, sameSegment);
  const target = diff(before.target, after.target, sameSegment);
  return {
    beads: diff(before.beads, after.beads, sameBead),
    segments: {
      removed: [...source.removed, ...target.removed],
      added: [...source.added, ...target.added],
      updated: [...source.updated, ...target.updated],
      moved: [...source.moved, ...target.moved],
    },
    before,
    after,
  };
}

/**
 * The bead rows whose review data the write needs first: the beads a change removes or rewrites give their labels
 * to the beads that take over their segments, and a rewritten row keeps its own. Read under the row lock.
 */
export function beadsToRead(change: AlignmentDiff, overridden: Iterable<string> = []): string[] {
  return [...new Set([...change.beads.removed, ...change.beads.updated.map((u) => u.item.id), ...overridden])];
}

/**
 * Labels live on bead rows, outside the pure alignment. When beads are replaced or regrouped (merge, split,
 * move, and the undo of those), each new or changed bead takes the labels of every removed bead it shares a
 * segment with (added to its own), so a reviewer's label is never silently dropped by a structural change.
 */
function inheritedLabels(change: AlignmentDiff, extras: Map<string, BeadExtra>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const changed = [...change.beads.added, ...change.beads.updated].map((a) => a.item);
  if (!changed.length) return result;
  // Donors: every bead that lost or regrouped its segments, as it was before the change.
  const donors = new Set([...change.beads.removed, ...changed.map((b) => b.id)]);
  const labelsBySegment = new Map<string, string[]>();
  for (const bead of change.before.beads) {
    const labels = donors.has(bead.id) ? extras.get(bead.id)?.labels : undefined;
    if (labels?.length) for (const id of [...bead.source, ...bead.target]) labelsBySegment.set(id, labels);
  }
  if (!labelsBySegment.size) return result;
  for (const bead of changed) {
    const inherited = [...bead.source, ...bead.target].flatMap((id) => labelsBySegment.get(id) ?? []);
    if (inherited.length) result.set(bead.id, [...new Set([...(extras.get(bead.id)?.labels ?? []), ...inherited])]);
  }
  return result;
}

export interface AlignmentWrite {
  /** Data-modifying CTEs (`name AS (…)`), none when nothing changed. */
  ctes: Prisma.Sql[];
  /** The review data of every bead row read or written, as it is once the statement ran. */
  extras: Map<string, BeadExtra>;
}

const json = (rows: unknown[]) => JSON.stringify(rows);

/**
 * The writes of `change` as CTEs of one statement. `read` holds the review data of `beadsToRead(change)`, read under
 * the row lock; `overrides` what the caller sets on bead rows too (they are rewritten with the rest, one write per row).
 */
export function alignmentWrite(
  documentId: string,
  change: AlignmentDiff,
  read: Map<string, BeadExtra>,
  overrides: Map<string, BeadOverride> = new Map(),
): AlignmentWrite {
  const labels = inheritedLabels(change, read);
  const extras = new Map(read);
  const extraOf = (id: string): BeadExtra => {
    const was = read.get(id) ?? { id, labels: [], rejectReason: null, reviewedSnapshot: null };
    const override = overrides.get(id) ?? {};
    return {
      id,
      labels: labels.get(id) ?? was.labels,
      rejectReason: 'rejectReason' in override ? (override.rejectReason ?? null) : was.rejectReason,
      reviewedSnapshot: override.reviewedSnapshot ?? was.reviewedSnapshot,
    };
  };
  const { beads, segments } = change;
  const beadRow = ({ item, position }: { item: Bead; position: number }) => {
    const extra = extraOf(item.id);
    extras.set(item.id, extra);
    return {
      id: item.id,
      position,
      sourceIds: item.source,
      targetIds: item.target,
      origin: item.origin,
      confidence: item.confidence,
      reason: item.reason,
      status: item.status,
      moved: item.moved === true,
      labels: extra.labels,
      rejectReason: extra.rejectReason,
      reviewedSnapshot: extra.reviewedSnapshot ?? null,
    };
  };
  // Rows only the caller changes (a decision on a bead whose alignment stays) are rewritten too, in place.
  const rewritten = new Set(beads.updated.map((u) => u.item.id));
  const positionOf = new Map(beads.moved.map((m) => [m.id, m.position]));
  const overriddenOnly = [...overrides.keys()].filter((id) => !rewritten.has(id));
  const updatedRows = [
    ...beads.updated.map(beadRow),
    ...overriddenOnly.flatMap((id) => {
      const position = change.after.beads.findIndex((b) => b.id === id);
      return position < 0 ? [] : [beadRow({ item: change.after.beads[position], position })];
    }),
  ];
  for (const id of overriddenOnly) positionOf.delete(id);
  const movedBeads = [...positionOf];
  const segmentRow = ({ item, position }: { item: Segment; position: number }) => ({
    id: item.id,
    side: item.side,
    paragraph: item.paragraph,
    position,
    text: item.text,
  });

  const ctes: Prisma.Sql[] = [];
  if (beads.removed.length)
    ctes.push(Prisma.sql`bead_removed AS (DELETE FROM "Bead" WHERE "documentId" = ${documentId} AND "id" = ANY(${beads.removed}::text[]))`);
  if (segments.removed.length)
    ctes.push(
      Prisma.sql`segment_removed AS (DELETE FROM "Segment" WHERE "documentId" = ${documentId} AND "id" = ANY(${segments.removed}::text[]))`,
    );
  if (segments.added.length)
    ctes.push(Prisma.sql`segment_added AS (INSERT INTO "Segment" ("id", "documentId", "side", "paragraph", "position", "text")
      SELECT x."id", ${documentId}, x."side"::"Side", x."paragraph", x."position", x."text"
      FROM jsonb_to_recordset(${json(segments.added.map(segmentRow))}::jsonb) AS x("id" text, "side" text, "paragraph" int, "position" int, "text" text))`);
  if (segments.updated.length)
    ctes.push(Prisma.sql`segment_updated AS (UPDATE "Segment" AS s SET "text" = x."text", "paragraph" = x."paragraph", "position" = x."position"
      FROM jsonb_to_recordset(${json(segments.updated.map(segmentRow))}::jsonb) AS x("id" text, "side" text, "paragraph" int, "position" int, "text" text)
      WHERE s."id" = x."id" AND s."documentId" = ${documentId})`);
  if (segments.moved.length)
    ctes.push(Prisma.sql`segment_moved AS (UPDATE "Segment" AS s SET "position" = x.pos
      FROM unnest(${segments.moved.map((m) => m.id)}::text[], ${segments.moved.map((m) => m.position)}::int[]) AS x(id, pos)
      WHERE s."id" = x.id AND s."documentId" = ${documentId})`);
  const beadColumns = Prisma.sql`"id" text, "position" int, "sourceIds" text[], "targetIds" text[], "origin" text, "confidence" float8,
    "reason" text, "status" text, "moved" boolean, "labels" text[], "rejectReason" text, "reviewedSnapshot" jsonb`;
  if (beads.added.length)
    ctes.push(Prisma.sql`bead_added AS (INSERT INTO "Bead" ("id", "documentId", "position", "sourceIds", "targetIds", "origin", "confidence",
        "reason", "status", "moved", "labels", "rejectReason", "reviewedSnapshot", "updatedAt")
      SELECT x."id", ${documentId}, x."position", x."sourceIds", x."targetIds", x."origin"::"BeadOrigin", x."confidence", x."reason",
        x."status"::"BeadStatus", x."moved", x."labels", x."rejectReason", x."reviewedSnapshot", now()
      FROM jsonb_to_recordset(${json(beads.added.map(beadRow))}::jsonb) AS x(${beadColumns}))`);
  if (updatedRows.length)
    ctes.push(Prisma.sql`bead_updated AS (UPDATE "Bead" AS b SET "position" = x."position", "sourceIds" = x."sourceIds",
        "targetIds" = x."targetIds", "origin" = x."origin"::"BeadOrigin", "confidence" = x."confidence", "reason" = x."reason",
        "status" = x."status"::"BeadStatus", "moved" = x."moved", "labels" = x."labels", "rejectReason" = x."rejectReason",
        "reviewedSnapshot" = x."reviewedSnapshot", "updatedAt" = now()
      FROM jsonb_to_recordset(${json(updatedRows)}::jsonb) AS x(${beadColumns})
      WHERE b."id" = x."id" AND b."documentId" = ${documentId})`);
  if (movedBeads.length)
    ctes.push(Prisma.sql`bead_moved AS (UPDATE "Bead" AS b SET "position" = x.pos
      FROM unnest(${movedBeads.map(([id]) => id)}::text[], ${movedBeads.map(([, position]) => position)}::int[]) AS x(id, pos)
      WHERE b."id" = x.id AND b."documentId" = ${documentId})`);
  return { ctes, extras };
}

/** The review data of some bead rows (one indexed read). */
export async function readBeadExtras(client: Tx | typeof db, documentId: string, beadIds: string[]): Promise<Map<string, BeadExtra>> {
  if (!beadIds.length) return new Map();
  const rows = await client.$queryRaw<BeadExtra[]>`
    SELECT "id", "labels", "rejectReason", "reviewedSnapshot" FROM "Bead" WHERE "documentId" = ${documentId} AND "id" = ANY(${beadIds}::text[])`;
  return new Map(rows.map((r) => [r.id, r]));
}

/** Runs CTEs as one statement; `select` is its main query (by default none: the CTEs run to completion anyway). */
export async function runWrites<T = unknown>(
  tx: Tx,
  ctes: Prisma.Sql[],
  select: Prisma.Sql = Prisma.sql`SELECT 1 AS "done"`,
): Promise<T[]> {
  if (!ctes.length) return tx.$queryRaw<T[]>(select);
  return tx.$queryRaw<T[]>`WITH ${Prisma.join(ctes, ', ')} ${select}`;
}

/** Stores `after` in place of `before`: one read of the review data it needs, one statement of writes. */
export async function persistAlignment(
  tx: Tx,
  documentId: string,
  before: Alignment,
  after: Alignment,
  overrides?: Map<string, BeadOverride>,
): Promise<void> {
  const change = alignmentDiff(before, after);
  const read = await readBeadExtras(tx, documentId, beadsToRead(change, overrides?.keys()));
  await runWrites(tx, alignmentWrite(documentId, change, read, overrides).ctes);
}
