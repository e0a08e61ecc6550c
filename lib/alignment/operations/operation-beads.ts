// Which beads an operation names, as 1-based numbers in the alignment it applies to, so a history row can say
// "Excluded bead 7" or "Undid: merge of beads 3–4" (issue 12 item 10). The numbers are taken when the event is
// written: bead order changes with every merge or split, so they cannot be worked out later. Pure data.

import type { Alignment } from '../types';

/** Inclusive runs of bead numbers, e.g. [[3, 4], [7, 7]]: compact even for "confirm up to bead 2,000". */
export type BeadRuns = [number, number][];

/** What the history needs of an operation: its type, and the ids it names (any extra field is ignored). */
export interface NamedOperation {
  type: string;
  beadId?: string;
  beadIds?: readonly string[];
  fromBeadId?: string;
  segmentId?: string;
  direction?: 'up' | 'down';
}

function runsOf(numbers: number[]): BeadRuns {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: BeadRuns = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/** The beads an operation names in `alignment` (the state it applies to); ids not found are left out. */
export function operationBeads(op: NamedOperation, alignment: Alignment): BeadRuns {
  const index = new Map<string, number>();
  const ofSegment = new Map<string, number>();
  alignment.beads.forEach((bead, at) => {
    index.set(bead.id, at);
    for (const id of bead.source) ofSegment.set(id, at);
    for (const id of bead.target) ofSegment.set(id, at);
  });
  const at = (id: string | undefined) => (id === undefined ? undefined : index.get(id));
  const found = (positions: (number | undefined)[]) => runsOf(positions.filter((p): p is number => p !== undefined).map((p) => p + 1));
  switch (op.type) {
    case 'merge': {
      const p = at(op.beadId);
      return p === undefined ? [] : found([p, p + 1 < alignment.beads.length ? p + 1 : undefined]);
    }
    case 'confirmUpTo': {
      const p = at(op.beadId);
      return p === undefined ? [] : [[1, p + 1]];
    }
    case 'move': {
      const p = op.segmentId === undefined ? undefined : ofSegment.get(op.segmentId);
      return p === undefined
        ? []
        : found([p, op.direction === 'up' ? (p > 0 ? p - 1 : undefined) : p + 1 < alignment.beads.length ? p + 1 : undefined]);
    }
    default:
      return found([
        at(op.beadId),
        at(op.fromBeadId),
        ...(op.beadIds ?? []).map((id) => index.get(id)),
        op.segmentId === undefined ? undefined : ofSegment.get(op.segmentId),
      ]);
  }
}
