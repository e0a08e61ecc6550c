// The restore patch that turns one alignment into another (decision 045): a revision is computed as a whole new
// alignment, then stored and applied like every other change, as a patch through `applyPatch`, so its inverse is
// exact and its footprint covers only the hunks that changed. Items keep their relative order between the two
// (a revision never reorders what it keeps), so one linear walk finds the hunks: between two items that are the
// same in both, whatever differs is one hunk.

import { sameBead } from '../operations/apply-patch';
import type { Hunk, RestorePatch } from '../operations/operation-schema';
import type { Alignment, Segment } from '../types';

function sameSegment(a: Segment, b: Segment): boolean {
  return a.id === b.id && a.side === b.side && a.paragraph === b.paragraph && a.text === b.text;
}

export function hunksBetween<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  same: (a: T, b: T) => boolean,
): Hunk<T>[] {
  const afterAt = new Map(after.map((item, k) => [item.id, k]));
  const hunks: Hunk<T>[] = [];
  let i = 0;
  let j = 0;
  // An anchor: an item of `before` that is in `after` unchanged, at or past the walk's place there.
  const isAnchor = (k: number) => {
    const at = afterAt.get(before[k].id);
    return at !== undefined && at >= j && same(before[k], after[at]);
  };
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i].id === after[j].id && same(before[i], after[j])) {
      i++;
      j++;
      continue;
    }
    let next = i;
    while (next < before.length && !isAnchor(next)) next++;
    const until = next < before.length ? afterAt.get(before[next].id)! : after.length;
    hunks.push({ at: j, remove: before.slice(i, next).map((item) => item.id), insert: after.slice(j, until) });
    i = next;
    j = until;
  }
  return hunks;
}

export function patchBetween(before: Alignment, after: Alignment): RestorePatch {
  return {
    type: 'restore',
    beads: hunksBetween(before.beads, after.beads, sameBead),
    source: hunksBetween(before.source, after.source, sameSegment),
    target: hunksBetween(before.target, after.target, sameSegment),
  };
}
