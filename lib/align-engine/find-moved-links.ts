// Moved paragraphs. A monotonic alignment can only show a paragraph the English edition moved as
// omissions where the Korean stands and additions where the English stands, or, worse, as links of the
// moved sentences to wrong neighbours. After the monotonic pass, this looks at one-sided segments and at
// the segments of weak links (moved-candidates.ts), finds run pairs on both sides that translate each other
// across the order, and links them as *moved* links; the rest of a weak link it took segments from is
// aligned again between the untouched links around it (moved-realign.ts). Decisions 021 and 028.
//
// Bounded work, after one feature pass over the document (the alignment's own extraction, linear in the
// text): ranking run pairs costs at most MAX_POSTING score updates per feature of a candidate source
// segment (each segment is in at most two windows); for at most MAX_CANDIDATE_PAIRS run pairs, a seed table
// of at most MAX_RUN x MAX_RUN segment pairs, then at most MAX_CLUSTERS x SEED_REACH small searches of at
// most MAX_RUN x MAX_RUN cells x 13 shapes (with the document's length model); the stretches around
// accepted moves are aligned again in a band (linear in their length). findMovedLinksCounted counts each.
import { alignRange, documentLengthModel, trustedLengthPairs } from './align-range';
import { checkInputSize, DEFAULT_MAX_CELLS } from './align-segments';
import { CONFIDENCE_CAPS } from './calibrate-confidence';
import { InvalidBeadsError } from './errors';
import { explainBead } from './explain-bead';
import { reestimateLengthModel, type LengthModel } from './length-model';
import { DEFAULT_PARAMS } from './model-params';
import { candidateSegments, MAX_RUN, rankRunPairs, runsOf } from './moved-candidates';
import { realignAroundMoves } from './moved-realign';
import { prepareDocument, type PreparedDocument } from './prepare-document';
import type { AlignInputSegment, AlignOptions, EngineBead } from './types';

export { MAX_CANDIDATE_PAIRS, MAX_POSTING, MAX_RUN } from './moved-candidates';

export interface EngineMove {
  source: number[];
  target: number[];
  confidence: number;
  reason: string;
}

export interface MovedPassResult {
  /**
   * The monotonic alignment after the pass: beads untouched by a move as they were, the rest of a weak link
   * a move took segments from aligned again, and every moved segment as a one-sided bead at its own place
   * (so this alone is still a valid monotonic alignment; `moves` say how to link those segments).
   */
  beads: EngineBead[];
  /** Moved links, in source order; they use each segment at most once. */
  moves: EngineMove[];
}

/** The work the pass did, for tests that prove its bound by counting. */
export interface MovedPassWork {
  /** Score updates while ranking run pairs (at most MAX_POSTING per feature of a candidate source segment). */
  scoreUpdates: number;
  /** Distinct features of candidate source runs read while ranking (linear in the text: each segment is in at most two windows). */
  rankedFeatures: number;
  /** Searches inside run pairs (at most MAX_CLUSTERS x SEED_REACH for each of MAX_CANDIDATE_PAIRS pairs). */
  alignedPairs: number;
  /** Source x target segments of the seed tables and searches (at most MAX_RUN x MAX_RUN each). */
  pairCells: number;
  /** Segments of the stretches aligned again around accepted moves. */
  realignedSegments: number;
}

/** A moved link must share at least this much evidence (nats of match gain): more than a chance overlap. */
const MIN_LINK_EVIDENCE = 4;
/** A moved link's own posterior inside its run pair must be at least this. */
const MIN_POSTERIOR = 0.5;
/** Segments a move must cover on each side. */
const MIN_MOVED_SEGMENTS = 2;
/** A link next to an anchored one in the same moved run needs this posterior when its own evidence is weak. */
const SUPPORTED_POSTERIOR = 0.7;
/** A move must cross at least this many strong links: a local swap is the search's business. */
const MIN_CROSSED_LINKS = 2;
/**
 * What the moved links share must beat what the weak links they break up shared by this much (nats): a
 * move must translate its sentences better than the links it replaces.
 */
