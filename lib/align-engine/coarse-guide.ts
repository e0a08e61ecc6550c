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
 * The COARSE_FEATURES ids of highest gain among the first `count` of `ids`, ascending; among equal gains
 * the lower ids win (what a stable sort by gain would keep). Selection by threshold instead of sorting the
 * ids with a comparator.
 */
function strongest(ids: Int32Array, count: number, gain: Float64Array): Int32Array {
  if (gainScratch.length < count) gainScratch = new Float64Array(2 * count);
  const gains = gainScratch.subarray(0, count);
  for (let k = 0; k < count; k++) gains[k] = gain[ids[k]];
  gains.sort();
  const threshold = gains[count - COARSE_FEATURES];
  let above = 0;
  for (let k = count - 1; k >= 0 && gains[k] > threshold; k--) above++;
  let ties = COARSE_FEATURES - above;
  const out = new Int32Array(COARSE_FEATURES);
  let w = 0;
  for (let k = 0; k < count; k++) {
    const g = gain[ids[k]];
    if (g > threshold || (g === threshold && ties-- > 0)) out[w++] = ids[k];
  }
  return out;
}

/** The strongest ids of the union of two neighbours' ascending id lists (one of them possibly absent). */
function mergedStrongest(a: Int32Array, b: Int32Array | undefined, gain: Float64Array): Int32Array {
  if (!b) return a.length <= COARSE_FEATURES ? a : strongest(a, a.length, gain);
  // the union into a reused array (decision 036)
  if (mergedScratch.length < a.length + b.length) mergedScratch = new Int32Array(2 * (a.length + b.length));
  const out = mergedScratch;
  const k = mergeIdsInto(a, b, out);
  return k <= COARSE_FEATURES ? out.slice(0, k) : strongest(out, k, gain);
}

function coarsen(side: SideTable, beta: Float64Array, gain: Float64Array): SideTable {
  const n = Math.ceil(side.ids.length / 2);
  const ids: Int32Array[] = [];
  const length = new Float64Array(n);
  const unmatched = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = side.ids[2 * k];
    const b = side.ids[2 * k + 1];
    const merged = mergedStrongest(a, b, gain);
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
