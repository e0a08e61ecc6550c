// After the moved-link pass has taken segments out of weak links (decision 028), what is left of those
// links is aligned again, monotonically, between the untouched links around them (the anchors), exactly
// as "realign between locks" does. The moved segments themselves come back as one-sided beads at their
// own places, so the result is still a monotonic alignment covering every segment once; callers that
// show moves (the CLI's --moves, auto-align) replace those one-sided beads by the moved links.
import { alignRange } from './align-range';
import { emitBead } from './emit-beads';
import type { LengthModel } from './length-model';
import type { ModelParams } from './model-params';
import type { PreparedDocument } from './prepare-document';
import type { EngineBead } from './types';

export interface RealignWork {
  /** Segments (both sides) of the stretches aligned again. */
  segments: number;
}

/**
 * `beads` is the monotonic alignment in document order; `movedS` / `movedT` are the segments the accepted
 * moves use. Beads holding no moved segment are kept as they are; each stretch between two kept links that
 * holds a changed bead is aligned again without the moved segments.
 */
export function realignAroundMoves(
  doc: PreparedDocument,
  beads: readonly EngineBead[],
  movedS: ReadonlySet<number>,
  movedT: ReadonlySet<number>,
  model: LengthModel,
  params: ModelParams,
  maxCells: number,
  work: RealignWork,
): EngineBead[] {
  const touched = (b: EngineBead) => b.source.some((i) => movedS.has(i)) || b.target.some((j) => movedT.has(j));
  const out: EngineBead[] = [];
  let gap: EngineBead[] = [];
  const flush = () => {
    if (gap.some(touched)) out.push(...realignStretch(doc, gap, movedS, movedT, model, params, maxCells, work));
    else out.push(...gap);
    gap = [];
  };
  for (const b of beads) {
    if (b.source.length > 0 && b.target.length > 0 && !touched(b)) {
      flush();
      out.push(b);
    } else gap.push(b);
  }
  flush();
  return withMovedSegments(out, movedS, movedT);
}

function realignStretch(
  doc: PreparedDocument,
  gap: readonly EngineBead[],
  movedS: ReadonlySet<number>,
  movedT: ReadonlySet<number>,
  model: LengthModel,
  params: ModelParams,
  maxCells: number,
  work: RealignWork,
): EngineBead[] {
  const src = gap.flatMap((b) => b.source.filter((i) => !movedS.has(i))).sort((a, b) => a - b);
  const tgt = gap.flatMap((b) => b.target.filter((j) => !movedT.has(j))).sort((a, b) => a - b);
  work.segments += src.length + tgt.length;
  if (src.length + tgt.length === 0) return [];
  const out: EngineBead[] = [];
  for (const b of alignRange(doc, src, tgt, params, maxCells, model).beads) {
    const s = src.slice(b.i0, b.i1);
    const t = tgt.slice(b.j0, b.j1);
    // explainBead and the caps read spans; with moved segments left out a bead may skip one, and its span
    // then covers the moved segment too (a slightly wrong reason beats no reason)
    const i0 = s[0] ?? 0;
    const j0 = t[0] ?? 0;
    const span = { ...b, i0, i1: s.length > 0 ? s[s.length - 1] + 1 : i0, j0, j1: t.length > 0 ? t[t.length - 1] + 1 : j0 };
    out.push(...emitBead(doc, span, model, s, t));
  }
  return out;
}

/** Puts each moved segment back as a one-sided bead just before the first bead with a later segment on its side. */
function withMovedSegments(beads: readonly EngineBead[], movedS: ReadonlySet<number>, movedT: ReadonlySet<number>): EngineBead[] {
  const reason = 'moved: linked elsewhere in the document';
  const pendingS = [...movedS].sort((a, b) => a - b);
  const pendingT = [...movedT].sort((a, b) => a - b);
  let ps = 0;
  let pt = 0;
  const result: EngineBead[] = [];
  const flush = (beforeS: number, beforeT: number) => {
    for (; ps < pendingS.length && pendingS[ps] < beforeS; ps++) result.push({ source: [pendingS[ps]], target: [], confidence: 0, reason });
    for (; pt < pendingT.length && pendingT[pt] < beforeT; pt++) result.push({ source: [], target: [pendingT[pt]], confidence: 0, reason });
  };
  for (const b of beads) {
    flush(b.source[0] ?? -1, b.target[0] ?? -1);
    result.push(b);
  }
  flush(Infinity, Infinity);
  return result;
}
