import { MIN_SKELETON, hangulSkeleton, latinSkeleton } from '@/lib/align-engine/romanize-hangul';
import { stripKoreanParticle } from '@/lib/align-engine/tokenize';
import { spellsHangul, splitKoreanName } from './romanize-name';
import type { QaBead, QaFinding } from './types';

// Names: a person named in the Korean must not become someone else in the English. Two rules, both chosen to be
// right when they speak rather than to speak often (decision 033):
// 1. A Korean personal name with a title (이창용 총재) against an English name with the same family name and
//    another given name ("Lee Chang-hoon"): the given name was misspelled or the wrong person named.
// 2. A transliterated name the document renders one way elsewhere (트럼프 = "Trump") missing from this bead's
//    English, which has an unexplained capitalised name instead.

const TITLES =
  '대통령|총재|장관|위원장|대표|의원|총리|부총리|회장|사장|부회장|교수|감독|선수|기자|대변인|후보|비서실장|실장|차관|청장|총장|시장|지사|단장|이사장|주석|대사|원장|씨|전\\s?대통령|당선인|당선자|부장|국장|판사|검사|변호사';
const KOREAN_NAME = new RegExp(`([가-힣]{2,4})\\s?(?=(?:${TITLES})(?:[은는이가을를의에와과도]|\\s|$|[,.]))`, 'g');
// "Lee Chang-yong", "Kim Jong Un", "Moon Jae-in": a family name and one or two given-name parts.
const ENGLISH_NAME = /\b([A-Z][a-z]{0,5})\s([A-Z][a-z]+(?:-[a-z]+)?(?:\s[A-Z][a-z]+)?)\b/g;

interface Token {
  text: string;
  start: number;
  end: number;
}

function koreanNameFindings(source: string, target: string): QaFinding[] {
  const findings: QaFinding[] = [];
  const english = [...target.matchAll(ENGLISH_NAME)];
  for (const m of source.matchAll(KOREAN_NAME)) {
    const name = splitKoreanName(m[1]);
    if (!name) continue;
    const sameFamily = english.filter((e) => spellsHangul(name.family, e[1], true));
    if (sameFamily.length === 0) continue;
    const written = (e: RegExpMatchArray) => {
      const parts = e[2].split(' ');
      // "Kim Jong Un" has two given parts; "Yoon Suk Yeol Said" must not swallow "Said"
      return [parts.slice(0, 1).join(' '), parts.join(' ')].some((given) => spellsHangul(name.given, given));
    };
    if (sameFamily.some(written)) continue;
    const e = sameFamily[0];
    findings.push({
      check: 'name',
      message: `"${m[1]}" is written "${e[0]}" in the translation: same family name, another given name.`,
      code: 'nameGiven',
      params: { source: `"${m[1]}"`, target: `"${e[0]}"` },
      source: [{ start: m.index, end: m.index + m[1].length }],
      target: [{ start: e.index!, end: e.index! + e[0].length }],
    });
  }
  return findings;
}

function hangulWords(text: string): Token[] {
  return [...text.matchAll(/[가-힣]+/g)].map((m) => {
    const word = stripKoreanParticle(m[0]);
    return { text: word, start: m.index, end: m.index + word.length };
  });
}

