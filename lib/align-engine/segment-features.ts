// What a single segment offers as evidence: language-neutral keys (numbers, months, shared words and
// Latin tokens, name skeletons, lexicon concepts, question/exclamation/quote marks), each with the
// probability that a correct translation shows the same key (`pm`). Keys are matched across sides by
// equality; document-feature-table.ts turns them into weights.
import { baseLang } from './language';
import type { LexiconMatcher } from './lexicon-matcher';
import { numberAnchors } from './number-anchors';
import {
  MIN_SKELETON,
  hangulSkeleton,
  hangulSkeletonVariants,
  koreanNameSkeletons,
  latinSkeleton,
  latinSkeletonVariants,
} from './romanize-hangul';
import { foldLatin, hasHangul, isLatinWord, stripKoreanParticle } from './tokenize';
import type { FeatureInterner, SegmentIdCollector } from './feature-interner';
import { WordInterner } from './word-interner';

export type FeatureKind = 'number' | 'range' | 'month' | 'word' | 'name' | 'lexicon' | 'learned' | 'mark';

/** Probability that a key present on one side of a correct bead is present on the other side. */
export const MATCH_PROBABILITY: Record<Exclude<FeatureKind, 'lexicon' | 'learned'>, number> = {
  number: 0.85,
  range: 0.85,
  month: 0.8,
  word: 0.6,
  name: 0.55,
  mark: 0.6,
};

export function lexiconMatchProbability(weight: number): number {
  return Math.min(0.8, 0.45 + 0.15 * weight);
}

export interface SideContext {
  /** Base language code ('ko', 'en'). */
  lang: string;
  /** Keys of both sides, interned to ids (shared, so equal keys get equal ids). */
  interner: FeatureInterner;
  /** The side's words, interned: each distinct word is hashed once by the caches below. */
  words: WordInterner;
  /** Per-word results, reused across segments (news vocabulary repeats): by interned word index, and by string for joined names. */
  byWord: (WordEvidence | undefined)[];
  wordCache: Map<string, WordEvidence>;
  /** Scratch: the word indexes of the segment being read. */
  wordIds: number[];
  /** Interned ids of lexicon concepts, by slot 2 * concept (+1 when learned). */
  conceptIds: number[];
  collector: SegmentIdCollector;
  /** Name skeletons only make sense when exactly one side is written in Hangul. */
  names: 'hangul' | 'latin' | 'none';
  lexicon: LexiconMatcher['source'] | null;
}

export function sideContext(
  lang: string,
  names: SideContext['names'],
  lexicon: SideContext['lexicon'],
  interner: FeatureInterner,
  collector: SegmentIdCollector,
): SideContext {
  return {
    lang: baseLang(lang),
    interner,
    words: new WordInterner(),
    byWord: [],
    wordCache: new Map(),
    wordIds: [],
    conceptIds: [],
    collector,
    names,
    lexicon,
  };
}

interface WordEvidence {
  ids: number[];
  /** A capitalized Latin word (a possible name part) on the side that meets Korean. */
  capital: boolean;
}

const WORD_CACHE_LIMIT = 200_000;
const WORD_PREFIX = 5;

