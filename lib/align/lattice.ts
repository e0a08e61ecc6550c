// Dynamic programming over the band: the best monotone path of beads (Viterbi) and, on the same cost
// table, forward-backward sums that give each chosen bead its posterior probability. Costs are computed
// once per (cell, shape) and reused by all three sweeps.
import { cellIndex, type Band } from './band';
import { mergeIds, pairGain, type SideTable } from './document-table';
import { lengthCost, type LengthModel } from './length-model';
import { BEAD_SHAPES, type ModelParams } from './model-params';

export interface LatticeInput {
  source: SideTable;
  target: SideTable;
  matchGain: Float64Array;
  betaSource: Float64Array;
  betaTarget: Float64Array;
}

/**
 * Feature ids of every run of 1..maxRun consecutive segments (union, ascending), and the penalty if none of
 * them is matched. A bead's evidence is computed on these unions, so a key that two sentences share
 * counts once: otherwise a 2-2 bead would collect the evidence of both 1-1 beads twice over.
 */
function runs(side: SideTable, beta: Float64Array, maxRun: number): { ids: Int32Array[][]; unmatched: Float64Array[] } {
  const n = side.ids.length;
  const ids: Int32Array[][] = [[], side.ids];
  const unmatched: Float64Array[] = [new Float64Array(0), side.unmatched];
  for (let k = 2; k <= maxRun; k++) {
    const row: Int32Array[] = [];
    const pen = new Float64Array(Math.max(0, n - k + 1));
    for (let i = 0; i + k <= n; i++) {
      const merged = mergeIds(ids[k - 1][i], side.ids[i + k - 1]);
      row.push(merged);
      let sum = 0;
      for (let x = 0; x < merged.length; x++) sum += beta[merged[x]];
      pen[i] = sum;
    }
    ids.push(row);
    unmatched.push(pen);
  }
  return { ids, unmatched };
}

/** A bead as half-open ranges of the (sliced) sides. */
export interface PathBead {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
  posterior: number;
}

function prefix(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) out[k + 1] = out[k] + values[k];
  return out;
}

function computeFixedCosts(
  input: LatticeInput,
  band: Band,
  params: ModelParams,
  NT: number,
  SA: Int32Array,
  SB: Int32Array,
  matchGain: Float64Array,
): Float32Array {
  const { source: S, target: T } = input;
  const { n, lo, hi, offset } = band;
  const maxRun = Math.max(...SA, ...SB);
  const runS = runs(S, input.betaSource, maxRun);
  const runT = runs(T, input.betaTarget, maxRun);
  const shapeCost = Float64Array.from(SA, (a, s) => (a === 0 || SB[s] === 0 ? params.nullCost : params.shapeCost[`${a}-${SB[s]}`] ?? 99));
  const pS = S.paragraph;
  const pT = T.paragraph;
  const startsS = (k: number) => k === 0 || (pS !== null && pS[k] !== pS[k - 1]);
  const startsT = (k: number) => k === 0 || (pT !== null && pT[k] !== pT[k - 1]);
  const out = new Float32Array(band.cells * NT).fill(Infinity);
  const lex = params.lexicalWeight;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      const c = offset[i] + j - lo[i];
      for (let s = 0; s < NT; s++) {
        const a = SA[s];
        const b = SB[s];
        if (i - a < 0 || j - b < lo[i - a] || j - b > hi[i - a]) continue;
        if (a === 0 || b === 0) {
          out[c * NT + s] = shapeCost[s];
          continue;
        }
        const lexical = pairGain(runS.ids[a][i - a], runT.ids[b][j - b], matchGain) - runS.unmatched[a][i - a] - runT.unmatched[b][j - b];
        let cost = shapeCost[s] - lex * lexical;
        if (pS !== null && pT !== null) {
          if (pS[i - 1] !== pS[i - a]) cost += params.paragraphCross;
          if (pT[j - 1] !== pT[j - b]) cost += params.paragraphCross;
          if (startsS(i - a) !== startsT(j - b)) cost += params.paragraphStart;
        }
        out[c * NT + s] = cost;
      }
    }
  }
  return out;
}

