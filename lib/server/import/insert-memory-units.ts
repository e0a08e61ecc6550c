import 'server-only';
import { once } from 'node:events';
import { from as copyFrom } from 'pg-copy-streams';
import type { BulkClient } from '@/lib/server/db';
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

const SEGMENT_COPY = `COPY "Segment" ("id", "documentId", "side", "paragraph", "position", "text") FROM STDIN`;
const BEAD_COPY = `COPY "Bead" ("id", "documentId", "position", "sourceIds", "targetIds", "origin", "confidence", "reason", "status", "meta", "updatedAt") FROM STDIN`;

/** A value in COPY's text format: backslash, tab, newline and carriage return escaped (nothing else is special). */
export function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : value;
}

async function copyRows(client: BulkClient, sql: string, text: string): Promise<void> {
  const stream = client.query(copyFrom(sql));
  const failed = once(stream, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  stream.end(text);
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
  let segments = '';
  let beads = '';
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    const position = offset + i;
    const [source, target, bead] = [ids[3 * i], ids[3 * i + 1], ids[3 * i + 2]];
    segments += `${source}\t${documentId}\tsource\t${position}\t${position}\t${copyText(row.sourceText)}\n`;
    segments += `${target}\t${documentId}\ttarget\t${position}\t${position}\t${copyText(row.targetText)}\n`;
    beads += `${bead}\t${documentId}\t${position}\t{${source}}\t{${target}}\tmanual\t\\N\timported from TMX\tapproved\t${copyText(row.meta)}\t${updatedAt}\n`;
  }
  await copyRows(client, SEGMENT_COPY, segments);
  await copyRows(client, BEAD_COPY, beads);
}
