// Plans the search band in linear time (the idea of vecalign's recursive downsampling): halve both
// sides by merging neighbouring segments, align the coarse pair recursively, and search the fine level
// only within a fixed half-width of the projected coarse path. Small documents get the full matrix.
import { AlignmentTooLargeError } from './errors';
import { fullBand, guidedBand, type Band } from './band';
import { mergeIdsInto, type SideTable } from './document-table';
import type { LengthModel } from './length-model';
import { searchLattice, type LatticeInput } from './lattice';
import type { ModelParams } from './model-params';

/** At coarse levels merges are already inside the blocks; 1-1, 1-0, 0-1, 2-1, 1-2 find the path. */
const COARSE_SHAPES = 5;

/** Coarse segments keep only their strongest features: enough to steer, cheap to intersect. */
const COARSE_FEATURES = 24;
/** Coarse levels are searched in full below this many cells (the finest level uses params.fullSearchCells). */
const COARSE_FULL_CELLS = 40_000;
/** Half-width of the band at coarse levels (a coarse step is two or more segments). */
const COARSE_BAND = 5;

/** Scratch arrays reused by every merge of two neighbours (coarsening merges every pair of segments). */
let mergedScratch = new Int32Array(256);
let gainScratch = new Float64Array(256);

/**
 * The k-th smallest (0-based) of values[0..count), reordering them (Hoare's selection): what a full sort
 * would put at index k, without sorting every merged segment's gains.
 */
function selectKth(values: Float64Array, count: number, k: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}

/**
 * Writes to out[at..] the COARSE_FEATURES ids of highest gain among the first `count` of `ids`, ascending;
 * among equal gains the lower ids win (what a stable sort by gain would keep). Selection by threshold instead
 * of sorting the ids with a comparator.
 */
function strongestInto(ids: Int32Array, count: number, gain: Float64Array, out: Int32Array, at: number): number {
  if (gainScratch.length < count) gainScratch = new Float64Array(2 * count);
  const gains = gainScratch;
  for (let k = 0; k < count; k++) gains[k] = gain[ids[k]];
  const threshold = selectKth(gains, count, count - COARSE_FEATURES);
  let above = 0;
  for (let k = 0; k < count; k++) if (gain[ids[k]] > threshold) above++;
  let ties = COARSE_FEATURES - above;
  let w = at;
  for (let k = 0; k < count; k++) {
    const g = gain[ids[k]];
    if (g > threshold || (g === threshold && ties-- > 0)) out[w++] = ids[k];
  }
  return w - at;
}

/**
 * The strongest ids of the union of two neighbours' ascending id lists, written to out[at..]; answers how
 * many. The union goes through a reused array (decision 036).
 */
function mergedStrongestInto(a: Int32Array, b: Int32Array, gain: Float64Array, out: Int32Array, at: number): number {
  if (mergedScratch.length < a.length + b.length) mergedScratch = new Int32Array(2 * (a.length + b.length));
  const merged = mergedScratch;
  const k = mergeIdsInto(a, b, merged);
  if (k > COARSE_FEATURES) return strongestInto(merged, k, gain, out, at);
  for (let x = 0; x < k; x++) out[at + x] = merged[x];
  return k;
}

function coarsen(side: SideTable, beta: Float64Array, gain: Float64Array): SideTable {
  const n = Math.ceil(side.ids.length / 2);
  const ids: Int32Array[] = [];
  const length = new Float64Array(n);
  const unmatched = new Float64Array(n);
  // every coarse segment's ids are a view of one pool (one buffer per level instead of one per segment)
  const pool = new Int32Array(n * COARSE_FEATURES);
  let end = 0;
  for (let k = 0; k < n; k++) {
    const a = side.ids[2 * k];
    const b = side.ids[2 * k + 1];
    let merged: Int32Array;
    if (b) {
      const count = mergedStrongestInto(a, b, gain, pool, end);
      merged = pool.subarray(end, end + count);
      end += count;
    } else if (a.length <= COARSE_FEATURES) merged = a;
    else {
      const count = strongestInto(a, a.length, gain, pool, end);
      merged = pool.subarray(end, end + count);
      end += count;
    }
    ids.push(merged);
    length[k] = side.length[2 * k] + (b ? side.length[2 * k + 1] : 0);
    let sum = 0;
    for (let x = 0; x < merged.length; x++) sum += beta[merged[x]];
    unmatched[k] = sum;
  }
  return { ids, length, unmatched, paragraph: null };
}

export function planBand(input: LatticeInput, model: LengthModel, params: ModelParams, maxCells: number, level = 0): Band {
  const n = input.source.ids.length;
  const m = input.target.ids.length;
  if ((n + 1) * (m + 1) <= (level === 0 ? params.fullSearchCells : COARSE_FULL_CELLS)) {
    if ((n + 1) * (m + 1) > maxCells) throw new AlignmentTooLargeError((n + 1) * (m + 1), maxCells, 'cells');
    return fullBand(n, m);
  }
  const coarse: LatticeInput = {
    ...input,
    source: coarsen(input.source, input.betaSource, input.matchGain),
    target: coarsen(input.target, input.betaTarget, input.matchGain),
  };
  const coarsePath = searchLattice(coarse, planBand(coarse, model, params, maxCells, level + 1), model, params, false, COARSE_SHAPES);
  const guideLo = new Int32Array(n + 1).fill(m);
  const guideHi = new Int32Array(n + 1).fill(0);
  for (const bead of coarsePath) {
    const j0 = Math.min(2 * bead.j0, m);
    const j1 = Math.min(2 * bead.j1, m);
    for (let r = Math.min(2 * bead.i0, n); r <= Math.min(2 * bead.i1, n); r++) {
      guideLo[r] = Math.min(guideLo[r], j0);
      guideHi[r] = Math.max(guideHi[r], j1);
    }
  }
  const band = guidedBand(n, m, guideLo, guideHi, level === 0 ? params.bandWidth : COARSE_BAND);
  if (band.cells > maxCells) throw new AlignmentTooLargeError(band.cells, maxCells, 'cells');
  return band;
}
