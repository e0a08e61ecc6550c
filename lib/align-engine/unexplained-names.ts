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

export interface NameCount {
  /** Capitalized non-initial words with a skeleton long enough to be matched. */
  names: number;
  /** Of those, the ones with no counterpart anywhere on the other side. */
  unexplained: number;
}

const NAME_WORD = /^\p{Lu}[\p{Script=Latin}'’-]*$/u;
// a word after the end of a sentence, a colon or a quote mark, or right after an opening quote, starts a sentence
const SENTENCE_END = /[.!?:;"“”(]$/;
const SENTENCE_START = /^["“‘(]/;

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
export function countNames(text: string, known: ReadonlySet<string>, isTerm: (word: string) => boolean): NameCount {
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  let names = 0;
  let unexplained = 0;
  for (let k = 1; k < tokens.length; k++) {
    if (SENTENCE_END.test(tokens[k - 1]) || SENTENCE_START.test(tokens[k])) continue;
    const word = tokens[k].replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/, '');
    if (!NAME_WORD.test(word)) continue;
    const skeleton = latinSkeleton(word);
    if (skeleton.length < MIN_SKELETON) continue;
    names++;
    if (known.has(`nm:${skeleton}`) || latinSkeletonVariants(skeleton).some((v) => known.has(`nv:${v}`))) continue;
    const wordKey = sharedWordKey(word);
    if ((wordKey !== null && known.has(wordKey)) || isTerm(word)) continue;
    unexplained++;
  }
  return { names, unexplained };
}

/** Per-document name counter for the Latin side (memoized per segment), or null without one. */
export function nameCounter(doc: PreparedDocument): ((segment: number) => NameCount) | null {
  const side = latinSide(doc);
  if (side === null) return null;
  const known = new Set(doc.table.keys);
  const segments = side === 'target' ? doc.target : doc.source;
  const terms = side === 'target' ? doc.lexicon.target : doc.lexicon.source;
  const isTerm = (word: string) => terms(word).length > 0;
  const memo = new Map<number, NameCount>();
  return (segment) => {
    let count = memo.get(segment);
    if (count === undefined) memo.set(segment, (count = countNames(segments[segment].text, known, isTerm)));
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
