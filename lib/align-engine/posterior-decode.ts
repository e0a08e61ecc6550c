// Posterior decoding. Forward and backward log-sums over the search's cost table give every transition
// (bead) its posterior probability: the confidence. They also refine the Viterbi path. The most probable
// alignment can hold a merge bead of low posterior that beats every rival path as a whole, although its
// finer parts are each more probable: an added or orphaned sentence absorbed into its neighbour's bead
// (1-2 at posterior 0.40 against 1-1 at 0.49 + 0-1 at 0.46), or two 1-1 beads fused into a 2-2. The
// strict metric, and an editor, count beads, so inside each bead of three or more segments the decoder
// keeps the finer path with the largest sum of (posterior − margin): minimum Bayes risk decoding, as in
// posterior decoding of HMM word alignments, restricted to the inside of beads (decision 005, Robustness).
import type { Band } from './band';

export interface Sweeps {
  fwd: Float64Array;
  bwd: Float64Array;
  total: number;
}

/** Terms smaller than e^-30 of the largest cannot change a posterior reported to 3 decimals. */
const NEGLIGIBLE = -30;

function logSumExp(terms: Float64Array, count: number, max: number): number {
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let k = 0; k < count; k++) {
    const d = terms[k] - max;
    if (d > NEGLIGIBLE) sum += Math.exp(d);
  }
  return max + Math.log(sum);
}

/** Forward and backward log-sums over the costs (Infinity = shape outside the band). */
export function posteriorSweeps(band: Band, costs: Float32Array, SA: Int32Array, SB: Int32Array, invT: number): Sweeps {
  const { n, lo, hi, offset } = band;
  const NT = SA.length;
  const terms = new Float64Array(NT);
  const fwd = new Float64Array(band.cells).fill(-Infinity);
  fwd[0] = 0;
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i];
    const rowOffset = offset[i] - rowLo;
    for (let j = i === 0 ? rowLo + 1 : rowLo; j <= hi[i]; j++) {
      const c = rowOffset + j;
      let count = 0;
      let max = -Infinity;
      for (let s = 0; s < NT; s++) {
        const cost = costs[c * NT + s];
        if (cost === Infinity) continue;
        const pi = i - SA[s];
        const x = fwd[offset[pi] + j - SB[s] - lo[pi]] - cost * invT;
        terms[count++] = x;
        if (x > max) max = x;
      }
      fwd[c] = logSumExp(terms, count, max);
    }
  }
  const bwd = new Float64Array(band.cells).fill(-Infinity);
  const last = band.cells - 1;
  bwd[last] = 0;
  for (let i = n; i >= 0; i--) {
    const rowLo = lo[i];
    const rowOffset = offset[i] - rowLo;
    for (let j = hi[i]; j >= rowLo; j--) {
      const c = rowOffset + j;
      if (c === last) continue;
      let count = 0;
      let max = -Infinity;
      for (let s = 0; s < NT; s++) {
        const ni = i + SA[s];
        const nj = j + SB[s];
        if (ni > n || nj < lo[ni] || nj > hi[ni]) continue;
        const nc = offset[ni] + nj - lo[ni];
        const cost = costs[nc * NT + s];
        if (cost === Infinity) continue;
        const x = bwd[nc] - cost * invT;
        terms[count++] = x;
        if (x > max) max = x;
      }
      bwd[c] = logSumExp(terms, count, max);
    }
  }
  return { fwd, bwd, total: fwd[last] };
}

/** Posterior of the transition into `cell` from `prevCell` with shape index `shape`. */
export function transitionPosterior(
  { fwd, bwd, total }: Sweeps,
  costs: Float32Array,
  NT: number,
  invT: number,
): (cell: number, prevCell: number, shape: number) => number {
  return (c, pc, s) => Math.exp(fwd[pc] - costs[c * NT + s] * invT + bwd[c] - total);
}

/** A bead of the path with its posterior, in prefix coordinates (same as lattice.ts PathBead). */
export interface DecodedBead {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
  posterior: number;
  substituted?: boolean;
}

/**
 * Re-decodes the inside of every bead with three or more segments: among the finer paths through the
 * bead's own rectangle (same first and last cell), the one with the largest sum of (posterior − margin)
 * replaces it. Only refines, never moves a bead boundary: boundaries between beads are where Viterbi and
 * the posteriors already agree, and moving them helped nowhere on the dev sets.
 */
export function refineBeads(
  path: DecodedBead[],
  band: Band,
  costs: Float32Array,
  shapes: readonly (readonly [number, number])[],
  posterior: (cell: number, prevCell: number, shape: number) => number,
  margin: number,
  substitutionShape = -1,
): DecodedBead[] {
  const out: DecodedBead[] = [];
  const NT = shapes.length;
  const cell = (i: number, j: number) => (j < band.lo[i] || j > band.hi[i] ? -1 : band.offset[i] + j - band.lo[i]);
  for (const bead of path) {
    const h = bead.i1 - bead.i0;
    const w = bead.j1 - bead.j0;
    if (h + w < 3) {
      out.push(bead);
      continue;
    }
    // score and back pointers over the (h + 1) x (w + 1) rectangle, row-major
    const score = new Float64Array((h + 1) * (w + 1)).fill(-Infinity);
    const back = new Int32Array((h + 1) * (w + 1)).fill(-1);
    const gain = new Float64Array((h + 1) * (w + 1));
    score[0] = 0;
    for (let di = 0; di <= h; di++) {
      for (let dj = 0; dj <= w; dj++) {
        const c = cell(bead.i0 + di, bead.j0 + dj);
        if (c < 0 || (di === 0 && dj === 0)) continue;
        for (let s = 0; s < NT; s++) {
          const a = shapes[s][0];
          const b = shapes[s][1];
          // a substitution never replaces part of a link the search chose (it only competes with 1-1)
          if (s === substitutionShape || a > di || b > dj || costs[c * NT + s] === Infinity) continue;
          const from = (di - a) * (w + 1) + (dj - b);
          const pc = cell(bead.i0 + di - a, bead.j0 + dj - b);
          if (pc < 0 || score[from] === -Infinity) continue;
          const p = posterior(c, pc, s);
          const value = score[from] + p - margin;
          if (value > score[di * (w + 1) + dj]) {
            score[di * (w + 1) + dj] = value;
            back[di * (w + 1) + dj] = s;
            gain[di * (w + 1) + dj] = p;
          }
        }
      }
    }
    const finer: DecodedBead[] = [];
    let di = h;
    let dj = w;
    while (di > 0 || dj > 0) {
      const s = back[di * (w + 1) + dj];
      if (s < 0) break;
      const [a, b] = shapes[s];
      finer.push({ i0: bead.i0 + di - a, i1: bead.i0 + di, j0: bead.j0 + dj - b, j1: bead.j0 + dj, posterior: gain[di * (w + 1) + dj] });
      di -= a;
      dj -= b;
    }
    if (di !== 0 || dj !== 0) out.push(bead);
    else out.push(...finer.reverse());
  }
  return out;
}