const MIN_GAIN = 2;
/** Shared evidence below this (nats) is nothing: less than one weak term. */
const NOTHING = 1;
/** How far a cluster of seeds takes in more seeds, and its box grows past them (seedClusters, boxOf). */
export const SEED_REACH = 3;
/** Clusters of seeds searched per run pair. */
export const MAX_CLUSTERS = 3;

interface Cluster {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** What the segments share (sum of match gains of the features on both sides). */
function sharedOf(doc: PreparedDocument, source: Iterable<number>, target: Iterable<number>): number {
  const { table } = doc;
  const src = new Set<number>();
  for (const i of source) for (const f of table.source.ids[i]) src.add(f);
  let shared = 0;
  const seen = new Set<number>();
  for (const j of target) {
    for (const f of table.target.ids[j]) {
      if (src.has(f) && !seen.has(f)) {
        seen.add(f);
        shared += table.matchGain[f];
      }
    }
  }
  return shared;
}

/** Every index an integer in range and used by at most one bead, beads consecutive, links in order (what the pass relies on). */
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
  let lastS = -1;
  let lastT = -1;
  for (const b of beads) {
    check(b.source, n, seenS, 'source');
    check(b.target, m, seenT, 'target');
    for (const ids of [b.source, b.target]) {
      if (ids.some((x, k) => k > 0 && x !== ids[k - 1] + 1))
        throw new InvalidBeadsError('the indices of a bead must be consecutive and ascending');
    }
    // a monotonic alignment: links in order on both sides (the pass realigns between them)
    if (b.source.length > 0 && b.target.length > 0) {
      if (b.source[0] < lastS || b.target[0] < lastT) throw new InvalidBeadsError('links must be in document order on both sides');
      lastS = b.source[0];
      lastT = b.target[0];
    }
  }
}

/**
 * The pass with its work counted, for tests that prove the bound. `prepared` is the document the alignment
 * was prepared from with these segments and options (alignAndPrepare; alignWithMoves passes it, decision
 * 044); without it the features are extracted here.
 */
export function findMovedLinksCounted(
  source: readonly AlignInputSegment[],
  target: readonly AlignInputSegment[],
  beads: readonly EngineBead[],
  options: AlignOptions,
  prepared?: PreparedDocument,
): MovedPassResult & { work: MovedPassWork } {
  checkInputSize(source, target);
  checkBeads(beads, source.length, target.length);
  const work: MovedPassWork = { scoreUpdates: 0, rankedFeatures: 0, alignedPairs: 0, pairCells: 0, realignedSegments: 0 };
  const doc = prepared ?? prepareDocument(source, target, options);
  return { ...movedPass(doc, beads, options, work), work };
}

/**
 * Moved links of a monotonic alignment (`beads` as alignSegments returns them: in order, every segment
 * once). Pure: returns new objects, never changes its input. To align and find moves in one go without
 * extracting the features twice, use alignWithMoves.
 */
export function findMovedLinks(
  source: AlignInputSegment[],
  target: AlignInputSegment[],
  beads: EngineBead[],
  options: AlignOptions,
): MovedPassResult {
  const { beads: out, moves } = findMovedLinksCounted(source, target, beads, options);
  return { beads: out, moves };
}

interface FoundLink {
  s: number[];
  t: number[];
  span: { i0: number; i1: number; j0: number; j1: number };
  posterior: number;
  evidence: number;
}

