// How a project's memory renders its recurring Korean terms (issue 15, items 2 and 3). From approved beads alone,
// with no dictionary: a Korean term (a word with its particle stripped: 국민의힘은 -> 국민의힘) and an English
// phrase (1-4 words) are a rendering of each other when they occur in the same beads far more often than their
// own frequencies explain (Dice coefficient). Each bead that holds the term is credited to the best rendering it
// contains, so "People Power Party 41×, ruling party 9×, PPP 3×" comes out as three renderings of one term, and a
// term with one dominant rendering becomes a glossary proposal. Pure, bounded: at most MAX_BEADS beads are read.

import { foldLatin, stripKoreanParticle, wordTokens } from '@/lib/align-engine/tokenize';
import { hangulSkeleton, koreanNameSkeletons, latinSkeleton } from '@/lib/align-engine/romanize-hangul';

export const MAX_BEADS = 20_000;
const MAX_GRAM = 4;
/** Renderings must reach this Dice score with their term; below it a phrase merely shares the topic. */
const MIN_DICE = 0.25;

export interface MemoryBead {
  id: string;
  source: string;
  target: string;
}

export interface Rendering {
  /** The phrase as the memory most often writes it ("People Power Party"). */
  text: string;
  /** Beads credited to this rendering (each bead to its best one). */
  count: number;
  dice: number;
  beadIds: string[];
}

export interface TermRenderings {
  term: string;
  /** Beads whose Korean side holds the term. */
  beads: number;
  renderings: Rendering[];
  /** Beads with the term and none of its renderings. */
  unmatched: string[];
}

const STOP = new Set(
  'a an the of to in on at by for from with and or but as is are was were be been it its this that these those he she they his her their we our you your i not no has have had will would can could said says say also than then there which who whom whose what when where while after before over under into about up out more most very such per'.split(
    ' ',
  ),
);

const isHangulWord = (w: string) => /^[\uac00-\ud7a3]+$/.test(w);

// Words that are not terms: determiners, adverbs and connectives, and predicates (verbs and adjectives end in 다).
const NOT_TERMS = new Set(
  '다른 모든 지난 현재 이미 여전히 정말 어떻게 따르면 새로운 최근 번째 이번 그리고 하지만 또한 때문 대해 위해 통해 관련 가장 매우 많은 같은 있는 없는 하는 이런 그런 어떤 우리 그들 그녀 자신 가운데 이후 이전 당시 다시 함께 아직 모두 많이 바로 계속 특히 결국 이제 지금 오늘 어제 내일'.split(
    ' ',
  ),
);
/** A predicate: 다 after a syllable with a final consonant (했다, 한다, 있다, 밝혔다); nouns like 캐나다 have none. */
function isPredicate(stem: string): boolean {
  if (!stem.endsWith('다') || stem.length < 2) return false;
  const before = stem.charCodeAt(stem.length - 2) - 0xac00;
  return before >= 0 && before < 11172 && before % 28 !== 0;
}

/** Whether a particle-stripped Hangul word can be a glossary term (a noun or a name, not a function word or a predicate). */
export function isTermCandidate(stem: string): boolean {
  return stem.length >= 2 && !NOT_TERMS.has(stem) && !isPredicate(stem);
}

/** The Korean terms of one segment: particle-stripped Hangul words of two syllables or more. */
export function koreanTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of wordTokens(text)) {
    if (!isHangulWord(word)) continue;
    const stem = stripKoreanParticle(word);
    if (isTermCandidate(stem)) out.add(stem);
  }
  return out;
}

/**
 * What makes two spellings one rendering: case, dots, a possessive and a plural ending ("U.S." = "US",
 * "Trump's" = "Trump", "matches" = "match"). The memory's most frequent spelling is shown.
 */
