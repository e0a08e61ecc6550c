// Finding beads and segments by id, with NOT_FOUND errors that name what was missing. Linear scans: documents are
// small (hundreds of beads) and an index would have to be rebuilt after every operation anyway.

import { notFound } from './operation-error';
import type { Alignment, Segment, Side } from './types';

export interface SegmentLocation {
  segment: Segment;
  side: Side;
  /** Index in `alignment[side]`. */
  segmentIndex: number;
  /** Index in `alignment.beads` of the bead holding the segment. */
  beadIndex: number;
  /** Index in `bead[side]`. */
  position: number;
}

export function otherSide(side: Side): Side {
  return side === 'source' ? 'target' : 'source';
}

export function beadIndexOf(alignment: Alignment, beadId: string): number {
  const index = alignment.beads.findIndex((bead) => bead.id === beadId);
  if (index < 0) throw notFound(`Bead ${beadId} not found.`);
  return index;
}

/** For operations naming many beads: one pass instead of one scan per id. */
export function beadIndexer(alignment: Alignment): (beadId: string) => number {
  const index = new Map(alignment.beads.map((bead, i) => [bead.id, i]));
  return (beadId) => {
    const at = index.get(beadId);
    if (at === undefined) throw notFound(`Bead ${beadId} not found.`);
    return at;
  };
}

export function locateSegment(alignment: Alignment, segmentId: string): SegmentLocation {
  for (const side of ['source', 'target'] as const) {
    const segmentIndex = alignment[side].findIndex((segment) => segment.id === segmentId);
    if (segmentIndex < 0) continue;
    for (let beadIndex = 0; beadIndex < alignment.beads.length; beadIndex += 1) {
      const position = alignment.beads[beadIndex][side].indexOf(segmentId);
      if (position >= 0) {
        return { segment: alignment[side][segmentIndex], side, segmentIndex, beadIndex, position };
      }
    }
    throw notFound(`Segment ${segmentId} is in no bead.`);
  }
  throw notFound(`Segment ${segmentId} not found.`);
}
