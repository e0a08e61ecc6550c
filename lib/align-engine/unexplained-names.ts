// Names a translation should carry (decision 035). A capitalized word inside an English sentence (not its
// first word) is usually a name, and a Korean translation writes a name in Hangul, which the engine meets
// through its consonant skeleton (romanize-hangul.ts), or translates it with a lexicon term. A name whose
// skeleton (and every spelling variant) occurs nowhere on the Korean side of the document, and that is no
// lexicon term nor a Latin word the Korean side also writes, is *unexplained*: nothing in the Korean
// document could be its translation. Names only count as evidence against a pair where the document
// contains them at all (document-table.ts), so an unexplained name costs nothing in the search; here it
// becomes evidence for the substitution reading of a weak link, weighed by how often the document's own
// confident links carry unexplained names (a translator who leaves names in English, or translates them,
// makes them common and so weak evidence).
import { latinSkeleton, latinSkeletonVariants, MIN_SKELETON } from './romanize-hangul';
import type { PreparedDocument } from './prepare-document';
import { sharedWordKey } from './segment-features';

/** Anchors of one segment (names or numbers) and how many of them have no counterpart anywhere on the other side. */
export interface AnchorCount {
  /** Names: capitalized non-initial words with a skeleton long enough to be matched; numbers: number keys. */
  total: number;
  /** Of those, the ones with no counterpart anywhere on the other side. */
  unexplained: number;
}