/** Shared-word key: folded, and cut to a prefix so "Expedition" meets "expédition", "Himalaya" "himalayenne". */
export function sharedWordKey(word: string): string | null {
  if (/^[\d.,'’-]+$/.test(word)) return null;
  const folded = foldLatin(word).replace(/['’]s$/, '');
  if (folded.length < 2) return null;
  return `w:${folded.length > WORD_PREFIX ? folded.slice(0, WORD_PREFIX) : folded}`;
}

/**
 * The evidence of a word the interner has no index for (past its limit) or of two words joined as a name, kept
 * by text; an interned word's evidence is kept by its index instead (`byWord`).
 */
function cachedEvidence(word: string, ctx: SideContext): WordEvidence {
  const cached = ctx.wordCache.get(word);
  if (cached) return cached;
  const out = wordEvidence(word, ctx);
  if (ctx.wordCache.size < WORD_CACHE_LIMIT) ctx.wordCache.set(word, out);
  return out;
}

function wordEvidence(word: string, ctx: SideContext): WordEvidence {
  const ids: number[] = [];
  const out: WordEvidence = { ids, capital: false };
  if (word.includes('\u0000')) {
    // a short capitalized word and the one or two after it, joined: a possible Korean name
    const [family, given] = word.split('\u0000');
    for (const joined of koreanNameSkeletons(family, given)) {
      if (joined.length >= MIN_SKELETON) ids.push(ctx.interner.id(`nm:${joined}`, MATCH_PROBABILITY.name));
    }
  } else {
    const korean = hasHangul(word);
    if (!korean) {
      const key = sharedWordKey(word);
      if (key) ids.push(ctx.interner.id(key, MATCH_PROBABILITY.word));
    }
    let skeleton = '';
    out.capital = ctx.names === 'latin' && /^\p{Lu}/u.test(word) && isLatinWord(word);
    if (ctx.names === 'hangul' && korean) skeleton = hangulSkeleton(stripKoreanParticle(word));
    else if (out.capital) skeleton = latinSkeleton(word);
    if (skeleton.length >= MIN_SKELETON) {
      ids.push(ctx.interner.id(`nm:${skeleton}`, MATCH_PROBABILITY.name));
      // spelling drift (romanize-hangul.ts): `nv:` keys cost nothing when unmatched (document-table.ts)
      if (ctx.names === 'hangul') {
        for (const v of hangulSkeletonVariants(skeleton)) ids.push(ctx.interner.id(`nm:${v}`, MATCH_PROBABILITY.name));
        ids.push(ctx.interner.id(`nv:${skeleton}`, MATCH_PROBABILITY.name));
      } else {
        for (const v of latinSkeletonVariants(skeleton)) ids.push(ctx.interner.id(`nv:${v}`, MATCH_PROBABILITY.name));
      }
    }
  }
  return out;
}

function conceptId(ctx: SideContext, concept: number, weight: number, learned: boolean): number {
  const slot = 2 * concept + (learned ? 1 : 0);
  let id = ctx.conceptIds[slot];
  if (id === undefined) {
    id = ctx.interner.id(`${learned ? 'cl' : 'c'}:${concept}`, lexiconMatchProbability(weight));
    ctx.conceptIds[slot] = id;
  }
  return id;
}

/** Distinct interned feature ids of one segment (in no particular order). */
export function segmentFeatureIds(text: string, ctx: SideContext): Int32Array {
  const { interner, collector } = ctx;
  collector.begin();
  for (const key of numberAnchors(text, ctx.lang))
    collector.add(interner.id(key, key.startsWith('month:') ? MATCH_PROBABILITY.month : MATCH_PROBABILITY.number));
  const words = ctx.words.tokens(text, ctx.wordIds);
  let previousCapital: string | null = null;
  let familyBefore: string | null = null;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    const id = ctx.wordIds[k];
    const evidence = id < 0 ? cachedEvidence(word, ctx) : (ctx.byWord[id] ??= wordEvidence(word, ctx));
    collector.addAll(evidence.ids);
    if (evidence.capital && previousCapital !== null && previousCapital.length <= 5) {
      // "Moon Jae-in" -> one skeleton, to meet 문재인 (Korean names: a short family name first)
      collector.addAll(cachedEvidence(`${previousCapital}\u0000${word}`, ctx).ids);
      // "Moon Jae In", "Kim Jong Un": a given name written as two capitalized syllables
      if (familyBefore !== null && word.length <= 5)
        collector.addAll(cachedEvidence(`${familyBefore}\u0000${previousCapital} ${word}`, ctx).ids);
    }
    familyBefore = evidence.capital && previousCapital !== null && previousCapital.length <= 5 && word.length <= 5 ? previousCapital : null;
    previousCapital = evidence.capital ? word : null;
  }
  if (/[?？]/.test(text)) collector.add(interner.id('p:?', MATCH_PROBABILITY.mark));
  if (/[!！]/.test(text)) collector.add(interner.id('p:!', MATCH_PROBABILITY.mark));
  if (/["“”«»„「」『』]/.test(text)) collector.add(interner.id('p:q', MATCH_PROBABILITY.mark));
  if (ctx.lexicon) {
    for (const { concept, weight, learned } of ctx.lexicon(text, words)) collector.add(conceptId(ctx, concept, weight, learned));
  }
  return collector.finish();
}

export function featureKind(key: string): FeatureKind {
  if (key.startsWith('n:')) return 'number';
  if (key.startsWith('nr:')) return 'range';
  if (key.startsWith('month:')) return 'month';
  if (key.startsWith('w:')) return 'word';
  if (key.startsWith('nm:') || key.startsWith('nv:')) return 'name';
  if (key.startsWith('c:')) return 'lexicon';
  if (key.startsWith('cl:')) return 'learned';
  return 'mark';
}
