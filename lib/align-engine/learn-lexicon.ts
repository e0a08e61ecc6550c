// Learns word translations from approved sentence pairs with the Dice coefficient
// (2 * both / (source + target)), the cheapest association measure that works from a few hundred pairs.
// Frequent words (in more than a quarter of the pairs) are skipped: they co-occur with everything.
// Bounded: at most MAX_PAIRS pairs and MAX_TOKENS distinct words per side of a pair are read.
import { foldLatin, hasHangul, stripKoreanParticle, wordTokens } from './tokenize';
import type { LexiconEntry } from './types';

const MAX_PAIRS = 50_000;
const MAX_TOKENS = 60;
const MIN_BOTH = 3;
const MIN_DICE = 0.4;
const TOP_PER_WORD = 2;

/** The key under which a word is counted and later looked up (see lexicon-matcher.ts). */
export function learningKey(word: string): string | null {
  if (/^[\d.,]+$/.test(word)) return null;
  if (hasHangul(word)) {
    const stem = stripKoreanParticle(word.replace(/^[\d.,]+/, ''));
    return stem.length >= 2 ? stem : null;
  }
  const folded = foldLatin(word).replace(/['’]s$/, '');
  return folded.length >= 3 ? folded : null;
}

function keysOf(text: string): string[] {
  const keys = new Set<string>();
  for (const w of wordTokens(text)) {
    const k = learningKey(w);
    if (k) keys.add(k);
    if (keys.size >= MAX_TOKENS) break;
  }
  return [...keys];
}

export interface LearnOptions {
  /** Fewest pairs a word pair must share. */
  minBoth: number;
  minDice: number;
  /** Words in more than this share of the pairs (and more than 4) are skipped. */
  frequentShare: number;
  /** Best target words kept per source word. */
  topPerWord: number;
  /** Words never learned (function words, which co-occur with everything in a short document). */
  skip?: ReadonlySet<string>;
}

const APPROVED_PAIRS: LearnOptions = { minBoth: MIN_BOTH, minDice: MIN_DICE, frequentShare: 0.25, topPerWord: TOP_PER_WORD };

export function learnFromPairs(pairs: readonly { source: string; target: string }[], opts: LearnOptions = APPROVED_PAIRS): LexiconEntry[] {
  const used = pairs.slice(0, MAX_PAIRS);
  const srcCount = new Map<string, number>();
  const tgtCount = new Map<string, number>();
  const both = new Map<string, Map<string, number>>();
  const keep = (k: string) => !opts.skip?.has(k);
  const sides = used.map((p) => ({ s: keysOf(p.source).filter(keep), t: keysOf(p.target).filter(keep) }));
  for (const { s, t } of sides) {
    for (const k of s) srcCount.set(k, (srcCount.get(k) ?? 0) + 1);
    for (const k of t) tgtCount.set(k, (tgtCount.get(k) ?? 0) + 1);
  }
  const tooFrequent = Math.max(4, used.length * opts.frequentShare);
  for (const { s, t } of sides) {
    const ts = t.filter((k) => (tgtCount.get(k) ?? 0) <= tooFrequent);
    for (const a of s) {
      if ((srcCount.get(a) ?? 0) > tooFrequent || (srcCount.get(a) ?? 0) < opts.minBoth) continue;
      let row = both.get(a);
      if (!row) both.set(a, (row = new Map()));
      for (const b of ts) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const entries: LexiconEntry[] = [];
  for (const [a, row] of both) {
    const scored: [string, number][] = [];
    for (const [b, n] of row) {
      if (n < opts.minBoth) continue;
      const dice = (2 * n) / ((srcCount.get(a) ?? 0) + (tgtCount.get(b) ?? 0));
      if (dice >= opts.minDice) scored.push([b, dice]);
    }
    scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [b, dice] of scored.slice(0, opts.topPerWord)) entries.push({ source: a, target: b, origin: 'learned', weight: dice });
  }
  entries.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : 1));
  return entries;
}
