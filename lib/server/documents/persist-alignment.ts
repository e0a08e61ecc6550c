import 'server-only';
import type { Alignment, Bead, Segment } from '@/lib/alignment/types';
import type { Tx } from '@/lib/server/db';

// Writes the difference between two alignments of one document: rows removed, rows added, rows whose content
// changed, and positions that moved (one bulk UPDATE). Generic over every operation, so there is one way to
// store alignment state, and cost follows the size of the change plus one pass over the ids.

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
  updated: T[];
  moved: { id: string; position: number }[];
}

function diff<T extends { id: string }>(before: T[], after: T[], same: (a: T, b: T) => boolean): Diff<T> {
  const old = new Map(before.map((item, position) => [item.id, { item, position }]));
  const result: Diff<T> = { removed: [], added: [], updated: [], moved: [] };
  const seen = new Set<string>();
  after.forEach((item, position) => {
    seen.add(item.id);
    const was = old.get(item.id);
    if (!was) return void result.added.push({ item, position });
    if (!same(was.item, item)) result.updated.push(item);
    if (was.position !== position) result.moved.push({ id: item.id, position });
  });
  for (const item of before) if (!seen.has(item.id)) result.removed.push(item.id);
  return result;
}

async function movePositions(tx: Tx, table: 'Bead' | 'Segment', moved: { id: string; position: number }[]): Promise<void> {
  if (!moved.length) return;
  const ids = moved.map((m) => m.id);
  const positions = moved.map((m) => m.position);
  if (table === 'Bead') {
    await tx.$executeRaw`UPDATE "Bead" AS b SET "position" = x.pos FROM unnest(${ids}::text[], ${positions}::int[]) AS x(id, pos) WHERE b.id = x.id`;
  } else {
    await tx.$executeRaw`UPDATE "Segment" AS s SET "position" = x.pos FROM unnest(${ids}::text[], ${positions}::int[]) AS x(id, pos) WHERE s.id = x.id`;
  }
}

/**
 * Labels live on bead rows, outside the pure alignment. When beads are replaced or regrouped (merge, split,
 * move, and the undo of those), each new or changed bead takes the labels of every removed bead it shares a
 * segment with (added to its own), so a reviewer's label is never silently dropped by a structural change.
 */
async function inheritedLabels(tx: Tx, before: Alignment, removedIds: string[], changed: Bead[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (!changed.length) return result;
  // Donors: every bead that lost or regrouped its segments, as it was before the change.
  const donors = new Set([...removedIds, ...changed.map((b) => b.id)]);
  const rows = await tx.bead.findMany({
    where: { id: { in: [...donors] }, labels: { isEmpty: false } },
    select: { id: true, labels: true },
  });
  if (!rows.length) return result;
  const labelsOf = new Map(rows.map((r) => [r.id, r.labels]));
  const labelsBySegment = new Map<string, string[]>();
  for (const bead of before.beads) {
    const labels = donors.has(bead.id) ? labelsOf.get(bead.id) : undefined;
    if (labels) for (const id of [...bead.source, ...bead.target]) labelsBySegment.set(id, labels);
  }
  for (const bead of changed) {
    const inherited = [...bead.source, ...bead.target].flatMap((id) => labelsBySegment.get(id) ?? []);
    if (inherited.length) result.set(bead.id, [...new Set([...(labelsOf.get(bead.id) ?? []), ...inherited])]);
  }
  return result;
}

export async function persistAlignment(tx: Tx, documentId: string, before: Alignment, after: Alignment): Promise<void> {
  const beads = diff(before.beads, after.beads, sameBead);
  const segments = [diff(before.source, after.source, sameSegment), diff(before.target, after.target, sameSegment)];
  const labels = await inheritedLabels(tx, before, beads.removed, [...beads.added.map((a) => a.item), ...beads.updated]);

  if (beads.removed.length) await tx.bead.deleteMany({ where: { documentId, id: { in: beads.removed } } });
  const removedSegments = segments.flatMap((d) => d.removed);
  if (removedSegments.length) await tx.segment.deleteMany({ where: { documentId, id: { in: removedSegments } } });

  const addedSegments = segments.flatMap((d) => d.added);
  if (addedSegments.length) {
    await tx.segment.createMany({
      data: addedSegments.map(({ item, position }) => ({
        id: item.id,
        documentId,
        side: item.side,
        paragraph: item.paragraph,
        position,
        text: item.text,
      })),
    });
  }
  for (const s of segments.flatMap((d) => d.updated)) {
    await tx.segment.update({ where: { id: s.id }, data: { text: s.text, paragraph: s.paragraph } });
  }
  await movePositions(
    tx,
    'Segment',
    segments.flatMap((d) => d.moved),
  );

  if (beads.added.length) {
    await tx.bead.createMany({
      data: beads.added.map(({ item, position }) => ({
        id: item.id,
        documentId,
        position,
        sourceIds: item.source,
        targetIds: item.target,
        origin: item.origin,
        confidence: item.confidence,
        reason: item.reason,
        status: item.status,
        moved: item.moved === true,
        labels: labels.get(item.id) ?? [],
      })),
    });
  }
  for (const b of beads.updated) {
    await tx.bead.update({
      where: { id: b.id },
      data: {
        sourceIds: b.source,
        targetIds: b.target,
        origin: b.origin,
        confidence: b.confidence,
        reason: b.reason,
        status: b.status,
        moved: b.moved === true,
        ...(labels.has(b.id) ? { labels: labels.get(b.id) } : {}),
      },
    });
  }
  await movePositions(tx, 'Bead', beads.moved);
}
