// The short reason shown next to a bead: which anchors both sides share, and how the lengths fit.
// Built only for the final beads, so it may re-read the texts.
import { FeatureMarks } from './feature-marks';
import { lengthZ, type LengthModel } from './length-model';
import { featureKind } from './segment-features';
import type { PreparedDocument } from './prepare-document';
import { hangulSkeleton, latinSkeleton } from './romanize-hangul';
import { foldLatin, stripKoreanParticle, wordTokens } from './tokenize';

const MAX_PER_KIND = 3;

const sourceMarks = new FeatureMarks();
const targetMarks = new FeatureMarks();

/** "3200000" -> "3,200,000" (toLocaleString is slow when called for every bead of a long document). */
function groupThousands(num: string): string {
  // a year stays a year: "2020", not "2,020"
  if (/^(1[5-9]|20)\d\d$/.test(num)) return num;
  const [int, frac] = num.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Per document: skeletons and folded forms of target words, which recur in bead after bead. */
const wordMemo = new WeakMap<PreparedDocument, { skeleton: Map<string, string>; folded: Map<string, string> }>();

function memoOf(doc: PreparedDocument): { skeleton: Map<string, string>; folded: Map<string, string> } {
  let memo = wordMemo.get(doc);
  if (!memo) {
    memo = { skeleton: new Map(), folded: new Map() };
    wordMemo.set(doc, memo);
  }
  return memo;
}

function memoized(map: Map<string, string>, word: string, compute: (w: string) => string): string {
  let value = map.get(word);
  if (value === undefined) {
    value = compute(word);
    if (map.size < 100_000) map.set(word, value);
  }
  return value;
}

const CAPITAL = /^\p{Lu}/u;

function displayKey(key: string, targetWords: () => string[], doc: PreparedDocument): string {
  const body = key.slice(key.indexOf(':') + 1);
  switch (featureKind(key)) {
    case 'number':
      return groupThousands(body);
    case 'range':
      return `${groupThousands(body)}+`;
    case 'month':
      return MONTHS[Number(body) - 1] ?? body;
    case 'lexicon':
    case 'learned':
      return doc.lexicon.label(Number(body));
    case 'name': {
      const skeletons = memoOf(doc).skeleton;
      return targetWords().find((w) => CAPITAL.test(w) && memoized(skeletons, w, latinSkeleton) === body) ?? body;
    }
    case 'word': {
      const folded = memoOf(doc).folded;
      return targetWords().find((w) => memoized(folded, w, foldLatin).startsWith(body)) ?? body;
    }
    default:
      return body === 'q' ? 'quotes' : body;
  }
}

const KIND_LABEL: Record<string, string> = {
  number: 'numbers',
  range: 'amounts',
  month: 'months',
  name: 'names',
  word: 'words',
  lexicon: 'terms',
  learned: 'learned terms',
  mark: 'marks',
};

/**
 * Sorts ids by gain, highest first, keeping the order of equal gains: what a stable sort with the comparator
 * (x, y) => gain[y] - gain[x] does, without the copy Array#sort makes (a bead shares a handful of ids).
 */
function sortByGain(ids: number[], gain: Float64Array): void {
  for (let k = 1; k < ids.length; k++) {
    const f = ids[k];
    let at = k - 1;
    while (at >= 0 && gain[f] - gain[ids[at]] > 0) {
      ids[at + 1] = ids[at];
      at--;
    }
    ids[at + 1] = f;
  }
}

export function explainBead(doc: PreparedDocument, bead: { i0: number; i1: number; j0: number; j1: number }, model: LengthModel): string {
  const { table } = doc;
  const a = bead.i1 - bead.i0;
  const b = bead.j1 - bead.j0;
  if (a === 0 || b === 0) return a === 0 ? 'no counterpart in the source' : 'no counterpart in the target';
  // the shared ids in source order, first occurrence (marks instead of two Sets, decision 036)
  const size = table.matchGain.length;
  const { marks: inS, generation: s } = sourceMarks.begin(size);
  const { marks: inT, generation: t } = targetMarks.begin(size);
  for (let j = bead.j0; j < bead.j1; j++) {
    const ids = table.target.ids[j];
    for (let k = 0; k < ids.length; k++) inT[ids[k]] = t;
  }
  const shared: number[] = [];
  for (let i = bead.i0; i < bead.i1; i++) {
    const ids = table.source.ids[i];
    for (let k = 0; k < ids.length; k++) {
      const f = ids[k];
      if (inS[f] === s) continue;
      inS[f] = s;
      if (inT[f] === t) shared.push(f);
    }
  }
  let words: string[] | null = null;
  const targetWords = () =>
    (words ??= wordTokens(
      doc.target
        .slice(bead.j0, bead.j1)
        .map((s) => s.text)
        .join(' '),
    ));
  const byKind = new Map<string, string[]>();
  sortByGain(shared, table.matchGain);
  for (let x = 0; x < shared.length; x++) {
    const key = table.keys[shared[x]];
    const kind = featureKind(key);
    let list = byKind.get(kind);
    if (list === undefined) byKind.set(kind, (list = []));
    // a full list shows no more: its key is not looked up in the text at all
    if (list.length < MAX_PER_KIND) {
      const shown = displayKey(key, targetWords, doc);
      if (!list.includes(shown)) list.push(shown);
    }
  }
  const parts: string[] = [];
  for (const kind of ['number', 'range', 'month', 'name', 'word', 'lexicon', 'learned', 'mark']) {
    const list = byKind.get(kind);
    if (list && list.length > 0) parts.push(`${KIND_LABEL[kind]} ${list.join(', ')} match`);
  }
  let lenS = 0;
  let lenT = 0;
  for (let i = bead.i0; i < bead.i1; i++) lenS += table.source.length[i];
  for (let j = bead.j0; j < bead.j1; j++) lenT += table.target.length[j];
  const z = Math.abs(lengthZ(lenS, lenT, model));
  parts.push(z < 1 ? 'length fits' : z < 2.5 ? 'length roughly fits' : 'length differs');
  if (a > 1 || b > 1) parts.unshift(`${a}-${b}`);
  return parts.join('; ');
}

const STRONG_KINDS = new Set(['number', 'month', 'name']);

/** The anchors of one side that the other side lacks (numbers, months, names), as shown to editors. */
function missingAnchors(doc: PreparedDocument, own: Int32Array, other: ReadonlySet<number>, text: string, hangul: boolean): string[] {
  const { table } = doc;
  const shown: string[] = [];
  let words: string[] | null = null;
  const ownWords = () => (words ??= wordTokens(text));
  for (const f of own) {
    if (other.has(f)) continue;
    const key = table.keys[f];
    const kind = featureKind(key);
    if (!STRONG_KINDS.has(kind) || key.startsWith('nv:')) continue;
    let label: string;
    if (kind === 'name' && hangul) {
      const body = key.slice(key.indexOf(':') + 1);
      label = ownWords().find((w) => hangulSkeleton(stripKoreanParticle(w)) === body) ?? body;
    } else label = displayKey(key, ownWords, doc);
    if (!shown.includes(label)) shown.push(label);
  }
  return shown;
}

/**
 * Why a 1-1 step was read as a substitution (a dropped sentence and another one in its place):
 * "2020 has no counterpart; no shared terms".
 */
export function explainSubstitution(doc: PreparedDocument, bead: { i0: number; j0: number }): string {
  const { table } = doc;
  const src = table.source.ids[bead.i0];
  const tgt = table.target.ids[bead.j0];
  const srcSet = new Set(src);
  const tgtSet = new Set(tgt);
  const missing = [
    ...missingAnchors(doc, src, tgtSet, doc.source[bead.i0].text, doc.srcLang === 'ko'),
    ...missingAnchors(doc, tgt, srcSet, doc.target[bead.j0].text, doc.tgtLang === 'ko'),
  ].slice(0, MAX_PER_KIND);
  const shared = [...srcSet].filter((f) => tgtSet.has(f)).length;
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no counterpart`);
  parts.push(shared === 0 ? 'no shared terms' : 'little in common');
  return `not a translation of each other: ${parts.join('; ')}`;
}
