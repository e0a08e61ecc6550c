// The invariant every alignment must satisfy after every operation: each segment of both sides appears in exactly
// one bead, beads list them in document order (monotonic), no bead is empty, ids are unique. Tests use it after
// every operation; the server can run it before writing (it is linear in the document size).
//
// The one exception is a moved link (decision 022): a `moved` bead sits at its source position, so the source side
// stays monotonic over every bead, while its target segments lie elsewhere. They must be consecutive among
// themselves, and every other bead's target segments must be in document order once moved ones are skipped.

import type { Alignment, Side } from './types';

export type AlignmentValidation = { ok: true } | { ok: false; problems: string[] };

/** Enough to debug; a badly broken alignment would otherwise produce one line per segment. */
const MAX_PROBLEMS = 20;

export function validateAlignment(alignment: Alignment): AlignmentValidation {
  const problems: string[] = [];
  const report = (problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };

  const segmentIds = new Set<string>();
  for (const side of ['source', 'target'] as const) {
    for (const segment of alignment[side]) {
      if (segment.side !== side) report(`Segment ${segment.id} is listed as ${side} but says it is ${segment.side}.`);
      if (segmentIds.has(segment.id)) report(`Segment id ${segment.id} is used twice.`);
      segmentIds.add(segment.id);
    }
  }

  const beadIds = new Set<string>();
  for (const bead of alignment.beads) {
    if (beadIds.has(bead.id)) report(`Bead id ${bead.id} is used twice.`);
    beadIds.add(bead.id);
    if (bead.source.length === 0 && bead.target.length === 0) report(`Bead ${bead.id} is empty.`);
    if (bead.moved && (bead.source.length === 0 || bead.target.length === 0)) {
      report(`Moved bead ${bead.id} must link segments on both sides.`);
    }
  }

  checkCoverage(alignment, 'source', report);
  checkCoverage(alignment, 'target', report);

  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

/**
 * Walks the beads once per side, expecting the side's segments in order, each exactly once. On the target side
 * the segments of moved beads are skipped by the ordered walk and checked for being consecutive per bead instead.
 */
function checkCoverage(alignment: Alignment, side: Side, report: (problem: string) => void): void {
  const segments = alignment[side];
  const position = new Map<string, number>();
  segments.forEach((segment, index) => position.set(segment.id, index));
  const elsewhere = new Set(side === 'target' ? alignment.beads.flatMap((bead) => (bead.moved ? bead.target : [])) : []);
  const seen = new Set<string>();
  let next = 0;
  for (const bead of alignment.beads) {
    const movedHere = side === 'target' && bead.moved === true;
    let previous = -1;
    for (const id of bead[side]) {
      const index = position.get(id);
      if (index === undefined) {
        report(`Bead ${bead.id} lists unknown ${side} segment ${id}.`);
      } else if (seen.has(id)) {
        report(`The ${side} segment ${id} is in more than one bead (again in ${bead.id}).`);
      } else if (movedHere) {
        if (previous >= 0 && index !== previous + 1) {
          report(`Moved bead ${bead.id} lists ${side} segment ${id} out of document order.`);
        }
        seen.add(id);
        previous = index;
      } else {
        while (next < segments.length && elsewhere.has(segments[next].id) && next !== index) next += 1;
        if (index !== next) report(`Bead ${bead.id} lists ${side} segment ${id} out of document order.`);
        seen.add(id);
        next = index + 1;
      }
    }
  }
  for (const segment of alignment[side]) {
    if (!seen.has(segment.id)) report(`The ${side} segment ${segment.id} is in no bead.`);
  }
}