export function phraseKey(phrase: string): string {
  const key = foldLatin(phrase)
    .replace(/\./g, '')
    .replace(/['’]s?$/, '');
  const last = phrase.split(' ').pop() ?? '';
  if (/^\p{Lu}/u.test(last)) return key; // a name keeps its s (Jones, Kansas)
  if (/[a-z]{2}ies$/.test(key)) return `${key.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x)es$/.test(key)) return key.slice(0, -2);
  if (/[a-z]{2}[^su]s$/.test(key)) return key.slice(0, -1);
  return key.replace(/(?<=[a-z])men$/, 'man');
}

/** English phrases of 1-4 words that neither start nor end with a function word; keys are folded, with one surface form each. */
export function englishPhrases(text: string): Map<string, string> {
  const words = wordTokens(text).filter((w) => /\p{Script=Latin}/u.test(w));
  const out = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    if (STOP.has(foldLatin(words[i]))) continue;
    for (let n = 1; n <= MAX_GRAM && i + n <= words.length; n++) {
      const last = foldLatin(words[i + n - 1]);
      if (STOP.has(last)) continue;
      const surface = words.slice(i, i + n).join(' ');
      const key = phraseKey(surface);
      if (key.length < 2 || !out.has(key)) out.set(key, surface);
    }
  }
  return out;
}

function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** "people power" is inside "people power party" (whole words). */
function inside(short: string, long: string): boolean {
  return long !== short && ` ${long} `.includes(` ${short} `);
}

/**
 * Every term that occurs in at least `minBeads` beads, with its renderings (most credited first). Beads past
 * MAX_BEADS are not read (the caller passes the newest first).
 */
export function termRenderings(input: readonly MemoryBead[], opts: { minBeads?: number } = {}): TermRenderings[] {
  const minBeads = Math.max(2, opts.minBeads ?? 3);
  const beads = input.slice(0, MAX_BEADS).map((b) => ({ id: b.id, terms: koreanTerms(b.source), phrases: englishPhrases(b.target) }));
  const termDf = new Map<string, number>();
  const phraseDf = new Map<string, number>();
  const surfaces = new Map<string, Map<string, number>>();
  for (const b of beads) {
    for (const t of b.terms) increment(termDf, t);
    for (const [key, surface] of b.phrases) {
      increment(phraseDf, key);
      const forms = surfaces.get(key) ?? new Map<string, number>();
      increment(forms, surface);
      surfaces.set(key, forms);
    }
  }
  const candidates = new Set([...termDf].filter(([, n]) => n >= minBeads).map(([t]) => t));
  // Co-occurrence of candidate terms with phrases seen at least twice.
  const co = new Map<string, Map<string, number>>();
  const beadsOf = new Map<string, number[]>();
  beads.forEach((b, index) => {
    for (const t of b.terms) {
      if (!candidates.has(t)) continue;
      const row = co.get(t) ?? new Map<string, number>();
      for (const key of b.phrases.keys()) if ((phraseDf.get(key) ?? 0) >= 2) increment(row, key);
      co.set(t, row);
      const list = beadsOf.get(t) ?? [];
      list.push(index);
      beadsOf.set(t, list);
    }
  });

  // Each term's candidate renderings, strongest association first.
  const ranked = new Map<string, { key: string; c: number; dice: number }[]>();
  const diceOf = new Map<string, Map<string, number>>();
  for (const term of candidates) {
    const df = termDf.get(term) ?? 0;
    const scored = [...(co.get(term) ?? new Map<string, number>())]
      .filter(([, c]) => c >= 2)
      .map(([key, c]) => ({ key, c, dice: (2 * c) / (df + (phraseDf.get(key) ?? 0)) }))
      .filter((r) => r.dice >= MIN_DICE);
    // A phrase inside a longer one that occurs as often with the term is the same rendering, cut short.
    let kept = scored.filter((r) => !scored.some((o) => inside(r.key, o.key) && o.c >= r.c));
    // A head word shared by longer renderings ("party" in "People Power Party" and "ruling party") is not one.
    const termBeads = beadsOf.get(term) ?? [];
    kept = kept.filter((r) => {
      const longer = kept.filter((o) => inside(r.key, o.key));
      if (longer.length === 0) return true;
      const withR = termBeads.filter((i) => beads[i].phrases.has(r.key));
      const covered = withR.filter((i) => longer.some((o) => beads[i].phrases.has(o.key))).length;
      return covered < 0.8 * withR.length;
    });
    kept.sort((a, b) => b.dice - a.dice || b.c - a.c || a.key.localeCompare(b.key));
    ranked.set(term, kept);
    diceOf.set(term, new Map(kept.map((r) => [r.key, r.dice])));
  }

  // The most frequent spelling, a possessive only when there is no other ("Martin", not "Martin's").
  const possessive = (surface: string) => (/['’]s?$/.test(surface) ? 1 : 0);
  const surfaceOf = (key: string) =>
    [...(surfaces.get(key) ?? new Map<string, number>())].sort((a, b) => possessive(a[0]) - possessive(b[0]) || b[1] - a[1])[0]?.[0] ?? key;
  const out: TermRenderings[] = [];
  for (const term of candidates) {
    const kept = ranked.get(term) ?? [];
    const credited = new Map<string, string[]>();
    const unmatched: string[] = [];
    for (const index of beadsOf.get(term) ?? []) {
      const bead = beads[index];
      // Competitive linking: a phrase in this bead belongs to the term of the bead that it is most strongly
      // associated with (Lee Jae-myung goes to 이재명, not to 대표 beside it).
      const best = kept.find(
        (r) => bead.phrases.has(r.key) && ![...bead.terms].some((other) => other !== term && (diceOf.get(other)?.get(r.key) ?? 0) > r.dice),
      );
      if (best) {
        const list = credited.get(best.key) ?? [];
        list.push(bead.id);
        credited.set(best.key, list);
      } else unmatched.push(bead.id);
    }
    const renderings = kept
      .filter((r) => credited.has(r.key))
      .map((r) => ({
        text: surfaceOf(r.key),
        count: credited.get(r.key)?.length ?? 0,
        dice: Math.round(r.dice * 1000) / 1000,
        beadIds: credited.get(r.key) ?? [],
      }))
      .sort((a, b) => b.count - a.count || b.dice - a.dice);
    out.push({ term, beads: termDf.get(term) ?? 0, renderings, unmatched });
  }
  return out.sort((a, b) => b.beads - a.beads || a.term.localeCompare(b.term));
}

/** The Korean terms in the most texts (each text counts a term once), most frequent first; ties by the term. */
export function topKoreanTerms(texts: readonly string[], limit: number): { term: string; units: number }[] {
  const counts = new Map<string, number>();
  for (const text of texts.slice(0, MAX_BEADS)) for (const term of koreanTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([term, units]) => ({ term, units }));
}

export interface InconsistentTerm extends TermRenderings {
  /** Share of the term's credited beads that use its most frequent rendering. */
  topShare: number;
}

/** Terms rendered in more than one way, each way at least twice: the desk's consistency report. */
export function inconsistentTerms(all: readonly TermRenderings[]): InconsistentTerm[] {
  return all
    .map((t) => {
      const credited = t.renderings.reduce((sum, r) => sum + r.count, 0);
      return {
        ...t,
        renderings: t.renderings.filter((r) => r.count >= 2),
        topShare: credited ? (t.renderings[0]?.count ?? 0) / credited : 0,
      };
    })
    .filter((t) => t.renderings.length >= 2)
    .sort((a, b) => b.beads - a.beads || a.term.localeCompare(b.term));
}

export type ProposalKind = 'name' | 'organisation' | 'term';

export interface GlossaryProposal {
  source: string;
  target: string;
  kind: ProposalKind;
  /** Beads that use this rendering, and beads that hold the term at all. */
  count: number;
  beads: number;
  dice: number;
  beadIds: string[];
}

/** A rendering whose consonants are the term's, romanized: 이재명 / Lee Jae-myung, 트럼프 / Trump. */
function soundsAlike(term: string, text: string): boolean {
  const korean = hangulSkeleton(term);
  if (korean.length < 2) return false;
  const [family, ...given] = text.split(' ');
  const latin = given.length ? [latinSkeleton(text), ...koreanNameSkeletons(family, given.join(''))] : [latinSkeleton(text)];
  return latin.includes(korean);
}

function kindOf(term: string, text: string): ProposalKind {
  if (soundsAlike(term, text)) return 'name';
  const words = text.split(' ');
  if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || STOP.has(w.toLowerCase()))) return 'organisation';
  if (/^\p{Lu}{2,}$/u.test(text)) return 'organisation';
  return 'term';
}

/**
 * Glossary proposals: terms not in the glossary whose best rendering is clear (Dice ≥ 0.5, used in at least
 * `minBeads` beads and in most of the term's beads). Strongest evidence first.
 */
export function glossaryProposals(
  all: readonly TermRenderings[],
  glossary: readonly { source: string }[],
  opts: { minBeads?: number; rejected?: readonly string[] } = {},
): GlossaryProposal[] {
  const minBeads = Math.max(2, opts.minBeads ?? 3);
  const known = new Set([...glossary.map((g) => g.source.trim()), ...(opts.rejected ?? [])]);
  const out: GlossaryProposal[] = [];
  for (const t of all) {
    const top = t.renderings[0];
    if (!top || known.has(t.term) || top.count < minBeads || top.dice < 0.5) continue;
    if (top.count < 0.5 * t.beads) continue;
    // One word of a longer name: 브렛 is "Brett", though "Brett Kavanaugh" is what follows it every time.
    const word = soundsAlike(t.term, top.text) ? null : top.text.split(' ').find((w) => top.text.includes(' ') && soundsAlike(t.term, w));
    const target = word ?? top.text;
    out.push({
      source: t.term,
      target,
      kind: kindOf(t.term, target),
      count: top.count,
      beads: t.beads,
      dice: top.dice,
      beadIds: top.beadIds,
    });
  }
  return out.sort((a, b) => b.count * b.dice - a.count * a.dice || a.source.localeCompare(b.source));
}
