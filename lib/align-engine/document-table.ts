// Turns per-segment feature keys of both sides into numeric tables for the search. Words and names count
// only if they occur on both sides somewhere in the document (a German function word never meets a
// French one, so it carries no evidence); numbers and lexicon terms count even when one-sided. Weights are naive-Bayes log-likelihood ratios of "aligned" versus
// "random pair": matching a key both sides share gains log(pm / pr), a key left unmatched costs
// log((1 - pr) / (1 - pm)), where pr is how often a random segment of the other side has it.
import { featureKind, type FeatureKind } from './segment-features';

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

/** One segment as extraction leaves it: distinct interned feature ids (any order), length, paragraph. */
export interface SegmentEvidence {
  ids: Int32Array;
  length: number;
  paragraph?: number;
}

/**
 * Sorts a segment's ids in place, ascending. Most segments have a few dozen ids, where an insertion sort is
 * several times faster than TypedArray#sort's call into the runtime; same order either way (distinct integers).
 */
function sortAscending(ids: Int32Array): Int32Array {
  if (ids.length > 64) return ids.sort();
  for (let k = 1; k < ids.length; k++) {
    const x = ids[k];
    let at = k - 1;
    while (at >= 0 && ids[at] > x) {
      ids[at + 1] = ids[at];
      at--;
    }
    ids[at + 1] = x;
  }
  return ids;
}

function documentFrequency(side: SegmentEvidence[], size: number): Int32Array {
  const df = new Int32Array(size);
  for (const seg of side) for (let k = 0; k < seg.ids.length; k++) df[seg.ids[k]]++;
  return df;
}

/**
 * `features` gives, per interned id, its key and match probability. Table ids are assigned in key order,
 * so the table does not depend on the order in which segments were read.
 */
export function buildDocumentTable(
  source: SegmentEvidence[],
  target: SegmentEvidence[],
  features: { keys: readonly string[]; pm: readonly number[] },
): DocumentTable {
  const size = features.keys.length;
  const dfS = documentFrequency(source, size);
  const dfT = documentFrequency(target, size);
  const n = source.length;
  const m = target.length;
  const kept: number[] = [];
  for (let f = 0; f < size; f++) {
    const fs = dfS[f];
    const ft = dfT[f];
    if (fs === 0 && ft === 0) continue;
    // One-sided keys count only where absence is evidence: a number or a lexicon term with no
    // counterpart anywhere on the other side. An unmatched German word says nothing about French.
    if ((fs === 0 || ft === 0) && !ONE_SIDED_KINDS.has(featureKind(features.keys[f]))) continue;
    kept.push(f);
  }
  kept.sort((x, y) => (features.keys[x] < features.keys[y] ? -1 : 1));
  const tableId = new Int32Array(size).fill(-1);
  const keys: string[] = [];
  const alpha = new Float64Array(kept.length);
  const betaS = new Float64Array(kept.length);
  const betaT = new Float64Array(kept.length);
  kept.forEach((f, id) => {
    tableId[f] = id;
    keys.push(features.keys[f]);
    const pm = features.pm[f];
    const prT = (dfT[f] + 0.5) / (m + 1);
    const prS = (dfS[f] + 0.5) / (n + 1);
    alpha[id] = Math.min(MAX_ALPHA, Math.max(0, Math.log(pm / Math.max(prS, prT))));
    // a spelling variant of a name is a second chance to match, not a second thing to miss
    const optional = features.keys[f].startsWith('nv:');
    betaS[id] = optional ? 0 : Math.max(0, Math.log((1 - Math.min(prT, 0.99)) / (1 - pm)));
    betaT[id] = optional ? 0 : Math.max(0, Math.log((1 - Math.min(prS, 0.99)) / (1 - pm)));
  });
  const matchGain = alpha.map((a, i) => a + betaS[i] + betaT[i]);
  const side = (segs: SegmentEvidence[], beta: Float64Array): SideTable => {
    // every segment's list is a view of one pool (one buffer per side instead of one per segment)
    let total = 0;
    for (const seg of segs) for (let k = 0; k < seg.ids.length; k++) if (tableId[seg.ids[k]] >= 0) total++;
    const pool = new Int32Array(total);
    let end = 0;
    const ids = segs.map((seg) => {
      const start = end;
      for (let k = 0; k < seg.ids.length; k++) {
        const id = tableId[seg.ids[k]];
        if (id >= 0) pool[end++] = id;
      }
      return sortAscending(pool.subarray(start, end));
    });
    const hasParagraphs = segs.length > 0 && segs.every((s) => s.paragraph !== undefined);
    const unmatched = new Float64Array(ids.length);
    ids.forEach((list, k) => {
      let sum = 0;
      for (let x = 0; x < list.length; x++) sum += beta[list[x]];
      unmatched[k] = sum;
    });
    return {
      ids,
      length: Float64Array.from(segs, (s) => s.length),
      unmatched,
      paragraph: hasParagraphs ? Int32Array.from(segs, (s) => s.paragraph ?? 0) : null,
    };
  };
  return {
    source: side(source, betaS),
    target: side(target, betaT),
    matchGain,
    betaSource: betaS,
    betaTarget: betaT,
    keys,
  };
}

/** The union of two ascending id lists, ascending, without repeats, written into `out` (at least a.length + b.length
 * long); answers how many ids it wrote. */
export function mergeIdsInto(a: Int32Array, b: Int32Array, out: Int32Array): number {
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (k === 0 || out[k - 1] !== x) out[k++] = x;
  }
  return k;
}
