// Dynamic programming over the band: the best monotone path of beads (Viterbi) and, on the same cost
// table, forward-backward sums that give each chosen bead its posterior probability. The part of the
// costs that does not depend on the length model is computed once (fixed-costs.ts) and reused by both
// passes; the pass that computes posteriors is always the last user of that table, so it turns the table
// into the full costs in place instead of allocating a second one.
import { cellIndex, type Band } from './band';
import type { SideTable } from './document-table';
import { computeFixedCosts } from './fixed-costs';
import { lengthCost, type LengthModel } from './length-model';
import { BEAD_SHAPES, SUBSTITUTION_SHAPE, type ModelParams } from './model-params';
import { posteriorSweeps, refineBeads, transitionPosterior } from './posterior-decode';

export interface LatticeInput {
  source: SideTable;
  target: SideTable;
  matchGain: Float64Array;
  betaSource: Float64Array;
  betaTarget: Float64Array;
}

/** A bead as half-open ranges of the (sliced) sides. */
export interface PathBead {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
  posterior: number;
  /** The substitution reading of a 1-1 step: emitted as 1-0 + 0-1 (model-params.ts SUBSTITUTION_SHAPE). */
  substituted?: boolean;
}

function prefix(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) out[k + 1] = out[k] + values[k];
  return out;
}

/**
 * The part of every transition's cost that does not depend on the length model (shape prior, lexical
 * evidence, paragraph breaks). Computed by the first pass and reused by the second; a pass with
 * posteriors consumes it (values becomes null).
 */
export interface FixedCosts {
  values: Float32Array | null;
}

/** Source and target counts of the first NT shapes, built once per NT (only read, never written). */
const shapeSidesByCount = new Map<number, { SA: Int32Array; SB: Int32Array }>();

function shapeSides(NT: number): { SA: Int32Array; SB: Int32Array } {
  let sides = shapeSidesByCount.get(NT);
  if (!sides) {
    sides = { SA: Int32Array.from(BEAD_SHAPES.slice(0, NT), ([a]) => a), SB: Int32Array.from(BEAD_SHAPES.slice(0, NT), ([, b]) => b) };
    shapeSidesByCount.set(NT, sides);
  }
  return sides;
}

export function searchLattice(
  input: LatticeInput,
  band: Band,
  model: LengthModel,
  params: ModelParams,
  posteriors = true,
  shapeCount = BEAD_SHAPES.length,
  fixed: FixedCosts = { values: null },
): PathBead[] {
  const { source: S, target: T } = input;
  const { n, lo, hi, offset } = band;
  const NT = shapeCount;
  const { SA, SB } = shapeSides(NT);
  const lenS = prefix(S.length);
  const lenT = prefix(T.length);

  let costs = fixed.values;
  if (costs === null || costs.length !== band.cells * NT) costs = computeFixedCosts(input, band, params, SA, SB);
  // the posterior pass is the last user of the fixed costs: it adds the length costs in place
  fixed.values = posteriors ? null : costs;

  const best = new Float64Array(band.cells).fill(Infinity);
  const back = new Uint8Array(band.cells);
  const lw = params.lengthWeight;
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i];
    const rowOffset = offset[i] - rowLo;
    for (let j = rowLo; j <= hi[i]; j++) {
      const c = rowOffset + j;
      let bestCost = best[c];
      let bestShape = back[c];
      for (let s = 0; s < NT; s++) {
        const a = SA[s];
        const b = SB[s];
        let cost = costs[c * NT + s];
        // Infinity marks a shape that does not fit in the band (fixed-costs.ts)
        if (cost === Infinity) continue;
        const pi = i - a;
        const pj = j - b;
        const pc = offset[pi] + pj - lo[pi];
        if (a > 0 && b > 0 && s !== SUBSTITUTION_SHAPE) {
          cost += lw * lengthCost(lenS[i] - lenS[pi], lenT[j] - lenT[pj], model);
          if (posteriors) costs[c * NT + s] = cost;
        }
        const total = best[pc] + cost;
        if (total < bestCost) {
          bestCost = total;
          bestShape = s;
        }
      }
      best[c] = bestCost;
      back[c] = bestShape;
    }
  }

  if (!posteriors) return backtrack(band, back, () => 1);
  const sums = posteriorSweeps(band, costs, SA, SB, 1 / params.temperature);
  const posterior = transitionPosterior(sums, costs, NT, 1 / params.temperature);
  const path = preferSubstitutions(backtrack(band, back, posterior), band, costs, NT, posterior, params.substitutionRatio);
  if (params.decodeMargin === null) return path;
  return refineBeads(path, band, costs, BEAD_SHAPES.slice(0, NT), posterior, params.decodeMargin, SUBSTITUTION_SHAPE);
}

function backtrack(band: Band, back: Uint8Array, posterior: (cell: number, prevCell: number, shape: number) => number): PathBead[] {
  const path: PathBead[] = [];
  let i = band.n;
  let j = band.m;
  while (i > 0 || j > 0) {
    const c = cellIndex(band, i, j);
    const s = back[c];
    const [a, b] = BEAD_SHAPES[s];
    const pc = cellIndex(band, i - a, j - b);
    const p = posterior(c, pc, s);
    const bead: PathBead = { i0: i - a, i1: i, j0: j - b, j1: j, posterior: Number.isFinite(p) ? Math.min(1, p) : 0 };
    if (s === SUBSTITUTION_SHAPE) bead.substituted = true;
    path.push(bead);
    i -= a;
    j -= b;
  }
  return path.reverse();
}

/**
 * A wrong link is worse than a missed one (it goes into the memory unseen), so a 1-1 link whose
 * substitution reading is close (posterior at least `ratio` times the link's) is read as 1-0 + 0-1.
 * Only the bead itself changes; its neighbours keep their boundaries (decision 021).
 */
function preferSubstitutions(
  path: PathBead[],
  band: Band,
  costs: Float32Array,
  NT: number,
  posterior: (cell: number, prevCell: number, shape: number) => number,
  ratio: number,
): PathBead[] {
  if (NT <= SUBSTITUTION_SHAPE) return path;
  return path.map((b) => {
    if (b.substituted || b.i1 - b.i0 !== 1 || b.j1 - b.j0 !== 1) return b;
    const c = cellIndex(band, b.i1, b.j1);
    if (costs[c * NT + SUBSTITUTION_SHAPE] === Infinity) return b;
    const pSub = posterior(c, cellIndex(band, b.i0, b.j0), SUBSTITUTION_SHAPE);
    return pSub >= ratio * b.posterior ? { ...b, posterior: Math.min(1, pSub), substituted: true } : b;
  });
}