/** Capitalised words that could be names: not the first word of a sentence, not an acronym. */
function capitalisedWords(text: string): Token[] {
  return [...text.matchAll(/\b[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\b/g)]
    .filter((m) => m.index > 0 && !/(?:^|[.!?:"“‘]\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index)))
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

interface NameToken extends Token {
  /** Consonant skeleton, or '' when too short to compare (computed once per word, compared many times). */
  skeleton: string;
}

/** A bead's words that can be names, with their skeletons: the per-bead work the name rules share. */
export interface NameTokens {
  korean: NameToken[];
  latin: NameToken[];
}

const withSkeleton = (token: Token, skeleton: string): NameToken => ({
  ...token,
  skeleton: skeleton.length >= MIN_SKELETON ? skeleton : '',
});
const sameSkeleton = (a: NameToken, b: NameToken): boolean => a.skeleton !== '' && a.skeleton === b.skeleton;

export function nameTokens(bead: QaBead): NameTokens {
  return {
    korean: hangulWords(bead.source).map((w) => withSkeleton(w, hangulSkeleton(w.text))),
    latin: capitalisedWords(bead.target).map((w) => withSkeleton(w, latinSkeleton(w.text))),
  };
}

/** The document's name spellings from each bead's tokens (cheap: the skeletons are already computed). */
export function documentNamesOf(beads: readonly NameTokens[]): DocumentNames {
  const names = new Map<string, Set<string>>();
  const englishUse = new Map<string, number>();
  for (const { korean, latin } of beads) {
    for (const word of new Set(latin.map((e) => e.text))) englishUse.set(word, (englishUse.get(word) ?? 0) + 1);
    for (const word of korean) {
      for (const e of latin) {
        if (!sameSkeleton(word, e)) continue;
        const spellings = names.get(word.text) ?? new Set<string>();
        spellings.add(e.text);
        names.set(word.text, spellings);
      }
    }
  }
  const known = new Set([...names.values()].flatMap((s) => [...s]));
  return { spellings: names, englishUse, known };
}

export function documentNames(beads: readonly QaBead[]): DocumentNames {
  return documentNamesOf(beads.map(nameTokens));
}

const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/;

export interface DocumentNames {
  /** Each transliterated Korean word and the English spellings it meets in some bead. */
  spellings: Map<string, Set<string>>;
  /** How many beads' English use each capitalised word. */
  englishUse: Map<string, number>;
  /** Every English spelling of `spellings`. */
  known: Set<string>;
}

/**
 * A name is expected to be spelled one way through a document. Only a capitalised word that no other bead uses
 * can be the stranger that replaced a name: "Scottish" or "Britain", used throughout, are the document's vocabulary.
 */
function documentNameFindings(bead: QaBead, tokens: NameTokens, names: DocumentNames): QaFinding[] {
  const findings: QaFinding[] = [];
  const { korean, latin } = tokens;
  const { known } = names;
  const unexplained = latin.filter(
    (e) =>
      !known.has(e.text) &&
      !CALENDAR.test(e.text) &&
      (names.englishUse.get(e.text) ?? 0) <= 1 &&
      e.skeleton !== '' &&
      !korean.some((k) => sameSkeleton(k, e)),
  );
  if (unexplained.length === 0) return findings;
  for (const word of korean) {
    const spellings = names.spellings.get(word.text);
    if (!spellings || latin.some((e) => spellings.has(e.text) || sameSkeleton(word, e))) continue;
    if (bead.target.includes([...spellings][0])) continue;
    findings.push({
      check: 'name',
      message: `"${word.text}" is "${[...spellings].join('" / "')}" elsewhere in this document; here the translation names "${unexplained[0].text}".`,
      code: 'nameElsewhere',
      params: { source: `"${word.text}"`, spellings: `"${[...spellings].join('" / "')}"`, target: `"${unexplained[0].text}"` },
      source: [{ start: word.start, end: word.end }],
      target: [{ start: unexplained[0].start, end: unexplained[0].end }],
    });
    break;
  }
  return findings;
}

/** Rule 1 alone: it needs nothing from the rest of the document (so it can be computed once per bead text). */
export function checkKoreanNames(bead: QaBead, sourceLang: string, targetLang: string): QaFinding[] {
  if (sourceLang !== 'ko' || targetLang !== 'en') return [];
  return koreanNameFindings(bead.source, bead.target);
}

/** Rule 2, when rule 1 found nothing: depends on the whole document's names. */
export function checkDocumentNames(
  bead: QaBead,
  tokens: NameTokens,
  names: DocumentNames,
  sourceLang: string,
  targetLang: string,
): QaFinding[] {
  if (sourceLang !== 'ko' || targetLang !== 'en') return [];
  return documentNameFindings(bead, tokens, names);
}
