// Maps a bead's posterior (forward-backward over the lattice) to the confidence shown to editors, and
// caps it by the evidence the bead stands on: a link whose sides share nothing rests on length alone and
// must never look certain. Checked by the benchmark's reliability table on every set (decision 021).
import { FeatureMarks } from './feature-marks';
import type { PathBead } from './lattice';
import type { LengthModel } from './length-model';
import type { PreparedDocument } from './prepare-document';

/**
 * Highest confidence by the kind of evidence a bead stands on (decision 021). The posterior is the model's
 * belief; these caps are what the benchmark showed the model can back up: on the dev sets, links resting
 * on one weak anchor, merges, one-sided beads and every bead of a pair without Korean evidence were wrong
 * too often above them (reliability tables in docs/alignment.md).
 */
export const CONFIDENCE_CAPS = {
  /** A link whose sides share nothing: length alone never reaches 0.9. */
  lengthOnly: 0.8,
  /** A link sharing less than WEAK_EVIDENCE nats (one word or mark), or hardly more than it misses. */
  weak: 0.89,
  /** A link sharing less than SOLID_EVIDENCE nats: never "certain". */
  moderate: 0.98,
  /** Beads of three or more segments, and 1-0 / 0-1 beads (absence is harder to prove than presence). */
  mergeOrNull: 0.89,
  /** Any bead of a pair where neither side is Korean (no name or lexicon evidence, posteriors overconfident). */
  withoutKorean: 0.98,
  /** A moved link (find-moved-links.ts): it crosses the order the model weighs. */
  moved: 0.89,
} as const;

export const WEAK_EVIDENCE = 5;
export const SOLID_EVIDENCE = 10;
/**
 * A link that misses at least this share of what it shares is a near tie between what matches and what
 * does not (decision 035): a substitution on the same topic shares a number and a term and misses as
 * much (newsroom dev: "2021 debut" and the band's name, but not its 800,000 albums, Japan or the agency).
 */
export const NEAR_TIE = 0.9;

const sourceMarks = new FeatureMarks();
const targetMarks = new FeatureMarks();

/** What both sides of a bead share (sum of match gains) and what they miss (penalties of unmatched keys). */
export function beadEvidence(
  doc: PreparedDocument,
  bead: { i0: number; i1: number; j0: number; j1: number },
): { shared: number; missing: number } {
  const { table } = doc;
  const size = table.matchGain.length;
  // marks instead of two Sets (decision 036); the sums run in the same order as over the Sets' insertion
  // order (source ids segment by segment, then target ids), so every figure is bit for bit the same
  const { marks: inS, generation: s } = sourceMarks.begin(size);
  const { marks: inT, generation: t } = targetMarks.begin(size);
  for (let j = bead.j0; j < bead.j1; j++) {
    const ids = table.target.ids[j];
    for (let k = 0; k < ids.length; k++) inT[ids[k]] = t;
  }
  let shared = 0;
  let missing = 0;
  for (let i = bead.i0; i < bead.i1; i++) {
    const ids = table.source.ids[i];
    for (let k = 0; k < ids.length; k++) {
      const f = ids[k];
      if (inS[f] === s) continue;
      inS[f] = s;
      // a pair learned from this document's own links (decision 027) vouches for none of them
      if (inT[f] === t) shared += table.keys[f].startsWith('cl:') ? 0 : table.matchGain[f];
      else missing += table.betaSource[f];
    }
  }
  for (let j = bead.j0; j < bead.j1; j++) {
    const ids = table.target.ids[j];
    for (let k = 0; k < ids.length; k++) {
      const f = ids[k];
      if (inT[f] !== t) continue;
      inT[f] = 0; // counted once
      if (inS[f] !== s) missing += table.betaTarget[f];
    }
  }
  return { shared, missing };
}

export function sharedEvidence(doc: PreparedDocument, bead: { i0: number; i1: number; j0: number; j1: number }): number {
  return beadEvidence(doc, bead).shared;
}

/** The cap that applies to a bead, from its shape and the evidence both sides share. */
export function confidenceCap(doc: PreparedDocument, bead: PathBead): number {
  let cap = doc.srcLang === 'ko' || doc.tgtLang === 'ko' ? 1 : CONFIDENCE_CAPS.withoutKorean;
  const a = bead.i1 - bead.i0;
  const b = bead.j1 - bead.j0;
  if (a === 0 || b === 0 || bead.substituted || a + b >= 3) return Math.min(cap, CONFIDENCE_CAPS.mergeOrNull);
  const { shared: evidence, missing } = beadEvidence(doc, bead);
  if (evidence === 0) cap = Math.min(cap, CONFIDENCE_CAPS.lengthOnly);
  // about as much missing as shared (a name matches, but two numbers and three terms do not): a
  // substitution that happens to share a name looks like this
  else if (evidence < WEAK_EVIDENCE || missing >= NEAR_TIE * evidence) cap = Math.min(cap, CONFIDENCE_CAPS.weak);
  else if (evidence < SOLID_EVIDENCE) cap = Math.min(cap, CONFIDENCE_CAPS.moderate);
  return cap;
}

export function calibrateConfidence(doc: PreparedDocument, bead: PathBead, _model: LengthModel): number {
  const p = Math.min(confidenceCap(doc, bead), Math.max(0, bead.posterior));
  return Math.round(p * 1000) / 1000;
}
