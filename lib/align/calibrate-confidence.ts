// Maps a bead's posterior (forward-backward over the lattice) to the confidence shown to editors, and
// caps it by the evidence the bead stands on: a link whose sides share nothing rests on length alone and
// must never look certain. Checked by the benchmark's reliability table on every set (decision 021).
import type { PathBead } from './lattice';
import type { LengthModel } from './length-model';
import type { PreparedDocument } from './prepare-document';

/** Highest confidence of a link whose sides share no evidence at all (length alone). */
export const LENGTH_ONLY_CAP = 0.8;

/** Sum of the match gains of the features both sides of the bead share. */
export function sharedEvidence(doc: PreparedDocument, bead: { i0: number; i1: number; j0: number; j1: number }): number {
  const { table } = doc;
  const src = new Set<number>();
  for (let i = bead.i0; i < bead.i1; i++) for (const f of table.source.ids[i]) src.add(f);
  let gain = 0;
  const seen = new Set<number>();
  for (let j = bead.j0; j < bead.j1; j++) {
    for (const f of table.target.ids[j]) {
      if (src.has(f) && !seen.has(f)) {
        seen.add(f);
        gain += table.matchGain[f];
      }
    }
  }
  return gain;
}

export function calibrateConfidence(doc: PreparedDocument, bead: PathBead, _model: LengthModel): number {
  let p = Math.min(1, Math.max(0, bead.posterior));
  const link = bead.i1 > bead.i0 && bead.j1 > bead.j0 && !bead.substituted;
  if (link && sharedEvidence(doc, bead) === 0) p = Math.min(p, LENGTH_ONLY_CAP);
  return Math.round(p * 1000) / 1000;
}