function logAdd(x: number, y: number): number {
  const d = x - y;
  // beyond e^-30 the smaller term cannot change a posterior we report to 3 decimals
  if (d > 30 || y === -Infinity) return x;
  if (d < -30 || x === -Infinity) return y;
  return d > 0 ? x + Math.log1p(Math.exp(-d)) : y + Math.log1p(Math.exp(d));
}

/**
 * The part of every transition's cost that does not depend on the length model (shape prior, lexical
 * evidence, paragraph breaks). Computed by the first pass and reused by the second.
 */
export interface FixedCosts {
  values: Float32Array | null;
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
  const { source: S, target: T, matchGain } = input;
  const { n, lo, hi, offset } = band;
  const NT = shapeCount;
  const SA = Int32Array.from(BEAD_SHAPES.slice(0, NT), ([a]) => a);
  const SB = Int32Array.from(BEAD_SHAPES.slice(0, NT), ([, b]) => b);
  const at = (i: number, j: number) => (i < 0 || j < lo[i] || j > hi[i] ? -1 : offset[i] + j - lo[i]);
  const lenS = prefix(S.length);
  const lenT = prefix(T.length);

  let fixedCosts = fixed.values;
  if (fixedCosts === null || fixedCosts.length !== band.cells * NT) {
    fixedCosts = computeFixedCosts(input, band, params, NT, SA, SB, matchGain);
    fixed.values = fixedCosts;
  }

  const costs = new Float32Array(band.cells * NT).fill(Infinity);
  const best = new Float64Array(band.cells).fill(Infinity);
  const back = new Uint8Array(band.cells);
  const lw = params.lengthWeight;
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      const c = offset[i] + j - lo[i];
      for (let s = 0; s < NT; s++) {
        const a = SA[s];
        const b = SB[s];
        const pc = at(i - a, j - b);
        if (pc < 0) continue;
        let cost = fixedCosts[c * NT + s];
        if (a > 0 && b > 0) cost += lw * lengthCost(lenS[i] - lenS[i - a], lenT[j] - lenT[j - b], model);
        costs[c * NT + s] = cost;
        const total = best[pc] + cost;
        if (total < best[c]) {
          best[c] = total;
          back[c] = s;
        }
      }
    }
  }

  if (!posteriors) return backtrack(band, back, () => 1);
  // forward and backward log-sums at temperature T
  const invT = 1 / params.temperature;
  const fwd = new Float64Array(band.cells).fill(-Infinity);
  fwd[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      const c = band.offset[i] + j - band.lo[i];
      let acc = c === 0 ? 0 : -Infinity;
      for (let s = 0; s < NT; s++) {
        const cost = costs[c * NT + s];
        if (cost === Infinity) continue;
        acc = logAdd(acc, fwd[at(i - SA[s], j - SB[s])] - cost * invT);
      }
      fwd[c] = acc;
    }
  }
  const bwd = new Float64Array(band.cells).fill(-Infinity);
  const last = band.cells - 1;
  bwd[last] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = band.hi[i]; j >= band.lo[i]; j--) {
      const c = band.offset[i] + j - band.lo[i];
      if (c === last) continue;
      let acc = -Infinity;
      for (let s = 0; s < NT; s++) {
        const nc = i + SA[s] > n ? -1 : at(i + SA[s], j + SB[s]);
        if (nc < 0) continue;
        const cost = costs[nc * NT + s];
        if (cost !== Infinity) acc = logAdd(acc, bwd[nc] - cost * invT);
      }
      bwd[c] = acc;
    }
  }

  const total = fwd[last];
  return backtrack(band, back, (c, pc, s) => Math.exp(fwd[pc] - costs[c * NT + s] * invT + bwd[c] - total));
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
    path.push({ i0: i - a, i1: i, j0: j - b, j1: j, posterior: Number.isFinite(p) ? Math.min(1, p) : 0 });
    i -= a;
    j -= b;
  }
  return path.reverse();
}
