// Aligns one stretch [i0, i1) x [j0, j1) of a prepared document in two passes: the first with the
// document's length ratio from total lengths, the second with ratio and variance re-estimated from the
// first pass's confident beads. Both passes search the same band.
import type { SideTable } from './document-table';
import { planBand } from './coarse-guide';
import { initialLengthModel, reestimateLengthModel, type LengthModel } from './length-model';
import { searchLattice, type FixedCosts, type PathBead } from './lattice';
import type { ModelParams } from './model-params';
import type { PreparedDocument } from './prepare-document';

function pick(side: SideTable, indices: readonly number[]): SideTable {
  // the whole side (a whole-document alignment): the search only reads the table, so no copy (decision 036)
  if (indices.length === side.ids.length && indices.every((k, x) => k === x)) return side;
  // plain loops: TypedArray.from with a mapping function is slow, and the moved-link pass picks hundreds of
  // small stretches (decision 036)
  const length = new Float64Array(indices.length);
  const unmatched = new Float64Array(indices.length);
  const paragraph = side.paragraph ? new Int32Array(indices.length) : null;
  for (let x = 0; x < indices.length; x++) {
    const k = indices[x];
    length[x] = side.length[k];
    unmatched[x] = side.unmatched[k];
    if (paragraph && side.paragraph) paragraph[x] = side.paragraph[k] ?? 0;
  }
  return { ids: indices.map((k) => side.ids[k]), length, unmatched, paragraph };
}

/** Above this many segments (both sides) the length model is not re-estimated. */
const SINGLE_PASS_SEGMENTS = 4000;

export interface RangeResult {
  beads: PathBead[];
  model: LengthModel;
}

const sum = (xs: Float64Array, from: number, to: number) => {
  let s = 0;
  for (let k = from; k < to; k++) s += xs[k];
  return s;
};

/** Length pairs of beads a pass is confident about, for re-estimating the model. */
export function trustedLengthPairs(source: SideTable, target: SideTable, beads: PathBead[]): [number, number][] {
  return beads
    .filter((b) => b.i1 > b.i0 && b.j1 > b.j0 && !b.substituted && b.posterior >= 0.5)
    .map((b) => [sum(source.length, b.i0, b.i1), sum(target.length, b.j0, b.j1)]);
}

export function documentLengthModel(doc: PreparedDocument): LengthModel {
  return initialLengthModel(doc.table.source.length, doc.table.target.length);
}

/** Beads with indices into the picked lists; map them back with `src[k]`, `tgt[k]`. */
export function alignRange(
  doc: PreparedDocument,
  src: readonly number[],
  tgt: readonly number[],
  params: ModelParams,
  maxCells: number,
  model: LengthModel | null,
): RangeResult {
  const input = {
    source: pick(doc.table.source, src),
    target: pick(doc.table.target, tgt),
    matchGain: doc.table.matchGain,
    betaSource: doc.table.betaSource,
    betaTarget: doc.table.betaTarget,
  };
  if (src.length === 0 || tgt.length === 0) {
    // one side empty: everything is an omission or an addition
    const beads: PathBead[] = [];
    for (let i = 0; i < src.length; i++) beads.push({ i0: i, i1: i + 1, j0: 0, j1: 0, posterior: 1 });
    for (let j = 0; j < tgt.length; j++) beads.push({ i0: 0, i1: 0, j0: j, j1: j + 1, posterior: 1 });
    return { beads, model: model ?? documentLengthModel(doc) };
  }
  // Refining merge beads by their posteriors needs posteriors that mean something in the 0.2-0.6 range:
  // with Korean evidence (names, the built-in list) they do; on de-fr beads under 0.7 were right about
  // half the time in every bin, so the refinement there is a coin flip (decision 005, Robustness).
  // The substitution reading needs the same: on de-fr a pair sharing nothing is ordinary (half of the
  // Text+Berg test beads share no key), so it is off there (decision 021).
  const korean = doc.srcLang === 'ko' || doc.tgtLang === 'ko';
  const pass = korean ? { ...params, decodeMargin: null } : { ...params, decodeMargin: null, substitutionCost: null };
  const search = korean ? params : pass;
  const first = model ?? initialLengthModel(input.source.length, input.target.length);
  const band = planBand(input, first, params, maxCells);
  // a caller-supplied model (realign between locks) already comes from the whole document
  if (model) return { beads: searchLattice(input, band, first, search), model };
  const fixed: FixedCosts = { values: null };
  // Long documents: total lengths already estimate the ratio well; one pass saves a third of the time.
  if (src.length + tgt.length > SINGLE_PASS_SEGMENTS)
    return { beads: searchLattice(input, band, first, search, true, undefined, fixed), model: first };
  const pass1 = searchLattice(input, band, first, pass, false, undefined, fixed);
  const second = reestimateLengthModel(trustedLengthPairs(input.source, input.target, pass1), first);
  return { beads: searchLattice(input, band, second, search, true, undefined, fixed), model: second };
}
