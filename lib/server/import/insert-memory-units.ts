import 'server-only';
import type { BulkClient } from '@/lib/server/db';
import { newId } from '@/lib/server/documents/new-id';

// The rows of imported translation-memory units: each unit is one source segment, one target segment and one
// approved 1-1 bead, all at the unit's position. Two statements per chunk (both sides' segments in one unnest,
// then the beads), where the general insertAlignmentRows takes three and decodes each bead's id lists from JSON:
// a memory of a million units is three million rows, and round trips and per-row work count (decision 037).

export interface MemoryUnitRow {
  sourceText: string;
  targetText: string;
  /** The unit's TMX metadata, already serialised (jsonb). */
  meta: string;
}

const SEGMENTS_SQL = `
  INSERT INTO "Segment" ("id", "documentId", "side", "paragraph", "position", "text")
  SELECT x.id, $1, x.side::"Side", x.position, x.position, x.text
  FROM unnest($2::text[], $3::text[], $4::int[], $5::text[]) AS x(id, side, position, text)`;

const BEADS_SQL = `
  INSERT INTO "Bead" ("id", "documentId", "position", "sourceIds", "targetIds", "origin", "confidence", "reason", "status", "meta", "updatedAt")
  SELECT x.id, $1, x.position, ARRAY[x.src], ARRAY[x.tgt], 'manual'::"BeadOrigin", NULL, 'imported from TMX', 'approved'::"BeadStatus",
         x.meta::jsonb, now()
  FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[]) AS x(id, position, src, tgt, meta)`;

/** Inserts `rows` as units `offset`, `offset + 1`, … of the document, inside the caller's bulk transaction. */
export async function insertMemoryUnits(
  client: BulkClient,
  documentId: string,
  offset: number,
  rows: readonly MemoryUnitRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const sourceIds = rows.map(() => newId());
  const targetIds = rows.map(() => newId());
  const positions = rows.map((_, i) => offset + i);
  await client.query(SEGMENTS_SQL, [
    documentId,
    [...sourceIds, ...targetIds],
    [...rows.map(() => 'source'), ...rows.map(() => 'target')],
    [...positions, ...positions],
    [...rows.map((r) => r.sourceText), ...rows.map((r) => r.targetText)],
  ]);
  await client.query(BEADS_SQL, [documentId, rows.map(() => newId()), positions, sourceIds, targetIds, rows.map((r) => r.meta)]);
}
