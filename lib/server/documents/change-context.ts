import 'server-only';
import type { Tx } from '@/lib/server/db';
import type { LoggedChange } from './document-changes';
import type { BeadExtra } from './persist-alignment';

// What a change reads under the document's row lock besides the alignment (which the process keeps, decision
// 052): the footprints of the changes since the author's version, the review data of the bead rows it rewrites or
// takes labels from, and the open comment threads of the beads its delta carries. One statement, so the lock is
// held for one round trip of reads.

export interface ChangeContext {
  /** The changes after the author's version, or null when some version has no row (made before the log). */
  changes: LoggedChange[] | null;
  extras: Map<string, BeadExtra>;
  comments: { beadId: string | null; n: number }[];
}

type ChangeRow = [version: number, userId: string, beadIds: string[], segmentIds: string[]];

export async function readChangeContext(
  tx: Tx,
  input: { documentId: string; after: number; upTo: number; beadIds: string[]; commentBeadIds: string[] },
): Promise<ChangeContext> {
  const { documentId, after, upTo } = input;
  const [row] = await tx.$queryRaw<{ changes: string; beads: string; comments: string }[]>`
    SELECT
      (SELECT coalesce(json_agg(json_build_array("version", "userId", "beadIds", "segmentIds") ORDER BY "version"), '[]')::text
        FROM "DocumentChange" WHERE "documentId" = ${documentId} AND "version" > ${after} AND "version" <= ${upTo}) AS "changes",
      (SELECT coalesce(json_agg(json_build_array("id", "labels", "rejectReason", "reviewedSnapshot")), '[]')::text
        FROM "Bead" WHERE "documentId" = ${documentId} AND "id" = ANY(${input.beadIds}::text[])) AS "beads",
      (SELECT coalesce(json_agg(json_build_array(c."beadId", c."n")), '[]')::text FROM (
        SELECT "beadId", count(*)::int AS "n" FROM "Annotation"
        WHERE "documentId" = ${documentId} AND "resolved" = false AND "parentId" IS NULL AND "beadId" = ANY(${input.commentBeadIds}::text[])
        GROUP BY "beadId") c) AS "comments"`;
  const changes = (JSON.parse(row.changes) as ChangeRow[]).map(([version, userId, beads, segments]): LoggedChange => ({
    version,
    userId,
    footprint: { beads, segments },
  }));
  const beads = JSON.parse(row.beads) as [string, string[], string | null, unknown][];
  return {
    changes: changes.length === upTo - after ? changes : null,
    extras: new Map(beads.map(([id, labels, rejectReason, reviewedSnapshot]) => [id, { id, labels, rejectReason, reviewedSnapshot }])),
    comments: (JSON.parse(row.comments) as [string, number][]).map(([beadId, n]) => ({ beadId, n })),
  };
}
