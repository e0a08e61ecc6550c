import 'server-only';
import type { Alignment, Bead, Segment } from '@/lib/alignment/types';
import type { Tx } from '@/lib/server/db';
import { db } from '@/lib/server/db';

// Reads a document's whole alignment as plain data, in order: the one way to read alignment state. Two plain
// SQL reads, each answering one JSON array built by PostgreSQL (a 2,000-bead document is ~6,000 rows; row by row,
// the driver's per-row and per-column mapping cost three times the CPU of one JSON.parse; decision 040).

type Client = Tx | typeof db;
type SegmentRow = [id: string, side: Segment['side'], paragraph: number, text: string];
type BeadRow = [
  id: string,
  source: string[],
  target: string[],
  origin: Bead['origin'],
  confidence: number | null,
  reason: string | null,
  status: Bead['status'],
  moved: boolean,
];

export async function loadAlignment(documentId: string, client: Client = db): Promise<Alignment> {
  const [[segments], [beads]] = await Promise.all([
    client.$queryRaw<[{ rows: string }]>`
      SELECT coalesce(json_agg(json_build_array("id", "side", "paragraph", "text") ORDER BY "side", "position"), '[]')::text AS "rows"
      FROM "Segment" WHERE "documentId" = ${documentId}`,
    client.$queryRaw<[{ rows: string }]>`
      SELECT coalesce(json_agg(json_build_array("id", "sourceIds", "targetIds", "origin", "confidence", "reason", "status", "moved") ORDER BY "position"), '[]')::text AS "rows"
      FROM "Bead" WHERE "documentId" = ${documentId}`,
  ]);
  const source: Segment[] = [];
  const target: Segment[] = [];
  for (const [id, side, paragraph, text] of JSON.parse(segments.rows) as SegmentRow[])
    (side === 'source' ? source : target).push({ id, side, paragraph, text });
  // The model marks only moved beads (`moved: true`); ordinary ones carry no key, as the operations build them.
  const beadRows = JSON.parse(beads.rows) as BeadRow[];
  return {
    source,
    target,
    beads: beadRows.map(([id, source, target, origin, confidence, reason, status, moved]): Bead => {
      const bead: Bead = { id, source, target, origin, confidence, reason, status };
      if (moved) bead.moved = true;
      return bead;
    }),
  };
}

// The alignment of recently changed documents, by version. Every change to segments or beads bumps the
// document's version under a row lock, so a cached alignment whose version equals the locked version is
// exactly what the database holds; anything else is read again. Per process, small, and never trusted
// without that version check.
const cache = new Map<string, { version: number; alignment: Alignment }>();
const CACHE_DOCUMENTS = 20;

export async function loadAlignmentAt(documentId: string, version: number, client: Client): Promise<Alignment> {
  const hit = cache.get(documentId);
  if (hit && hit.version === version) return hit.alignment;
  return loadAlignment(documentId, client);
}

export function rememberAlignment(documentId: string, version: number, alignment: Alignment): void {
  cache.delete(documentId);
  cache.set(documentId, { version, alignment });
  if (cache.size > CACHE_DOCUMENTS) cache.delete(cache.keys().next().value as string);
}