function movedPass(doc: PreparedDocument, beads: readonly EngineBead[], options: AlignOptions, work: MovedPassWork): MovedPassResult {
  const { source, target } = doc;
  const copy = () => beads.map((b) => ({ ...b, source: [...b.source], target: [...b.target] }));
  const cand = candidateSegments(doc, beads);
  if (!cand.source.includes(1) || !cand.target.includes(1)) return { beads: copy(), moves: [] };
  const strong = beads.filter((b, k) => !cand.weak[k]);
  const links = beads.filter((b) => b.source.length > 0 && b.target.length > 0);
  const linkI = Int32Array.from(links, (b) => b.source[0]);
  const linkJ = Int32Array.from(links, (b) => b.target[0]);
  const model = lengthModelOf(doc, strong);
  const sRuns = runsOf(cand.source, doc.table.source.paragraph);
  const tRuns = runsOf(cand.target, doc.table.target.paragraph);
  const update = { updates: 0, features: 0 };
  const pairs = rankRunPairs(doc, sRuns, tRuns, update);
  work.scoreUpdates = update.updates;
  work.rankedFeatures = update.features;

  // which weak link holds each segment, and what is left of it as moves take segments away
  const linkOfS = new Int32Array(source.length).fill(-1);
  const linkOfT = new Int32Array(target.length).fill(-1);
  beads.forEach((b, k) => {
    if (b.source.length === 0 || b.target.length === 0 || !cand.weak[k]) return;
    for (const i of b.source) linkOfS[i] = k;
    for (const j of b.target) linkOfT[j] = k;
  });
  const left = new Map<number, { s: Set<number>; t: Set<number> }>();
  const leftOf = (k: number) => left.get(k) ?? { s: new Set(beads[k].source), t: new Set(beads[k].target) };

  const usedS = new Set<number>();
  const usedT = new Set<number>();
  const moves: EngineMove[] = [];
  for (const pair of pairs) {
    const sRun = sRuns[pair.s];
    const tRun = tRuns[pair.t];
    const src: number[] = [];
    const tgt: number[] = [];
    for (let i = sRun.from; i < sRun.to; i++) if (!usedS.has(i)) src.push(i);
    for (let j = tRun.from; j < tRun.to; j++) if (!usedT.has(j)) tgt.push(j);
    if (src.length === 0 || tgt.length === 0) continue;
    work.pairCells += src.length * tgt.length;
    for (const cluster of seedClusters(doc, src, tgt)) {
      // the box grown by 1..SEED_REACH: a wider box finds unanchored sentences of the move, a narrower one
      // keeps unrelated neighbours out of its links; the reach that links the most segments wins
      let best: { kept: FoundLink[]; rests: Map<number, { s: Set<number>; t: Set<number> }> } | null = null;
      let size = 0;
      for (let reach = 1; reach <= SEED_REACH; reach++) {
        const box = boxOf(cluster, src, tgt, reach);
        if (box.src.some((i) => usedS.has(i)) || box.tgt.some((j) => usedT.has(j))) break;
        work.alignedPairs++;
        work.pairCells += box.src.length * box.tgt.length;
        const found = acceptedLinks(doc, linksOfPair(doc, box.src, box.tgt, model), linkOfS, linkOfT, leftOf);
        const segments = found.kept.reduce((n, f) => n + f.s.length + f.t.length, 0);
        if (segments > size) [best, size] = [found, segments];
      }
      if (best === null) continue;
      const { kept, rests } = best;
      if (kept.reduce((n, f) => n + f.s.length, 0) < MIN_MOVED_SEGMENTS || kept.reduce((n, f) => n + f.t.length, 0) < MIN_MOVED_SEGMENTS)
        continue;
      if (crossed(kept, linkI, linkJ) < MIN_CROSSED_LINKS) continue;
      for (const [k, rest] of rests) left.set(k, rest);
      for (const f of kept) {
        for (const i of f.s) usedS.add(i);
        for (const j of f.t) usedT.add(j);
        const confidence = Math.round(Math.min(CONFIDENCE_CAPS.moved, f.posterior) * 1000) / 1000;
        moves.push({ source: f.s, target: f.t, confidence, reason: `moved; ${explainBead(doc, f.span, model)}` });
      }
    }
  }
  if (moves.length === 0) return { beads: copy(), moves: [] };
  const realign = { segments: 0 };
  const out = realignAroundMoves(doc, copy(), usedS, usedT, model, DEFAULT_PARAMS, options.maxCells ?? DEFAULT_MAX_CELLS, realign);
  work.realignedSegments = realign.segments;
  return { beads: out, moves: moves.sort((a, b) => a.source[0] - b.source[0]) };
}

