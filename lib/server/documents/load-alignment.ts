import 'server-only';
import type { Alignment, Bead, Segment } from '@/lib/alignment/types';
import type { Tx } from '@/lib/server/db';
import { db } from '@/lib/server/db';

// Reads a document's whole alignment as plain data, in order: the one way to read alignment state. Two plain
// SQL reads (a 2,000-bead document is ~6,000 rows; the ORM's per-row mapping cost more than the query).

type Client = Tx | typeof db;

export async function loadAlignment(documentId: string, client: Client = db): Promise<Alignment> {
  const [segments, rows] = await Promise.all([
    client.$queryRaw<
      Segment[]
    >`SELECT "id", "side"::text AS "side", "paragraph", "text" FROM "Segment" WHERE "documentId" = ${documentId} ORDER BY "side", "position"`,
    client.$queryRaw<(Omit<Bead, 'moved'> & { moved: boolean })[]>`
      SELECT "id", "sourceIds" AS "source", "targetIds" AS "target", "origin"::text AS "origin", "confidence", "reason", "status"::text AS "status", "moved"
      FROM "Bead" WHERE "documentId" = ${documentId} ORDER BY "position"`,
  ]);
  // The model marks only moved beads (`moved: true`); ordinary ones carry no key, as the operations build them.
  const beads: Bead[] = rows.map(({ moved, ...bead }) => (moved ? { ...bead, moved: true } : bead));
  const source: Segment[] = [];
  const target: Segment[] = [];
  for (const s of segments) (s.side === 'source' ? source : target).push(s);
  return { source, target, beads };
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
