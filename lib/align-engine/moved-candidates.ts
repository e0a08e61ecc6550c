// Where the moved-link pass looks (decision 028). A moved paragraph reaches the pass in one of two shapes:
// one-sided beads (the monotonic pass left it out on both sides), or weak links (the monotonic pass forced
// a moved sentence onto a neighbour: a low confidence, or a link the not-a-translation evidence flags,
// sharing less than it misses). Both kinds of segment are candidates; strong links are never touched.
// Candidate segments form runs (at most MAX_RUN, cut at paragraph breaks when both sides have them), and
// run pairs are ranked through an inverted index over the target runs' features.
import { beadEvidence } from './calibrate-confidence';
import type { PreparedDocument } from './prepare-document';
import type { EngineBead } from './types';

/** Longest run (segments) considered on either side; a moved paragraph is a few sentences. */
export const MAX_RUN = 8;
/** Most run pairs aligned per document (the best-scoring first). */
export const MAX_CANDIDATE_PAIRS = 200;
/**
 * A feature held by more target runs than this says nothing about where a run moved (a common word, a
 * year repeated in every paragraph); it is skipped, which bounds the ranking at MAX_POSTING score
 * updates per source feature.
 */
export const MAX_POSTING = 32;
/** A link below this confidence is weak: its segments may belong to a move. */
export const WEAK_CONFIDENCE = 0.9;
/** A run pair as a whole must share at least this much (nats of match gain): more than a chance overlap. */
const MIN_RUN_EVIDENCE = 8;

export interface Run {
  from: number;
  /** exclusive */
  to: number;
}

export interface RunPair {
  s: number;
  t: number;
  score: number;
}

/** Segments the pass may use (true), and which links are weak, from the monotonic beads. */
export function candidateSegments(
  doc: PreparedDocument,
  beads: readonly EngineBead[],
): { source: Uint8Array; target: Uint8Array; weak: boolean[] } {
  const source = new Uint8Array(doc.table.source.ids.length);
  const target = new Uint8Array(doc.table.target.ids.length);
  // without Korean, confidences below 0.9 are common on true links and the not-a-translation reading is
  // off (decisions 005, 021): only one-sided segments are candidates there
  const korean = doc.srcLang === 'ko' || doc.tgtLang === 'ko';
  const weak = beads.map((b) => {
    if (b.source.length === 0 || b.target.length === 0) return true;
    if (!korean) return false;
    if (b.confidence < WEAK_CONFIDENCE) return true;
    // monotonic beads hold consecutive segments, so the bead's span is its first and last index
    const span = { i0: b.source[0], i1: b.source[b.source.length - 1] + 1, j0: b.target[0], j1: b.target[b.target.length - 1] + 1 };
    const { shared, missing } = beadEvidence(doc, span);
    return shared < missing;
  });
  beads.forEach((b, k) => {
    if (!weak[k]) return;
    for (const i of b.source) source[i] = 1;
    for (const j of b.target) target[j] = 1;
  });
  return { source, target, weak };
}

/**
 * Runs of candidate segments: maximal stretches cut at paragraph starts; a stretch longer than MAX_RUN
 * becomes windows of MAX_RUN that overlap by half, so a moved paragraph inside a long stretch of weak
 * beads is still seen whole by one window (at most two windows per MAX_RUN / 2 segments).
 */
export function runsOf(candidate: Uint8Array, paragraph: Int32Array | null): Run[] {
  const stretches: Run[] = [];
  for (let x = 0; x < candidate.length; x++) {
    if (!candidate[x]) continue;
    const last = stretches[stretches.length - 1];
    const sameParagraph = paragraph === null || (x > 0 && paragraph[x] === paragraph[x - 1]);
    if (last && last.to === x && sameParagraph) last.to = x + 1;
    else stretches.push({ from: x, to: x + 1 });
  }
  const runs: Run[] = [];
  const step = MAX_RUN / 2;
  for (const s of stretches) {
    if (s.to - s.from <= MAX_RUN) runs.push(s);
    else for (let from = s.from; from < s.to - step; from += step) runs.push({ from, to: Math.min(s.to, from + MAX_RUN) });
  }
  return runs;
}