/** Links that translate their sentences better than the weak links they break up did. */
function acceptedLinks(
  doc: PreparedDocument,
  links: readonly FoundLink[],
  linkOfS: Int32Array,
  linkOfT: Int32Array,
  leftOf: (k: number) => { s: Set<number>; t: Set<number> },
): { kept: FoundLink[]; rests: Map<number, { s: Set<number>; t: Set<number> }> } {
  const kept: FoundLink[] = [];
  const rests = new Map<number, { s: Set<number>; t: Set<number> }>();
  for (const f of links) {
    const loss = lossOf(doc, f, linkOfS, linkOfT, (k) => rests.get(k) ?? leftOf(k));
    // a link resting on its neighbours' anchors (no evidence of its own) may only break up links that
    // shared nothing either
    const better = f.evidence >= MIN_LINK_EVIDENCE ? f.evidence - loss.total >= MIN_GAIN : loss.total <= NOTHING;
    if (loss.touched && !better) continue;
    kept.push(f);
    for (const [k, rest] of loss.rests) rests.set(k, rest);
  }
  return { kept, rests };
}

/** The length model of the document, re-estimated from its strong links (as realign between locks does). */
function lengthModelOf(doc: PreparedDocument, strong: readonly EngineBead[]): LengthModel {
  const spans = strong
    .filter((b) => b.source.length > 0 && b.target.length > 0)
    .map((b) => ({
      i0: b.source[0],
      i1: b.source[b.source.length - 1] + 1,
      j0: b.target[0],
      j1: b.target[b.target.length - 1] + 1,
      posterior: 1,
    }));
  return reestimateLengthModel(trustedLengthPairs(doc.table.source, doc.table.target, spans), documentLengthModel(doc));
}

/**
 * Where in a run pair a move can be: runs hold weak links' neighbours too, and a search over the whole pair
 * would have to align them from the first segment on. Seeds are segment pairs sharing at least
 * MIN_LINK_EVIDENCE where one is the other's best partner in the pair; a cluster grows from the strongest
 * seed left by taking seeds within SEED_REACH of it. A pair of runs can hold two unrelated overlaps, and a
 * box over both would force the search to align everything between them: at most MAX_CLUSTERS clusters.
 */
function seedClusters(doc: PreparedDocument, src: number[], tgt: number[]): Cluster[] {
  const e = src.map((i) => tgt.map((j) => sharedOf(doc, [i], [j])));
  const bestOfS = e.map((row) => Math.max(...row));
  const bestOfT = tgt.map((_, b) => Math.max(...e.map((row) => row[b])));
  const seeds: { a: number; b: number; v: number }[] = [];
  e.forEach((row, a) =>
    row.forEach((v, b) => {
      if (v >= MIN_LINK_EVIDENCE && (v >= bestOfS[a] || v >= bestOfT[b])) seeds.push({ a, b, v });
    }),
  );
  seeds.sort((x, y) => y.v - x.v || x.a - y.a || x.b - y.b);
  const taken = new Set<number>();
  const clusters: Cluster[] = [];
  for (let k = 0; k < seeds.length && clusters.length < MAX_CLUSTERS; k++) {
    if (taken.has(k)) continue;
    const c = { a0: seeds[k].a, a1: seeds[k].a, b0: seeds[k].b, b1: seeds[k].b };
    taken.add(k);
    for (let grown = true; grown;) {
      grown = false;
      seeds.forEach(({ a, b }, x) => {
        if (taken.has(x)) return;
        if (a < c.a0 - SEED_REACH || a > c.a1 + SEED_REACH || b < c.b0 - SEED_REACH || b > c.b1 + SEED_REACH) return;
        [c.a0, c.a1, c.b0, c.b1] = [Math.min(c.a0, a), Math.max(c.a1, a), Math.min(c.b0, b), Math.max(c.b1, b)];
        taken.add(x);
        grown = true;
      });
    }
    clusters.push(c);
  }
  return clusters;
}

/**
 * A cluster's box grown diagonally by `reach` segments at each end (inside the runs): a moved paragraph is
 * contiguous on both sides, so its sentences without shared anchors sit next to the seeds.
 */
function boxOf(c: Cluster, src: number[], tgt: number[], reach: number): { src: number[]; tgt: number[] } {
  const before = Math.min(reach, c.a0, c.b0);
  const after = Math.min(reach, src.length - 1 - c.a1, tgt.length - 1 - c.b1);
  return { src: src.slice(c.a0 - before, c.a1 + 1 + after), tgt: tgt.slice(c.b0 - before, c.b1 + 1 + after) };
}