const NAME_WORD = /^\p{Lu}[\p{Script=Latin}'’-]*$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const HAS_UPPER = /\p{Lu}/u;
// a word after the end of a sentence, a colon or a quote mark, or right after an opening quote, starts a sentence
const SENTENCE_END = /[.!?:;"“”(]$/;
const SENTENCE_START = /^["“‘(]/;

const SPACE = /\s/;

/** White space as `\s` reads it; ASCII decided without the regex. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return SPACE.test(String.fromCharCode(c));
}

/** Whether text[start..end) has an upper-case letter: A-Z decides ASCII without the Unicode regex. */
function hasUpper(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return HAS_UPPER.test(text.slice(start, end));
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

/** The side written in Latin script that faces a Hangul side, or null when there is none. */
export function latinSide(doc: PreparedDocument): 'source' | 'target' | null {
  if (doc.srcLang === 'ko' && doc.tgtLang !== 'ko') return 'target';
  if (doc.tgtLang === 'ko' && doc.srcLang !== 'ko') return 'source';
  return null;
}

/**
 * Counts the names of one Latin-script sentence and the unexplained ones. `known` holds the document
 * table's keys (keys of names and words that both sides show); `isTerm` tells whether a word is a lexicon
 * term of the Latin side.
 */
export function countNames(text: string, known: ReadonlySet<string>, isTerm: (word: string) => boolean): AnchorCount {
  let names = 0;
  let unexplained = 0;
  // the tokens between white space (split(/\s+/)), read in place: only a token with a capital becomes a string
  let previousEnd = -1; // where the token before ends (-1: this is the first token)
  for (let k = 0; k < text.length;) {
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    if (k >= text.length) break;
    const start = k;
    while (k < text.length && !isSpace(text.charCodeAt(k))) k++;
    const before = previousEnd;
    previousEnd = k;
    if (!hasUpper(text, start, k)) continue; // neither a name nor an acronym: most words, skipped cheaply
    const token = text.slice(start, k);
    // the token before ends a sentence (SENTENCE_END reads its last character)
    const first = before === -1;
    const afterEnd = !first && SENTENCE_END.test(text[before - 1]);
    const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/, '');
    // an acronym (ABC, NHS) is a name wherever it stands: it is not capitalized for starting a sentence (decision 044)
    const acronym = ACRONYM.test(word);
    if (!acronym && (first || afterEnd || SENTENCE_START.test(token))) continue;
    if (!NAME_WORD.test(word)) continue;
    const skeleton = latinSkeleton(word);
    if (skeleton.length < MIN_SKELETON && !acronym) continue;
    names++;
    if (known.has(`nm:${skeleton}`) || latinSkeletonVariants(skeleton).some((v) => known.has(`nv:${v}`))) continue;
    const wordKey = sharedWordKey(word);
    if ((wordKey !== null && known.has(wordKey)) || isTerm(word)) continue;
    unexplained++;
  }
  return { total: names, unexplained };
}

/** Per-document name counter for the Latin side (memoized per segment), or null without one. */
export function nameCounter(doc: PreparedDocument): ((segment: number) => AnchorCount) | null {
  const side = latinSide(doc);
  if (side === null) return null;
  const known = new Set(doc.table.keys);
  const segments = side === 'target' ? doc.target : doc.source;
  const terms = side === 'target' ? doc.lexicon.target : doc.lexicon.source;
  const isTerm = (word: string) => terms(word).length > 0;
  const memo = new Map<number, AnchorCount>();
  return (segment) => {
    let count = memo.get(segment);
    if (count === undefined) memo.set(segment, (count = countNames(segments[segment].text, known, isTerm)));
    return count;
  };
}

const LATIN_WORD = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’.-]*/g;

/**
 * Counts the Latin-script words of one Hangul sentence ("로비(Robbie)", "(Eduardo Rodríguez Veltzé)",
 * "LNG") and the unexplained ones: words the Latin side of the document never writes (no shared word, name
 * skeleton or lexicon term meets them). A Korean writer adds the original spelling precisely so that it can
 * be recognised; a translation keeps it (decision 044).
 */
export function countLatinWords(text: string, known: ReadonlySet<string>, isTerm: (word: string) => boolean): AnchorCount {
  let total = 0;
  let unexplained = 0;
  for (const m of text.matchAll(LATIN_WORD)) {
    const word = m[0].replace(/[.'’-]+$/, '');
    const key = sharedWordKey(word);
    if (key === null) continue;
    total++;
    if (known.has(key) || isTerm(word)) continue;
    const skeleton = latinSkeleton(word);
    if (
      skeleton.length >= MIN_SKELETON &&
      (known.has(`nm:${skeleton}`) || latinSkeletonVariants(skeleton).some((v) => known.has(`nv:${v}`)))
    )
      continue;
    unexplained++;
  }
  return { total, unexplained };
}

/** Per-document counter of the Latin words of the Hangul side (memoized per segment), or null without a Hangul side facing Latin. */
export function latinWordCounter(doc: PreparedDocument): ((segment: number) => AnchorCount) | null {
  const side = latinSide(doc);
  if (side === null) return null;
  const known = new Set(doc.table.keys);
  const segments = side === 'target' ? doc.source : doc.target;
  const terms = side === 'target' ? doc.lexicon.target : doc.lexicon.source;
  const isTerm = (word: string) => terms(word).length > 0;
  const memo = new Map<number, AnchorCount>();
  return (segment) => {
    let count = memo.get(segment);
    if (count === undefined) {
      const text = segments[segment].text;
      count = /[A-Za-z\u00C0-\u024F]/.test(text) ? countLatinWords(text, known, isTerm) : { total: 0, unexplained: 0 };
      memo.set(segment, count);
    }
    return count;
  };
}

/**
 * What one unexplained name weighs for the substitution reading, in nats: log(0.9 / r), where r is the
 * smoothed share of unexplained names among the names of the document's confident links. Never negative.
 */
export function unexplainedNameWeight(names: number, unexplained: number, substitutedRate: number): number {
  return Math.max(0, Math.log(substitutedRate / ((unexplained + 1) / (names + 2))));
}

/**
 * Anchors of a segment whose key starts with `prefix` (numbers `n:`, lexicon concepts `c:`) and those with no
 * counterpart anywhere on the other side of the document (the same reasoning as for names: nothing in the
 * other document could be their translation). Memoized per segment.
 */
export function anchorCounter(doc: PreparedDocument, prefix: string): (side: 'source' | 'target', segment: number) => AnchorCount {
  const { table } = doc;
  // which keys are of this kind, decided once per key rather than once per occurrence
  let kind: Uint8Array | null = null;
  const ofKind = (id: number) => {
    kind ??= Uint8Array.from(table.keys, (key) => (key.startsWith(prefix) ? 1 : 0));
    return kind[id] === 1;
  };
  // per feature id: 1 when some segment of the side has it (a flag array: one pass, no set of ids)
  const present = (ids: Int32Array[]) => {
    const out = new Uint8Array(table.keys.length);
    for (const list of ids) for (let k = 0; k < list.length; k++) out[list[k]] = 1;
    return out;
  };
  let onSource: Uint8Array | null = null;
  let onTarget: Uint8Array | null = null;
  const memo = new Map<number, AnchorCount>();
  return (side, segment) => {
    const key = side === 'source' ? segment : -1 - segment;
    let count = memo.get(key);
    if (count !== undefined) return count;
    onSource ??= present(table.source.ids);
    onTarget ??= present(table.target.ids);
    const other = side === 'source' ? onTarget : onSource;
    const ids = (side === 'source' ? table.source.ids : table.target.ids)[segment];
    count = { total: 0, unexplained: 0 };
    for (let k = 0; k < ids.length; k++) {
      if (!ofKind(ids[k])) continue;
      count.total++;
      if (other[ids[k]] !== 1) count.unexplained++;
    }
    memo.set(key, count);
    return count;
  };
}

/** Numbers of a segment and those the other side's document never writes (decision 035). */
export const numberCounter = (doc: PreparedDocument) => anchorCounter(doc, 'n:');