/** A run that is a whole paragraph (known only when the side has paragraph marks). */
export function wholeParagraph(run: Run, paragraph: Int32Array | null): boolean {
  if (paragraph === null) return false;
  const starts = run.from === 0 || paragraph[run.from] !== paragraph[run.from - 1];
  const ends = run.to === paragraph.length || paragraph[run.to] !== paragraph[run.to - 1];
  return starts && ends;
}

/**
 * The best run pairs by shared evidence, whole moved paragraphs first. Work: one pass over the features
 * of the candidate segments, at most MAX_POSTING score updates per source feature (counted in `work`).
 * Posting lists and scores live in typed arrays indexed by feature and run (decision 036); scores add the
 * same gains in the same order as before, so the ranking is the same.
 */
export function rankRunPairs(doc: PreparedDocument, sRuns: Run[], tRuns: Run[], work: { updates: number; features: number }): RunPair[] {
  const { table } = doc;
  const features = table.matchGain.length;
  // posting lists of target runs per feature, capped one entry past MAX_POSTING (the entry that marks a
  // feature too common), laid out flat: counting pass, then filling pass
  const postingCount = new Int32Array(features);
  const runMark = new Int32Array(features);
  const eachRunFeature = (visit: (f: number, k: number) => void) =>
    tRuns.forEach((run, k) => {
      for (let j = run.from; j < run.to; j++) {
        const ids = table.target.ids[j];
        for (let y = 0; y < ids.length; y++) {
          const f = ids[y];
          if (runMark[f] === k + 1) continue;
          runMark[f] = k + 1;
          visit(f, k);
        }
      }
    });
  eachRunFeature((f) => {
    if (postingCount[f] <= MAX_POSTING) postingCount[f]++;
  });
  const postingStart = new Int32Array(features + 1);
  for (let f = 0; f < features; f++) postingStart[f + 1] = postingStart[f] + postingCount[f];
  const postings = new Int32Array(postingStart[features]);
  const filled = new Int32Array(features);
  runMark.fill(0);
  eachRunFeature((f, k) => {
    if (filled[f] < postingCount[f]) postings[postingStart[f] + filled[f]++] = k;
  });
  const pairs: RunPair[] = [];
  const score = new Float64Array(tRuns.length);
  const scored = new Int32Array(tRuns.length);
  const touched = new Int32Array(tRuns.length);
  const sourceMark = new Int32Array(features);
  sRuns.forEach((run, k) => {
    let count = 0;
    for (let i = run.from; i < run.to; i++) {
      const ids = table.source.ids[i];
      for (let y = 0; y < ids.length; y++) {
        const f = ids[y];
        if (sourceMark[f] === k + 1) continue;
        sourceMark[f] = k + 1;
        work.features++;
        const n = postingCount[f];
        if (n === 0 || n > MAX_POSTING) continue;
        for (let p = postingStart[f]; p < postingStart[f] + n; p++) {
          const t = postings[p];
          work.updates++;
          if (scored[t] !== k + 1) {
            scored[t] = k + 1;
            score[t] = 0;
            touched[count++] = t;
          }
          score[t] += table.matchGain[f];
        }
      }
    }
    for (let x = 0; x < count; x++) {
      const t = touched[x];
      if (score[t] >= MIN_RUN_EVIDENCE) pairs.push({ s: k, t, score: score[t] });
    }
  });
  const sWhole = sRuns.map((r) => wholeParagraph(r, table.source.paragraph));
  const tWhole = tRuns.map((r) => wholeParagraph(r, table.target.paragraph));
  const paragraphs = (p: RunPair) => (sWhole[p.s] && tWhole[p.t] ? 1 : 0);
  return pairs.sort((a, b) => paragraphs(b) - paragraphs(a) || b.score - a.score || a.s - b.s || a.t - b.t).slice(0, MAX_CANDIDATE_PAIRS);
}
