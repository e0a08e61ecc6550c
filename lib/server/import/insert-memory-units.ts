import 'server-only';
import { once } from 'node:events';
import { from as copyFrom } from 'pg-copy-streams';
import type { BulkClient } from '@/lib/server/db';
import { hangulPairsLiteral } from '@/lib/server/concordance/hangul-pairs';
import { timeOrderedIds } from '@/lib/server/documents/new-id';

// The rows of imported translation-memory units: each unit is one source segment, one target segment and one
// approved 1-1 bead, all at the unit's position. Two `COPY … FROM STDIN` per chunk (segments, then beads), in the
// caller's transaction: a memory of a million units is three million rows, and COPY's text rows cost PostgreSQL
// and Node less than the arrays of an `unnest` INSERT (decision 048). Ids are time-ordered (UUID version 7), so
// a long import appends to the right edge of the id indexes instead of touching random pages of them.

export interface MemoryUnitRow {
  sourceText: string;
  targetText: string;
  /** The unit's TMX metadata, already serialised (jsonb). */
  meta: string;
}

// The Hangul pairs are written with the text, so the database's trigger does not compute them (decision 054).
const SEGMENT_COPY = `COPY "Segment" ("id", "documentId", "side", "paragraph", "position", "text", "hangulPairs") FROM STDIN`;
const BEAD_COPY = `COPY "Bead" ("id", "documentId", "position", "sourceIds", "targetIds", "origin", "confidence", "reason", "status", "meta", "updatedAt") FROM STDIN`;

/** A value in COPY's text format: backslash, tab, newline and carriage return escaped (nothing else is special). */
export function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : value;
}

/** Rows are written to COPY in pieces of about this many characters, not as one string per chunk. */
const PIECE_CHARS = 32 * 1024;

async function copyRows(client: BulkClient, sql: string, lines: (i: number) => string, count: number): Promise<void> {
  const stream = client.query(copyFrom(sql));
  const failed = once(stream, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  let piece = '';
  for (let i = 0; i < count; i += 1) {
    piece += lines(i);
    if (piece.length >= PIECE_CHARS) {
      // Small writes: no megabyte-sized string and Buffer per chunk, and COPY's backpressure is respected.
      if (!stream.write(piece)) await Promise.race([once(stream, 'drain'), failed]);
      piece = '';
    }
  }
  stream.end(piece);
  await Promise.race([once(stream, 'finish'), failed]);
}

/**
 * Inserts `rows` as units `offset`, `offset + 1`, … of the document, inside the caller's bulk transaction.
 * `updatedAt`: the beads' timestamp (`localtimestamp(3)` of the transaction, as text), read once per import.
 */
export async function insertMemoryUnits(
  client: BulkClient,
  documentId: string,
  offset: number,
  rows: readonly MemoryUnitRow[],
  updatedAt: string,
): Promise<void> {
  if (rows.length === 0) return;
  const ids = timeOrderedIds(rows.length * 3);
  await copyRows(
    client,
    SEGMENT_COPY,
    (i) => {
      const position = offset + (i >> 1);
      const row = rows[i >> 1];
      const [side, id, text] =
        i % 2 === 0 ? ['source', ids[3 * (i >> 1)], row.sourceText] : ['target', ids[3 * (i >> 1) + 1], row.targetText];
      return `${id}\t${documentId}\t${side}\t${position}\t${position}\t${copyText(text)}\t${hangulPairsLiteral(text)}\n`;
    },
    2 * rows.length,
  );
  await copyRows(
    client,
    BEAD_COPY,
    (i) =>
      `${ids[3 * i + 2]}\t${documentId}\t${offset + i}\t{${ids[3 * i]}}\t{${ids[3 * i + 1]}}\tmanual\t\\N\timported from TMX\tapproved\t${copyText(rows[i].meta)}\t${updatedAt}\n`,
    rows.length,
  );
}
