// What a single segment offers as evidence: language-neutral keys (numbers, months, shared words and
// Latin tokens, name skeletons, lexicon concepts, question/exclamation/quote marks), each with the
// probability that a correct translation shows the same key (`pm`). Keys are matched across sides by
// equality; document-feature-table.ts turns them into weights.
import { baseLang } from './language';
import type { LexiconMatcher } from './lexicon-matcher';
import { numberAnchors } from './number-anchors';
import { MIN_SKELETON, hangulSkeleton, latinSkeleton } from './romanize-hangul';
import { foldLatin, hasHangul, isLatinWord, stripKoreanParticle, wordTokens } from './tokenize';

export type FeatureKind = 'number' | 'month' | 'word' | 'name' | 'lexicon' | 'learned' | 'mark';

/** Probability that a key present on one side of a correct bead is present on the other side. */
export const MATCH_PROBABILITY: Record<Exclude<FeatureKind, 'lexicon' | 'learned'>, number> = {
  number: 0.85,
  month: 0.8,
  word: 0.6,
  name: 0.55,
  mark: 0.6,
};

export function lexiconMatchProbability(weight: number): number {
  return Math.min(0.8, 0.45 + 0.15 * weight);
}

export type SegmentFeatures = Map<string, number>;

export interface SideContext {
  lang: string;
  /** Per-word results, reused across segments (news vocabulary repeats). */
  wordCache: Map<string, [string, number][]>;
  /** Name skeletons only make sense when exactly one side is written in Hangul. */
  names: 'hangul' | 'latin' | 'none';
  lexicon: LexiconMatcher['source'] | null;
}

const WORD_PREFIX = 5;

/** Shared-word key: folded, and cut to a prefix so "Expedition" meets "expédition", "Himalaya" "himalayenne". */
export function sharedWordKey(word: string): string | null {
  if (/^[\d.,'’-]+$/.test(word)) return null;
  const folded = foldLatin(word).replace(/['’]s$/, '');
  if (folded.length < 2) return null;
  return `w:${folded.length > WORD_PREFIX ? folded.slice(0, WORD_PREFIX) : folded}`;
}

function wordFeatures(word: string, ctx: SideContext): [string, number][] {
  const cached = ctx.wordCache.get(word);
  if (cached) return cached;
  const out: [string, number][] = [];
  if (word.includes('\u0000')) {
    // a pair of capitalized words, joined
    const joined = latinSkeleton(word.replace('\u0000', ''));
    if (joined.length >= MIN_SKELETON) out.push([`nm:${joined}`, MATCH_PROBABILITY.name]);
    if (ctx.wordCache.size < 200_000) ctx.wordCache.set(word, out);
    return out;
  }
  const korean = hasHangul(word);
  if (!korean) {
    const key = sharedWordKey(word);
    if (key) out.push([key, MATCH_PROBABILITY.word]);
  }
  let skeleton = '';
  if (ctx.names === 'hangul' && korean) skeleton = hangulSkeleton(stripKoreanParticle(word));
  else if (ctx.names === 'latin' && isLatinWord(word) && /^\p{Lu}/u.test(word)) skeleton = latinSkeleton(word);
  if (skeleton.length >= MIN_SKELETON) out.push([`nm:${skeleton}`, MATCH_PROBABILITY.name]);
  if (ctx.wordCache.size < 200_000) ctx.wordCache.set(word, out);
  return out;
}

export function segmentFeatures(text: string, ctx: SideContext): SegmentFeatures {
  const out: SegmentFeatures = new Map();
  const put = (key: string, pm: number) => out.set(key, Math.max(out.get(key) ?? 0, pm));
  for (const key of numberAnchors(text, baseLang(ctx.lang))) put(key, key.startsWith('month:') ? MATCH_PROBABILITY.month : MATCH_PROBABILITY.number);
  const words = wordTokens(text);
  let previousCapital: string | null = null;
  for (const word of words) {
    for (const [key, pm] of wordFeatures(word, ctx)) put(key, pm);
    const capital = ctx.names === 'latin' && /^\p{Lu}/u.test(word) && isLatinWord(word);
    if (capital && previousCapital !== null && previousCapital.length <= 5) {
      // "Moon Jae-in" -> one skeleton, to meet 문재인 (Korean names: a short family name first)
      for (const [key, pm] of wordFeatures(`${previousCapital}\u0000${word}`, ctx)) put(key, pm);
    }
    previousCapital = capital ? word : null;
  }
  if (/[?？]/.test(text)) put('p:?', MATCH_PROBABILITY.mark);
  if (/[!！]/.test(text)) put('p:!', MATCH_PROBABILITY.mark);
  if (/["“”«»„「」『』]/.test(text)) put('p:q', MATCH_PROBABILITY.mark);
  if (ctx.lexicon) {
    for (const { concept, weight, learned } of ctx.lexicon(text, words)) put(`${learned ? 'cl' : 'c'}:${concept}`, lexiconMatchProbability(weight));
  }
  return out;
}

export function featureKind(key: string): FeatureKind {
  if (key.startsWith('n:')) return 'number';
  if (key.startsWith('month:')) return 'month';
  if (key.startsWith('w:')) return 'word';
  if (key.startsWith('nm:')) return 'name';
  if (key.startsWith('c:')) return 'lexicon';
  if (key.startsWith('cl:')) return 'learned';
  return 'mark';
}
