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
  return (await readVersioned(documentId, client)).alignment;
}

/** Reads made from the database (not the cache), for tests that count them. */
let reads = 0;
export const alignmentReads = () => reads;

// One statement, so the version and both arrays come from one snapshot even outside a transaction (a version
// read apart from the rows could name rows of the next version, and the cache below would keep them under it).
async function readVersioned(documentId: string, client: Client): Promise<{ version: number | null; alignment: Alignment }> {
  reads++;
  const [row] = await client.$queryRaw<{ version: number; segments: string; beads: string }[]>`
    SELECT d."version",
      (SELECT coalesce(json_agg(json_build_array("id", "side", "paragraph", "text") ORDER BY "side", "position"), '[]')::text
        FROM "Segment" WHERE "documentId" = d."id") AS "segments",
      (SELECT coalesce(json_agg(json_build_array("id", "sourceIds", "targetIds", "origin", "confidence", "reason", "status", "moved") ORDER BY "position"), '[]')::text
        FROM "Bead" WHERE "documentId" = d."id") AS "beads"
    FROM "Document" d WHERE d."id" = ${documentId}`;
  if (!row) return { version: null, alignment: { source: [], target: [], beads: [] } };
  return { version: row.version, alignment: parseAlignment(row.segments, row.beads) };
}

function parseAlignment(segmentRows: string, beadRows: string): Alignment {
  const source: Segment[] = [];
  const target: Segment[] = [];
  for (const [id, side, paragraph, text] of JSON.parse(segmentRows) as SegmentRow[])
    (side === 'source' ? source : target).push({ id, side, paragraph, text });
  // The model marks only moved beads (`moved: true`); ordinary ones carry no key, as the operations build them.
  return {
    source,
    target,
    beads: (JSON.parse(beadRows) as BeadRow[]).map(([id, source, target, origin, confidence, reason, status, moved]): Bead => {
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

/**
 * `rowVersion`: the document row's xmin, read under its row lock. A change of this process hands its alignment over
 * before its commit (`rememberWritten`), with the xmin of the row it wrote; the next change that locks the row and
 * finds that same xmin knows the row, and so the alignment, is that committed write. Without this, the next writer
 * in the queue often took the lock before the previous one's commit had returned here, and read the whole document
 * again under the lock.
 */
export async function loadAlignmentAt(documentId: string, version: number, client: Client, rowVersion?: string): Promise<Alignment> {
  const hit = cache.get(documentId);
  if (hit && hit.version === version) return hit.alignment;
  const mine = written.get(documentId);
  if (mine && rowVersion !== undefined && mine.version === version && mine.rowVersion === rowVersion) return mine.alignment;
  // Inside a transaction the rows may be uncommitted: read them, never keep them.
  if (client !== db) return loadAlignment(documentId, client);
  return (await loadCommittedAlignment(documentId, version)).alignment;
}

/**
 * The committed alignment as of `version`, with the version it was actually read at: a change committed since the
 * caller read `version` makes them differ, and a caller that keeps what it builds under `version` keeps it only
 * when they match.
 */
export async function loadCommittedAlignment(
  documentId: string,
  version: number,
): Promise<{ version: number | null; alignment: Alignment }> {
  const hit = cache.get(documentId);
  if (hit && hit.version === version) return hit;
  // Committed rows, read with their version in one statement, are kept; readers of one version at once (fifty
  // people opening a long document) share one read.
  const key = `${documentId}:${version}`;
  let read = reading.get(key);
  if (!read) {
    read = readVersioned(documentId, db).then((versioned) => {
      if (versioned.version !== null) rememberAlignment(documentId, versioned.version, versioned.alignment);
      return versioned;
    });
    reading.set(key, read);
    void read.finally(() => reading.delete(key)).catch(() => {});
  }
  return read;
}

const reading = new Map<string, Promise<{ version: number | null; alignment: Alignment }>>();

/** Alignments written by this process's transactions, by the xmin of the document row they wrote; maybe not committed. */
const written = new Map<string, { version: number; rowVersion: string; alignment: Alignment }>();

/** Called by a change inside its transaction, once its writes are done (decision 052). */
export function rememberWritten(documentId: string, version: number, rowVersion: string, alignment: Alignment): void {
  written.delete(documentId);
  written.set(documentId, { version, rowVersion, alignment });
  if (written.size > CACHE_DOCUMENTS) written.delete(written.keys().next().value as string);
}

export function rememberAlignment(documentId: string, version: number, alignment: Alignment): void {
  cache.delete(documentId);
  cache.set(documentId, { version, alignment });
  if (cache.size > CACHE_DOCUMENTS) cache.delete(cache.keys().next().value as string);
}
