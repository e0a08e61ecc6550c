import { realignBetweenLocks, type Lexicon } from '@/lib/align';
import type { Alignment, BeadStatus } from '@/lib/alignment/types';
import type { Operation } from '@/lib/alignment/operations/operation-schema';
import { AppError } from '@/lib/server/errors';

// "Realign from here": every bead above the cursor and every bead a person has settled (confirmed, approved,
// excluded) below it is a lock; the engine realigns the stretches between locks. The result is one
// `replaceRange` over the beads from the cursor down, which keeps unchanged beads untouched.

const settled: ReadonlySet<BeadStatus> = new Set(['confirmed', 'approved', 'excluded']);

export function planRealign(
  alignment: Alignment,
  fromBeadId: string,
  opts: { srcLang: string; tgtLang: string; lexicon?: Lexicon },
): Extract<Operation, { type: 'replaceRange' }> {
  const from = alignment.beads.findIndex((b) => b.id === fromBeadId);
  if (from < 0) throw new AppError('NOT_FOUND', 'That bead was not found.');
  const srcIndex = new Map(alignment.source.map((s, i) => [s.id, i]));
  const tgtIndex = new Map(alignment.target.map((s, i) => [s.id, i]));
  const locks = alignment.beads
    .filter((b, k) => k < from || settled.has(b.status))
    .map((b) => ({ source: b.source.map((id) => srcIndex.get(id)!), target: b.target.map((id) => tgtIndex.get(id)!) }));
  const proposed = realignBetweenLocks(alignment.source, alignment.target, locks, opts);
  const firstSource = new Set(alignment.beads.slice(from).flatMap((b) => b.source));
  const firstTarget = new Set(alignment.beads.slice(from).flatMap((b) => b.target));
  const beads = proposed
    .map((b) => ({
      source: b.source.map((i) => alignment.source[i].id),
      target: b.target.map((j) => alignment.target[j].id),
      confidence: Math.round(b.confidence * 1000) / 1000,
      reason: b.reason,
    }))
    .filter((b) => b.source.some((id) => firstSource.has(id)) || b.target.some((id) => firstTarget.has(id)));
  return { type: 'replaceRange', beadIds: alignment.beads.slice(from).map((b) => b.id), beads };
}
