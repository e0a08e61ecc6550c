import 'server-only';
import type { Lexicon, Lock } from '@/lib/align-engine';
import type { Alignment, Bead, BeadStatus } from '@/lib/alignment/types';
import type { Operation } from '@/lib/alignment/operations/operation-schema';
import { runEngine } from '@/lib/server/align/run-engine';
import { AppError } from '@/lib/server/errors';

// "Realign from here": every bead above the cursor, and every bead below it that a person has settled or shaped,
// is a lock; the engine realigns the stretches between locks. The result is one `replaceRange` over the beads
// from the cursor down, which keeps unchanged beads untouched (decision 022).
//
// Moved links cross other beads, which the monotonic engine cannot express: the engine sees a moved link as a
// locked omission (its source segments) and never sees its target segments; the lock comes back as the moved
// bead itself, so replaceRange keeps it exactly.

const settled: ReadonlySet<BeadStatus> = new Set(['confirmed', 'approved', 'excluded']);

/**
 * A bead realign must not rebuild: settled by a person, or made/changed by hand (a merge, a split, a detached
 * omission, a moved link). A rejected bead is the one exception: the reviewer said it is wrong.
 */
export function isRealignLock(bead: Bead): boolean {
  if (bead.moved) return true;
  if (settled.has(bead.status)) return true;
  return bead.status !== 'rejected' && (bead.origin === 'manual' || bead.status === 'edited');
}

export async function planRealign(
  alignment: Alignment,
  fromBeadId: string,
  opts: { srcLang: string; tgtLang: string; lexicon?: Lexicon },
): Promise<Extract<Operation, { type: 'replaceRange' }>> {
  const from = alignment.beads.findIndex((b) => b.id === fromBeadId);
  if (from < 0) throw new AppError('NOT_FOUND', 'That bead was not found.');

  // The engine's view: every source segment, and the target segments that are not the far end of a moved link.
  const movedTargets = new Set(alignment.beads.flatMap((b) => (b.moved ? b.target : [])));
  const viewTarget = alignment.target.filter((s) => !movedTargets.has(s.id));
  const srcIndex = new Map(alignment.source.map((s, i) => [s.id, i]));
  const tgtIndex = new Map(viewTarget.map((s, i) => [s.id, i]));
  const lockBeads = alignment.beads.filter((b, k) => k < from || isRealignLock(b));
  const locks: Lock[] = lockBeads.map((b) => ({
    source: b.source.map((id) => srcIndex.get(id)!),
    target: b.moved ? [] : b.target.map((id) => tgtIndex.get(id)!),
  }));
  const movedByLock = new Map(lockBeads.filter((b) => b.moved).map((b) => [b.source.map((id) => srcIndex.get(id)!).join(), b]));

  const proposed = await runEngine({ kind: 'realign', source: alignment.source, target: viewTarget, locks, options: opts });
  const inRange = alignment.beads.slice(from);
  const firstSource = new Set(inRange.flatMap((b) => b.source));
  const firstTarget = new Set(inRange.flatMap((b) => b.target));
  const beads = proposed
    .map((b) => {
      const moved = b.target.length === 0 ? movedByLock.get(b.source.join()) : undefined;
      if (moved) return { source: moved.source, target: moved.target, confidence: moved.confidence, reason: moved.reason };
      return {
        source: b.source.map((i) => alignment.source[i].id),
        target: b.target.map((j) => viewTarget[j].id),
        confidence: Math.round(b.confidence * 1000) / 1000,
        reason: b.reason,
      };
    })
    .filter((b) => b.source.some((id) => firstSource.has(id)) || b.target.some((id) => firstTarget.has(id)));
  return { type: 'replaceRange', beadIds: inRange.map((b) => b.id), beads };
}
