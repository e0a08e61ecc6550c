// Turns the engine's moved links (lib/align-engine findMovedLinks) into moved beads of a freshly aligned document
// (decision 022): each move takes a run of omission beads and a run of addition beads and becomes one `moved`
// bead at the omission's place. A move that does not fit exactly (a segment not in a one-sided bead, a bead only
// partly covered, a run with gaps) is skipped rather than trusted: the document stays valid either way. Pure.

import type { Alignment, Bead } from './types';
import { validateAlignment } from './validate-alignment';

export interface MoveProposal {
  /** Source segment ids of the omission run, in document order. */
  source: string[];
  /** Target segment ids of the addition run, in document order. */
  target: string[];
  confidence: number;
  reason: string;
}

export function applyEngineMoves(alignment: Alignment, moves: readonly MoveProposal[]): Alignment {
  let current = alignment;
  for (const move of moves) {
    const next = applyOne(current, move);
    if (next !== null) current = next;
  }
  return current;
}

function applyOne(alignment: Alignment, move: MoveProposal): Alignment | null {
  if (move.source.length === 0 || move.target.length === 0) return null;
  if (!isRun(alignment.source, move.source) || !isRun(alignment.target, move.target)) return null;
  const wantSource = new Set(move.source);
  const wantTarget = new Set(move.target);
  const omissions = alignment.beads.filter((bead) => bead.source.some((id) => wantSource.has(id)));
  const additions = alignment.beads.filter((bead) => bead.target.some((id) => wantTarget.has(id)));
  const fits = (beads: Bead[], side: 'source' | 'target', want: Set<string>) =>
    beads.every(
      (bead) => !bead.moved && bead[side === 'source' ? 'target' : 'source'].length === 0 && bead[side].every((id) => want.has(id)),
    );
  if (!fits(omissions, 'source', wantSource) || !fits(additions, 'target', wantTarget)) return null;

  const first = omissions[0];
  const moved: Bead = {
    id: first.id,
    source: move.source,
    target: move.target,
    origin: 'auto',
    confidence: move.confidence,
    reason: move.reason,
    status: 'auto',
    moved: true,
  };
  const gone = new Set([...omissions, ...additions].map((bead) => bead.id));
  const beads = alignment.beads.flatMap((bead) => (bead === first ? [moved] : gone.has(bead.id) ? [] : [bead]));
  const next = { ...alignment, beads };
  return validateAlignment(next).ok ? next : null;
}

/** The ids are consecutive segments of the side, in order. */
function isRun(segments: Alignment['source'], ids: readonly string[]): boolean {
  const start = segments.findIndex((segment) => segment.id === ids[0]);
  return start >= 0 && ids.every((id, k) => segments[start + k]?.id === id);
}
