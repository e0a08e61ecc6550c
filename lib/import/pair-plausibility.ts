// Can these two texts be translations of each other? Checked after segmentation, without refusing: a pair
// that fails a check is still imported, and the answer carries warnings the user sees (decision 018).
// The checks are coarse on purpose: each fires only when the texts are far apart (a 1-sentence Korean text
// against a 500-sentence English one), never on the ordinary differences of an edited translation.

import { lengthUnits } from '@/lib/align-engine/language';
import { numberAnchors } from '@/lib/align-engine/number-anchors';
import { checkLanguage } from './check-language';

export type PairWarningCode = 'LANGUAGE_MISMATCH' | 'SENTENCE_COUNTS_APART' | 'LENGTHS_APART' | 'NO_SHARED_ANCHORS';

/**
 * `message` is the English sentence; `params` are the values it was built from, so the interface can say it in
 * the reader's language (messages `pairWarnings.<code>`). Warnings stored before params existed have none.
 */
export interface PairWarning {
  code: PairWarningCode;
  message: string;
  params?: Record<string, string | number>;
}

export interface PairSides {
  /** The source side's sentences (segments), in order. */
  source: readonly string[];
  target: readonly string[];
  sourceLang: string;
  targetLang: string;
}

/**
 * Thresholds. Length units count a Hangul syllable as two characters (lib/align-engine/language.ts), so a Korean
 * article and its English edition come out near a ratio of 1 (the aligner's prior; the demo articles give
 * 1.16–1.34). A factor of 3 either way, or three times the sentences, is beyond any rewrite we have seen; the
 * minimums keep short texts, where one sentence more is a large share, from warning.
 */
export const PLAUSIBILITY_LIMITS = {
  maxSentenceFactor: 3,
  minSentenceDifference: 5,
  maxLengthFactor: 3,
  minLongerUnits: 200,
  minAnchorsEachSide: 3,
} as const;

export function pairPlausibility(sides: PairSides): PairWarning[] {
  return [...languageWarnings(sides), ...countWarnings(sides), ...lengthWarnings(sides), ...anchorWarnings(sides)];
}

function languageWarnings({ source, target, sourceLang, targetLang }: PairSides): PairWarning[] {
  const checks = [
    { side: 'source', expected: sourceLang, check: checkLanguage(source.join(' '), sourceLang) },
    { side: 'target', expected: targetLang, check: checkLanguage(target.join(' '), targetLang) },
  ];
  return checks
    .filter(({ check }) => !check.ok)
    .map(({ side, expected, check }) => ({
      code: 'LANGUAGE_MISMATCH',
      message: `${side === 'source' ? 'Source' : 'Target'}: ${check.warning}`,
      params: { side, detected: check.detected, box: expected.trim().toLowerCase().split(/[-_]/)[0] === 'ko' ? 'ko' : 'en' },
    }));
}

function countWarnings({ source, target }: PairSides): PairWarning[] {
  const [fewer, more] = [Math.min(source.length, target.length), Math.max(source.length, target.length)];
  const { maxSentenceFactor, minSentenceDifference } = PLAUSIBILITY_LIMITS;
  if (more - fewer < minSentenceDifference || more < maxSentenceFactor * Math.max(fewer, 1)) return [];
  const longer = source.length > target.length ? 'source' : 'target';
  return [
    {
      code: 'SENTENCE_COUNTS_APART',
      message: `The source has ${plural(source.length, 'sentence')} and the target ${plural(target.length, 'sentence')}: the ${longer} is more than ${maxSentenceFactor} times as long, so these may not be the same article.`,
      params: { source: source.length, target: target.length, longer, factor: maxSentenceFactor },
    },
  ];
}

function lengthWarnings({ source, target }: PairSides): PairWarning[] {
  const s = source.reduce((sum, text) => sum + lengthUnits(text), 0);
  const t = target.reduce((sum, text) => sum + lengthUnits(text), 0);
  const { maxLengthFactor, minLongerUnits } = PLAUSIBILITY_LIMITS;
  if (Math.max(s, t) < minLongerUnits || Math.max(s, t) < maxLengthFactor * Math.max(Math.min(s, t), 1)) return [];
  const ratio = Math.max(s, t) / Math.max(Math.min(s, t), 1);
  const factor = ratio >= 10 ? String(Math.round(ratio)) : ratio.toFixed(1);
  const longer = t > s ? 'target' : 'source';
  return [
    {
      code: 'LENGTHS_APART',
      message: `The ${longer} text is ${factor} times as long as the ${t > s ? 'source' : 'target'} (a translation is usually within a factor of ${maxLengthFactor}).`,
      params: { longer, factor, limit: maxLengthFactor },
    },
  ];
}

function anchorWarnings({ source, target, sourceLang, targetLang }: PairSides): PairWarning[] {
  const sourceAnchors = new Set(source.flatMap((text) => numberAnchors(text, sourceLang.split(/[-_]/)[0].toLowerCase())));
  const targetAnchors = new Set(target.flatMap((text) => numberAnchors(text, targetLang.split(/[-_]/)[0].toLowerCase())));
  const { minAnchorsEachSide } = PLAUSIBILITY_LIMITS;
  if (sourceAnchors.size < minAnchorsEachSide || targetAnchors.size < minAnchorsEachSide) return [];
  if ([...sourceAnchors].some((key) => targetAnchors.has(key))) return [];
  return [
    {
      code: 'NO_SHARED_ANCHORS',
      message: `The two texts share none of their numbers or dates (${sourceAnchors.size} in the source, ${targetAnchors.size} in the target): check that they are the same article.`,
      params: { source: sourceAnchors.size, target: targetAnchors.size },
    },
  ];
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}
