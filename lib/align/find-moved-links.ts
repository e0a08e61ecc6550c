// PLACEHOLDER (issue 11, product side): the engine helper writes the real moved-link finder; the integrator
// replaces this file at merge. Same signature. This stand-in pairs a run of omissions with a run of additions
// elsewhere only when both runs carry the same numbers (digits), which is enough to drive the product code.
import type { AlignInputSegment, AlignOptions, EngineBead } from './types';

export interface EngineMove {
  source: number[];
  target: number[];
  confidence: number;
  reason: string;
}

interface Run {
  indices: number[];
  at: number;
}

function runs(beads: EngineBead[], side: 'source' | 'target'): Run[] {
  const other = side === 'source' ? 'target' : 'source';
  const out: Run[] = [];
  beads.forEach((bead, k) => {
    const oneSided = bead[side].length > 0 && bead[other].length === 0;
    const last = out[out.length - 1];
    if (!oneSided) return;
    if (last && last.at + last.indices.length === k) last.indices.push(...bead[side]);
    else out.push({ indices: [...bead[side]], at: k });
  });
  return out;
}

function numbers(segments: AlignInputSegment[], indices: number[]): string {
  return indices
    .flatMap((i) => segments[i].text.match(/\d+/g) ?? [])
    .sort()
    .join(' ');
}

export function findMovedLinks(
  source: AlignInputSegment[],
  target: AlignInputSegment[],
  beads: EngineBead[],
  _options: AlignOptions,
): EngineMove[] {
  const additions = runs(beads, 'target');
  const used = new Set<Run>();
  const moves: EngineMove[] = [];
  for (const omission of runs(beads, 'source')) {
    const key = numbers(source, omission.indices);
    if (key === '') continue;
    const match = additions.find((run) => !used.has(run) && Math.abs(run.at - omission.at) > 1 && numbers(target, run.indices) === key);
    if (match === undefined) continue;
    used.add(match);
    moves.push({ source: omission.indices, target: match.indices, confidence: 0.5, reason: `numbers ${key} match (moved)` });
  }
  return moves;
}
