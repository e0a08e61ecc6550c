import 'server-only';
import type { Alignment } from '@/lib/alignment/types';
import type { Tx } from '@/lib/server/db';

// Bulk insert of a document's segments and beads: one INSERT … SELECT FROM unnest(…) per 20,000 rows, which
// PostgreSQL takes in milliseconds where row-by-row ORM inserts of a 100,000-unit memory took minutes.
// 2,000 rows a statement (was 20,000): serialising a statement's parameters runs on the event loop, and at
// 20,000 rows a 200,000-unit TMX import held it for seconds at a time (decision 017).

const CHUNK = 2_000;

function* chunks<T>(items: T[]): Generator<[number, T[]]> {
  for (let i = 0; i < items.length; i += CHUNK) yield [i, items.slice(i, i + CHUNK)];
}

export async function insertAlignmentRows(tx: Tx, documentId: string, alignment: Alignment, beadMeta?: (string | null)[]): Promise<void> {
  for (const side of [alignment.source, alignment.target]) {
    for (const [offset, rows] of chunks(side)) {
      await tx.$executeRaw`
        INSERT INTO "Segment" ("id", "documentId", "side", "paragraph", "position", "text")
        SELECT x.id, ${documentId}, x.side::"Side", x.paragraph, x.position, x.text
        FROM unnest(${rows.map((s) => s.id)}::text[], ${rows.map((s) => s.side)}::text[], ${rows.map((s) => s.paragraph)}::int[],
                    ${rows.map((_, i) => offset + i)}::int[], ${rows.map((s) => s.text)}::text[]) AS x(id, side, paragraph, position, text)`;
    }
  }
  for (const [offset, rows] of chunks(alignment.beads)) {
    const meta = beadMeta?.slice(offset, offset + rows.length) ?? rows.map(() => null);
    await tx.$executeRaw`
      INSERT INTO "Bead" ("id", "documentId", "position", "sourceIds", "targetIds", "origin", "confidence", "reason", "status", "moved", "meta", "updatedAt")
      SELECT x.id, ${documentId}, x.position,
             ARRAY(SELECT jsonb_array_elements_text(x.src::jsonb)), ARRAY(SELECT jsonb_array_elements_text(x.tgt::jsonb)),
             x.origin::"BeadOrigin", x.confidence, x.reason, x.status::"BeadStatus", x.moved, x.meta::jsonb, now()
      FROM unnest(${rows.map((b) => b.id)}::text[], ${rows.map((_, i) => offset + i)}::int[], ${rows.map((b) => JSON.stringify(b.source))}::text[],
                  ${rows.map((b) => JSON.stringify(b.target))}::text[], ${rows.map((b) => b.origin)}::text[], ${rows.map((b) => b.confidence)}::float8[],
                  ${rows.map((b) => b.reason)}::text[], ${rows.map((b) => b.status)}::text[], ${rows.map((b) => b.moved === true)}::boolean[], ${meta}::text[])
        AS x(id, position, src, tgt, origin, confidence, reason, status, moved, meta)`;
  }
}
