// Moved paragraphs. A monotonic alignment can only show a paragraph the English edition moved as
// omissions where the Korean stands and additions where the English stands. After the monotonic pass,
// this looks for runs of omitted source segments and runs of added target segments that translate each
// other and links them as *moved* links (links that cross the monotonic ones).
//
// Bounded work: one feature pass over the document (the same extraction as the alignment, linear in the
// text), an inverted index over the features of the added runs, at most MAX_CANDIDATE_PAIRS run pairs
// aligned, each at most MAX_RUN x MAX_RUN segments (a small full search with the document's weights). So
// the pass costs O(text + features of one-sided segments + MAX_CANDIDATE_PAIRS * MAX_RUN^2 * shapes).
import { alignRange, documentLengthModel } from './align-range';
import { checkInputSize } from './align-segments';
import { CONFIDENCE_CAPS, sharedEvidence } from './calibrate-confidence';
import { InvalidBeadsError } from './errors';
import { explainBead } from './explain-bead';
import { DEFAULT_PARAMS } from './model-params';
import { prepareDocument, type PreparedDocument } from './prepare-document';
import type { AlignInputSegment, AlignOptions, EngineBead } from './types';

export interface EngineMove {
  source: number[];
  target: number[];
  confidence: number;
  reason: string;
}

/** Longest run (segments) considered on either side; a moved paragraph is a few sentences. */
export const MAX_RUN = 8;
/** Most run pairs aligned per document (the best-scoring first). */
export const MAX_CANDIDATE_PAIRS = 200;
/** A moved link must share at least this much evidence (nats of match gain): more than a chance overlap. */
const MIN_LINK_EVIDENCE = 4;
/** ... and the run pair as a whole at least this much. */
const MIN_RUN_EVIDENCE = 8;
/** A moved link's own posterior inside its run pair must be at least this. */
const MIN_POSTERIOR = 0.5;
/** Segments a move must cover on each side. */
const MIN_MOVED_SEGMENTS = 2;
/** A link next to an anchored one in the same moved run needs this posterior when its own evidence is weak. */
const SUPPORTED_POSTERIOR = 0.7;

interface Run {
  from: number;
  to: number; // exclusive
}

/** Maximal runs of consecutive indices (each at most MAX_RUN long: longer runs are cut). */
function runsOf(indices: readonly number[]): Run[] {
  const sorted = [...indices].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (const x of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.to === x && last.to - last.from < MAX_RUN) last.to = x + 1;
    else runs.push({ from: x, to: x + 1 });
  }
  return runs;
}

/** A move must cross at least this many monotonic links: a local swap is the search's business. */
const MIN_CROSSED_LINKS = 2;

/** How many monotonic links sit between the two runs (the move crosses them). */
function crossed(s: Run, t: Run, links: readonly EngineBead[]): number {
  let count = 0;
  for (const b of links) {
    const i = b.source[0];
    const j = b.target[0];
    if ((i < s.from && j >= t.to) || (i >= s.to && j < t.from)) count++;
  }
  return count;
}

function candidatePairs(doc: PreparedDocument, sRuns: Run[], tRuns: Run[]): { s: number; t: number; score: number }[] {
  const { table } = doc;
  // inverted index: feature -> added runs holding it
  const byFeature = new Map<number, number[]>();
  tRuns.forEach((run, k) => {
    const seen = new Set<number>();
    for (let j = run.from; j < run.to; j++) {
      for (const f of table.target.ids[j]) {
        if (seen.has(f)) continue;
        seen.add(f);
        const list = byFeature.get(f) ?? [];
        list.push(k);
        byFeature.set(f, list);
      }
    }
  });
  const pairs: { s: number; t: number; score: number }[] = [];
  sRuns.forEach((run, k) => {
    const score = new Map<number, number>();
    const seen = new Set<number>();
    for (let i = run.from; i < run.to; i++) {
      for (const f of table.source.ids[i]) {
        if (seen.has(f)) continue;
        seen.add(f);
        for (const t of byFeature.get(f) ?? []) score.set(t, (score.get(t) ?? 0) + table.matchGain[f]);
      }
    }
    for (const [t, value] of score) if (value >= MIN_RUN_EVIDENCE) pairs.push({ s: k, t, score: value });
  });
  return pairs.sort((a, b) => b.score - a.score || a.s - b.s || a.t - b.t).slice(0, MAX_CANDIDATE_PAIRS);
}

/** Every index an integer in range and used by at most one bead (what the pass relies on). */
function checkBeads(beads: readonly EngineBead[], n: number, m: number): void {
  const seenS = new Uint8Array(n);
  const seenT = new Uint8Array(m);
  const check = (ids: readonly number[], size: number, seen: Uint8Array, side: string) => {
    for (const x of ids) {
      if (!Number.isInteger(x) || x < 0 || x >= size) throw new InvalidBeadsError(`${side} index ${String(x)} is outside 0..${size - 1}`);
      if (seen[x]) throw new InvalidBeadsError(`${side} index ${x} is in two beads`);
      seen[x] = 1;
    }
  };
  for (const b of beads) {
    check(b.source, n, seenS, 'source');
    check(b.target, m, seenT, 'target');
  }
}