/** The links a small search inside the run pair finds, each with its own posterior and evidence. */
function linksOfPair(doc: PreparedDocument, src: number[], tgt: number[], model: LengthModel): FoundLink[] {
  const inner = alignRange(doc, src, tgt, DEFAULT_PARAMS, (MAX_RUN + 1) ** 2, model).beads;
  const found: FoundLink[] = [];
  for (const b of inner) {
    if (b.substituted || b.i1 === b.i0 || b.j1 === b.j0 || b.posterior < MIN_POSTERIOR) continue;
    // back to document indices; picked lists are ascending, so a bead must stay a contiguous range
    const s = src.slice(b.i0, b.i1);
    const t = tgt.slice(b.j0, b.j1);
    const span = { i0: s[0], i1: s[s.length - 1] + 1, j0: t[0], j1: t[t.length - 1] + 1 };
    if (span.i1 - span.i0 !== s.length || span.j1 - span.j0 !== t.length) continue;
    found.push({ s, t, span, posterior: b.posterior, evidence: sharedOf(doc, s, t) });
  }
  // each link needs its own evidence, or (with a high posterior) an anchored neighbour in the same pair
  if (!found.some((f) => f.evidence >= MIN_LINK_EVIDENCE)) return [];
  // a moved paragraph is contiguous: a link between two anchored ones in the same pair needs only MIN_POSTERIOR
  const anchored = found.map((f) => f.evidence >= MIN_LINK_EVIDENCE);
  const between = (k: number) => anchored.slice(0, k).some(Boolean) && anchored.slice(k + 1).some(Boolean);
  return found.filter((f, k) => anchored[k] || f.posterior >= SUPPORTED_POSTERIOR || between(k));
}

/** What the weak links a moved link takes segments from lose (their shared evidence before minus after). */
function lossOf(
  doc: PreparedDocument,
  f: FoundLink,
  linkOfS: Int32Array,
  linkOfT: Int32Array,
  leftOf: (k: number) => { s: Set<number>; t: Set<number> },
): { total: number; touched: boolean; rests: Map<number, { s: Set<number>; t: Set<number> }> } {
  const rests = new Map<number, { s: Set<number>; t: Set<number> }>();
  const before = new Map<number, number>();
  const take = (k: number, side: 's' | 't', x: number) => {
    if (k < 0) return;
    if (!rests.has(k)) {
      const now = leftOf(k);
      before.set(k, sharedOf(doc, now.s, now.t));
      rests.set(k, { s: new Set(now.s), t: new Set(now.t) });
    }
    rests.get(k)?.[side].delete(x);
  };
  for (const i of f.s) take(linkOfS[i], 's', i);
  for (const j of f.t) take(linkOfT[j], 't', j);
  let total = 0;
  for (const [k, rest] of rests) total += (before.get(k) ?? 0) - sharedOf(doc, rest.s, rest.t);
  return { total, touched: rests.size > 0, rests };
}

/** First index k with xs[k] >= v (xs ascending), xs.length if none. */
function lowerBound(xs: Int32Array, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many links the move crosses (links of other segments, on one side before it and on the other after).
 * `linkI` / `linkJ`: the first source and target index of every link, in order; both ascending (checkBeads
 * refuses links out of order), so each count is a difference of two binary searches (decision 036).
 */
function crossed(kept: readonly FoundLink[], linkI: Int32Array, linkJ: Int32Array): number {
  const sFrom = Math.min(...kept.map((f) => f.span.i0));
  const sTo = Math.max(...kept.map((f) => f.span.i1));
  const tFrom = Math.min(...kept.map((f) => f.span.j0));
  const tTo = Math.max(...kept.map((f) => f.span.j1));
  // before the move in the source (i < sFrom) and after it in the target (j >= tTo)
  const before = Math.max(0, lowerBound(linkI, sFrom) - lowerBound(linkJ, tTo));
  // after the move in the source (i >= sTo) and before it in the target (j < tFrom)
  const after = Math.max(0, lowerBound(linkJ, tFrom) - lowerBound(linkI, sTo));
  return before + after;
}
