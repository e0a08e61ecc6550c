// Compiles a Lexicon into two matchers that turn a segment into the lexicon "concepts" it mentions.
// Entries are grouped into concepts with union-find (정부 ~ government ~ administration ~ 행정부), so a
// bead matches when both sides mention the same concept. Component size is capped so that a noisy
// learned entry cannot glue half the vocabulary together.
import { baseLang, matchesInsideWords } from './language';
import { englishLemmas, foldLatin, stripKoreanParticle, wordTokens } from './tokenize';
import type { Lexicon } from './types';

const MAX_COMPONENT = 12;
const MAX_TERM_CHARS = 8;

export interface ConceptHit {
  concept: number;
  weight: number;
  /** Only learned entries: weaker evidence, and no penalty when absent (see document-table.ts). */
  learned: boolean;
}

export interface LexiconMatcher {
  /** Concepts in a text; pass its word tokens when already at hand. */
  source: (text: string, words?: string[]) => ConceptHit[];
  target: (text: string, words?: string[]) => ConceptHit[];
  /** A readable name of a concept for reasons ("government"). */
  label: (concept: number) => string;
}

class UnionFind {
  parent: number[] = [];
  size: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    this.size.push(1);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) x = this.parent[x] = this.parent[this.parent[x]];
    return x;
  }
  union(a: number, b: number, cap: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb || this.size[ra] + this.size[rb] > cap) return;
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
  }
}

const normalizeTerm = (term: string, lang: string): string =>
  matchesInsideWords(lang) ? term.trim() : foldLatin(term.trim()).replace(/\s+/g, ' ');

function makeSideMatcher(
  terms: Map<string, number[]>,
  weights: Map<number, number>,
  learned: Set<number>,
  lang: string,
): LexiconMatcher['source'] {
  const inside = matchesInsideWords(lang);
  const english = baseLang(lang) === 'en';
  const starts = new Set([...terms.keys()].map((t) => t.slice(0, 2)));
  const firstWords = new Set([...terms.keys()].filter((t) => t.includes(' ')).map((t) => t.slice(0, t.indexOf(' '))));
  // one frozen hit per concept, shared by every segment that mentions it (weights do not change after compiling)
  const hits = new Map<number, ConceptHit>();
  const hitOf = (concept: number): ConceptHit => {
    let h = hits.get(concept);
    if (h === undefined) {
      h = Object.freeze({ concept, weight: weights.get(concept) ?? 1, learned: learned.has(concept) });
      hits.set(concept, h);
    }
    return h;
  };
  // each term with its hits, so that matching looks a word up once and gets hits back
  const termHits = new Map<string, ConceptHit[]>();
  for (const [term, concepts] of terms) termHits.set(term, concepts.map(hitOf));
  const hitsOf = (key: string): ConceptHit[] | undefined => termHits.get(key);
  // concepts found inside one Korean/Japanese/Chinese word, memoized: the same words recur
  const insideCache = new Map<string, ConceptHit[]>();
  const conceptsInside = (raw: string): ConceptHit[] => {
    const cached = insideCache.get(raw);
    if (cached) return cached;
    const out: ConceptHit[] = [];
    const word = raw.replace(/^[\d.,]+/, '');
    // a one-syllable term (팀, 집, 돈) is looked up only as a whole word before a particle (팀에게)
    const whole = hitsOf(stripKoreanParticle(word)) ?? hitsOf(word) ?? hitsOf(stripKoreanParticle(word, 1));
    if (whole) out.push(...whole);
    else {
      for (let at = 0; at + 2 <= word.length; at++) {
        if (!starts.has(word.slice(at, at + 2))) continue;
        for (let len = Math.min(MAX_TERM_CHARS, word.length - at); len >= 2; len--) {
          const found = hitsOf(word.slice(at, at + len));
          if (found) {
            out.push(...found);
            at += len - 1;
            break;
          }
        }
      }
    }
    if (insideCache.size < 200_000) insideCache.set(raw, out);
    return out;
  };
  // per raw word: its folded form, whether it may start a two-word term, and its concepts
  const wordCache = new Map<string, { folded: string; first: boolean; hits: ConceptHit[] }>();
  const lookupWord = (w: string) => {
    let entry = wordCache.get(w);
    if (entry === undefined) {
      const folded = foldLatin(w);
      const hits = (english ? englishLemmas(folded) : [folded]).map(hitsOf).find((x) => x !== undefined) ?? [];
      entry = { folded, first: firstWords.has(folded), hits };
      if (wordCache.size < 200_000) wordCache.set(w, entry);
    }
    return entry;
  };
  // the per-word caches hold the hits themselves (one per concept), so a segment's hits are collected by identity
  const addAll = (found: ConceptHit[], list: readonly ConceptHit[]) => {
    for (let k = 0; k < list.length; k++) if (!found.includes(list[k])) found.push(list[k]);
  };
  /** The hits of a two-word term starting with `first` and the word after it, or undefined. */
  const twoWordHits = (first: string, next: string): ConceptHit[] | undefined => {
    const exact = hitsOf(`${first} ${next}`);
    if (exact || !english) return exact;
    for (const lemma of englishLemmas(next)) {
      const list = hitsOf(`${first} ${lemma}`);
      if (list) return list;
    }
    return undefined;
  };
  return (text, given) => {
    const found: ConceptHit[] = [];
    const words = given ?? wordTokens(text);
    if (inside) {
      for (let k = 0; k < words.length; k++) addAll(found, conceptsInside(words[k]));
    } else {
      for (let k = 0; k < words.length; k++) {
        const entry = lookupWord(words[k]);
        if (entry.first && k + 1 < words.length) {
          const pair = twoWordHits(entry.folded, lookupWord(words[k + 1]).folded);
          if (pair) {
            addAll(found, pair);
            k++;
            continue;
          }
        }
        addAll(found, entry.hits);
      }
    }
    return found;
  };
}