/** The pass with its work counted (run pairs aligned), for tests that prove the bound. */
export function findMovedLinksCounted(
  source: AlignInputSegment[],
  target: AlignInputSegment[],
  beads: EngineBead[],
  options: AlignOptions,
): { moves: EngineMove[]; alignedPairs: number } {
  checkInputSize(source, target);
  checkBeads(beads, source.length, target.length);
  let alignedPairs = 0;
  const moves = movedLinks(source, target, beads, options, () => alignedPairs++);
  return { moves, alignedPairs };
}

/**
 * Moved links between omitted source runs (1-0 beads) and added target runs (0-1 beads) of a monotonic
 * alignment. Pure: returns new objects, never changes its input. Moves never overlap each other and only
 * use segments that are one-sided in `beads`.
 */
export function findMovedLinks(
  source: AlignInputSegment[],
  target: AlignInputSegment[],
  beads: EngineBead[],
  options: AlignOptions,
): EngineMove[] {
  return findMovedLinksCounted(source, target, beads, options).moves;
}

function movedLinks(
  source: readonly AlignInputSegment[],
  target: readonly AlignInputSegment[],
  beads: readonly EngineBead[],
  options: AlignOptions,
  onAlign: () => void,
): EngineMove[] {
  const omitted: number[] = [];
  const added: number[] = [];
  const links: EngineBead[] = [];
  for (const b of beads) {
    if (b.target.length === 0) omitted.push(...b.source);
    else if (b.source.length === 0) added.push(...b.target);
    else links.push(b);
  }
  if (omitted.length === 0 || added.length === 0) return [];
  const doc = prepareDocument(source, target, options);
  const model = documentLengthModel(doc);
  const sRuns = runsOf(omitted);
  const tRuns = runsOf(added);
  const usedS = new Set<number>();
  const usedT = new Set<number>();
  const moves: EngineMove[] = [];
  for (const pair of candidatePairs(doc, sRuns, tRuns)) {
    const sRun = sRuns[pair.s];
    const tRun = tRuns[pair.t];
    if (crossed(sRun, tRun, links) < MIN_CROSSED_LINKS) continue;
    const src: number[] = [];
    const tgt: number[] = [];
    for (let i = sRun.from; i < sRun.to; i++) if (!usedS.has(i)) src.push(i);
    for (let j = tRun.from; j < tRun.to; j++) if (!usedT.has(j)) tgt.push(j);
    if (src.length === 0 || tgt.length === 0) continue;
    // a small search inside the run pair, with the whole document's weights and length model
    onAlign();
    const inner = alignRange(doc, src, tgt, DEFAULT_PARAMS, (MAX_RUN + 1) ** 2, model).beads;
    // links of the pair: each needs its own posterior; evidence either its own, or (for a link with a
    // high posterior) that of an anchored neighbour in the same pair
    const found: { s: number[]; t: number[]; span: { i0: number; i1: number; j0: number; j1: number }; posterior: number; evidence: number }[] = [];
    for (const b of inner) {
      if (b.substituted || b.i1 === b.i0 || b.j1 === b.j0 || b.posterior < MIN_POSTERIOR) continue;
      // back to document indices; picked lists are ascending, so a bead stays a contiguous range
      const s = src.slice(b.i0, b.i1);
      const t = tgt.slice(b.j0, b.j1);
      const span = { i0: s[0], i1: s[s.length - 1] + 1, j0: t[0], j1: t[t.length - 1] + 1 };
      if (span.i1 - span.i0 !== s.length || span.j1 - span.j0 !== t.length) continue;
      found.push({ s, t, span, posterior: b.posterior, evidence: sharedEvidence(doc, span) });
    }
    const kept = found.some((f) => f.evidence >= MIN_LINK_EVIDENCE) ? found.filter((f) => f.evidence >= MIN_LINK_EVIDENCE || f.posterior >= SUPPORTED_POSTERIOR) : [];
    // a moved paragraph is a run: a lone link across the order is more often a caption or a repeated
    // phrase than a move (Text+Berg), so a move covers at least two segments on each side
    if (kept.reduce((n, f) => n + f.s.length, 0) < MIN_MOVED_SEGMENTS || kept.reduce((n, f) => n + f.t.length, 0) < MIN_MOVED_SEGMENTS) continue;
    for (const f of kept) {
      for (const i of f.s) usedS.add(i);
      for (const j of f.t) usedT.add(j);
      const confidence = Math.round(Math.min(CONFIDENCE_CAPS.moved, f.posterior) * 1000) / 1000;
      moves.push({ source: f.s, target: f.t, confidence, reason: `moved; ${explainBead(doc, f.span, model)}` });
    }
  }
  return moves.sort((a, b) => a.source[0] - b.source[0]);
}
