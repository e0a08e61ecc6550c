import type { Alignment, Bead, Segment } from '@/lib/alignment/types';
import type { Tx } from '@/lib/server/db';
import { db } from '@/lib/server/db';

// Reads a document's whole alignment as plain data, in order. The one way to read alignment state.
export async function loadAlignment(documentId: string, client: Tx | typeof db = db): Promise<Alignment & { labels: Map<string, string[]> }> {
  const [segments, beads] = await Promise.all([
    client.segment.findMany({ where: { documentId }, orderBy: [{ side: 'asc' }, { position: 'asc' }], select: { id: true, side: true, paragraph: true, text: true } }),
    client.bead.findMany({
      where: { documentId },
      orderBy: { position: 'asc' },
      select: { id: true, sourceIds: true, targetIds: true, origin: true, confidence: true, reason: true, status: true, labels: true },
    }),
  ]);
  const source: Segment[] = [];
  const target: Segment[] = [];
  for (const s of segments) (s.side === 'source' ? source : target).push(s);
  const labels = new Map<string, string[]>();
  const out: Bead[] = beads.map((b) => {
    if (b.labels.length) labels.set(b.id, b.labels);
    return { id: b.id, source: b.sourceIds, target: b.targetIds, origin: b.origin, confidence: b.confidence, reason: b.reason, status: b.status };
  });
  return { source, target, beads: out, labels };
}