// Compiled lexicons by key (Lexicon.key), for the documents of a batch that all bring the same project lexicon: compiling
// it took a fifth of each article pair's engine time (decision 048). Matchers are pure functions of their entries (their
// word caches only remember answers), so sharing one changes no result. A few are kept; the oldest goes first.
const MAX_COMPILED = 2;
const compiled = new Map<string, LexiconMatcher>();

export function compileLexicon(lexicon: Lexicon | undefined, srcLang: string, tgtLang: string): LexiconMatcher {
  if (!lexicon?.key) return compileEntries(lexicon, srcLang, tgtLang);
  const key = `${lexicon.key}\u0000${srcLang}\u0000${tgtLang}`;
  let matcher = compiled.get(key);
  if (!matcher) {
    matcher = compileEntries(lexicon, srcLang, tgtLang);
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
    compiled.set(key, matcher);
  }
  return matcher;
}

function compileEntries(lexicon: Lexicon | undefined, srcLang: string, tgtLang: string): LexiconMatcher {
  const uf = new UnionFind();
  const srcNode = new Map<string, number>();
  const tgtNode = new Map<string, number>();
  const entryWeight: [number, number, boolean][] = [];
  const node = (map: Map<string, number>, key: string) => {
    let id = map.get(key);
    if (id === undefined) map.set(key, (id = uf.add()));
    return id;
  };
  // Curated entries first; a learned entry only adds words the curated ones do not cover, so a noisy
  // co-occurrence (정부 ~ officials) cannot glue two curated concepts together.
  const ordered = [...(lexicon?.entries ?? [])].sort((x, y) => Number(x.origin === 'learned') - Number(y.origin === 'learned'));
  const curatedSource = new Set<string>();
  const curatedTarget = new Set<string>();
  for (const e of ordered) {
    const s = normalizeTerm(e.source, srcLang);
    const t = normalizeTerm(e.target, tgtLang);
    if (!s || !t) continue;
    if (e.origin === 'learned' && (curatedSource.has(s) || curatedTarget.has(t))) continue;
    if (e.origin !== 'learned') {
      curatedSource.add(s);
      curatedTarget.add(t);
    }
    const a = node(srcNode, s);
    const b = node(tgtNode, t);
    uf.union(a, b, MAX_COMPONENT);
    entryWeight.push([a, e.weight, e.origin === 'learned']);
  }
  const weights = new Map<number, number>();
  const learned = new Set<number>();
  for (const [a, w, isLearned] of entryWeight) {
    const root = uf.find(a);
    weights.set(root, Math.max(weights.get(root) ?? 0, w));
    if (isLearned) learned.add(root);
  }
  for (const [a, , isLearned] of entryWeight) if (!isLearned) learned.delete(uf.find(a));
  const labels = new Map<number, string>();
  const toConcepts = (map: Map<string, number>, setLabel: boolean) => {
    const out = new Map<string, number[]>();
    for (const [term, id] of map) {
      const root = uf.find(id);
      out.set(term, [root]);
      if (setLabel && !labels.has(root)) labels.set(root, term);
    }
    return out;
  };
  const srcTerms = toConcepts(srcNode, false);
  const tgtTerms = toConcepts(tgtNode, true);
  return {
    source: makeSideMatcher(srcTerms, weights, learned, srcLang),
    target: makeSideMatcher(tgtTerms, weights, learned, tgtLang),
    label: (concept) => labels.get(concept) ?? String(concept),
  };
}
