// Turns per-segment feature keys of both sides into numeric tables for the search. Words and names count
// only if they occur on both sides somewhere in the document (a German function word never meets a
// French one, so it carries no evidence); numbers and lexicon terms count even when one-sided. Weights are naive-Bayes log-likelihood ratios of "aligned" versus
// "random pair": matching a key both sides share gains log(pm / pr), a key left unmatched costs
// log((1 - pr) / (1 - pm)), where pr is how often a random segment of the other side has it.
import { featureKind, type FeatureKind, type SegmentFeatures } from './segment-features';

export interface SideTable {
  /** Per segment: ascending feature ids. */
  ids: Int32Array[];
  /** Per segment: length in units (see language.ts). */
  length: Float64Array;
  /** Per segment: total penalty if none of its features is matched. */
  unmatched: Float64Array;
  /** Per segment paragraph, or null when unknown on this side. */
  paragraph: Int32Array | null;
}

export interface DocumentTable {
  source: SideTable;
  target: SideTable;
  /** Per feature id: what one matched pair adds (gain plus both penalties it avoids). */
  matchGain: Float64Array;
  betaSource: Float64Array;
  betaTarget: Float64Array;
  keys: string[];
}

const MAX_ALPHA = 6;
const ONE_SIDED_KINDS = new Set<FeatureKind>(['number', 'month', 'lexicon']);

function documentFrequency(side: SegmentFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const seg of side) for (const key of seg.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  return df;
}

export function buildDocumentTable(
  source: { features: SegmentFeatures; length: number; paragraph?: number }[],
  target: { features: SegmentFeatures; length: number; paragraph?: number }[],
): DocumentTable {
  const dfS = documentFrequency(source.map((s) => s.features));
  const dfT = documentFrequency(target.map((s) => s.features));
  const n = source.length;
  const m = target.length;
  const keys: string[] = [];
  const index = new Map<string, number>();
  const alpha: number[] = [];
  const betaS: number[] = [];
  const betaT: number[] = [];
  const pmOf = new Map<string, number>();
  for (const side of [source, target]) {
    for (const s of side) for (const [k, pm] of s.features) pmOf.set(k, Math.max(pmOf.get(k) ?? 0, pm));
  }
  const allKeys = [...new Set([...dfS.keys(), ...dfT.keys()])].sort();
  for (const key of allKeys) {
    const fs = dfS.get(key) ?? 0;
    const ft = dfT.get(key) ?? 0;
    // One-sided keys count only where absence is evidence: a number or a lexicon term with no
    // counterpart anywhere on the other side. An unmatched German word says nothing about French.
    if ((fs === 0 || ft === 0) && !ONE_SIDED_KINDS.has(featureKind(key))) continue;
    const pm = pmOf.get(key) ?? 0.5;
    const prT = (ft + 0.5) / (m + 1);
    const prS = (fs + 0.5) / (n + 1);
    index.set(key, keys.length);
    keys.push(key);
    alpha.push(Math.min(MAX_ALPHA, Math.max(0, Math.log(pm / Math.max(prS, prT)))));
    betaS.push(Math.max(0, Math.log((1 - Math.min(prT, 0.99)) / (1 - pm))));
    betaT.push(Math.max(0, Math.log((1 - Math.min(prS, 0.99)) / (1 - pm))));
  }
  const matchGain = Float64Array.from(alpha, (a, i) => a + betaS[i] + betaT[i]);
  const side = (segs: typeof source, beta: number[]): SideTable => {
    const ids = segs.map((s) => Int32Array.from([...s.features.keys()].map((k) => index.get(k) ?? -1).filter((x) => x >= 0)).sort());
    const hasParagraphs = segs.length > 0 && segs.every((s) => s.paragraph !== undefined);
    return {
      ids,
      length: Float64Array.from(segs, (s) => s.length),
      unmatched: Float64Array.from(ids, (list) => list.reduce((sum, f) => sum + beta[f], 0)),
      paragraph: hasParagraphs ? Int32Array.from(segs, (s) => s.paragraph ?? 0) : null,
    };
  };
  return {
    source: side(source, betaS),
    target: side(target, betaT),
    matchGain,
    betaSource: Float64Array.from(betaS),
    betaTarget: Float64Array.from(betaT),
    keys,
  };
}

/** Sum of matchGain over the features two segments share (sorted-list intersection). */
export function pairGain(a: Int32Array, b: Int32Array, gain: Float64Array): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      sum += gain[a[i]];
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return sum;
}

/** Shared feature ids of two id lists (for reasons). */
export function sharedIds(a: Int32Array, b: Int32Array): number[] {
  const setB = new Set(b);
  return [...new Set(a)].filter((x) => setB.has(x));
}

/** Union of two ascending id lists, ascending, without repeats. */
export function mergeIds(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (k === 0 || out[k - 1] !== x) out[k++] = x;
  }
  return out.slice(0, k);
}
