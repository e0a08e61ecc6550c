// Word tokens for feature extraction. Korean words lose their trailing particles (정부는 -> 정부);
// Latin words are lower-cased and stripped of diacritics; a crude English lemma serves lexicon lookups.

// Longest first. Particles and copula endings that follow nouns and names in news Korean.
const KOREAN_PARTICLES = [
  '에서부터',
  '으로부터',
  '이라고',
  '에서는',
  '에서도',
  '에게서',
  '으로는',
  '으로서',
  '으로써',
  '까지는',
  '부터는',
  '이라는',
  '이라며',
  '에서',
  '에게',
  '으로',
  '까지',
  '부터',
  '보다',
  '처럼',
  '라고',
  '라는',
  '라며',
  '에는',
  '와는',
  '과는',
  '이나',
  '이며',
  '이다',
  '였다',
  '이었',
  '측은',
  '씨는',
  '씨가',
  '씨의',
  '씨를',
  '씨',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '도',
  '로',
  '만',
  '께',
  '랑',
  '측',
];

// A word is a run of letters, marks and numbers, runs joined by one ' ’ . or - (don't, U.S., Jae-in): what the
// regex `[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*` (u, g) matches, leftmost and longest; read with a
// scanner, which costs a fifth of the regex on long documents (decision 036, addendum; tokenize.test.ts checks
// the two agree).
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;
/** Per UTF-16 code unit: 0 not yet classified, 1 a word character (letter, mark or number), 2 not. */
const unitClass = new Uint8Array(0x10000);

function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xac00 && c <= 0xd7a3) return true; // Hangul syllables
  let kind = unitClass[c];
  // the regex itself decides, once per code unit (a lone surrogate is no letter)
  if (kind === 0) unitClass[c] = kind = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1;
}

/** Code units of the word character (as the `u` regex reads code points) at `k`: 1, 2 (a surrogate pair) or 0 (none). */
function wordCharAt(text: string, k: number): number {
  if (k >= text.length) return 0;
  const c = text.charCodeAt(k);
  if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
    const low = text.charCodeAt(k + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(k, k + 2)) ? 2 : 0;
  }
  return isWordUnit(c) ? 1 : 0;
}

/** ' ’ . - join two runs of word characters into one word (don't, U.S., Jae-in). */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d;
}

/** Fills `spans` with the start and end of each word of `text`, in order: [start0, end0, start1, end1, …]. */
export function wordSpans(text: string, spans: number[]): void {
  spans.length = 0;
  let k = 0;
  while (k < text.length) {
    let w = wordCharAt(text, k);
    if (w === 0) {
      k++;
      continue;
    }
    const start = k;
    k += w;
    for (;;) {
      while ((w = wordCharAt(text, k)) > 0) k += w;
      if (isJoiner(text.charCodeAt(k)) && (w = wordCharAt(text, k + 1)) > 0) k += 1 + w;
      else break;
    }
    spans.push(start, k);
  }
}

const spansOf: number[] = [];

export function wordTokens(text: string): string[] {
  wordSpans(text, spansOf);
  const words: string[] = new Array(spansOf.length / 2);
  for (let x = 0; x < spansOf.length; x += 2) words[x / 2] = text.slice(spansOf[x], spansOf[x + 1]);
  return words;
}

const ASCII = /^[\x00-\x7f]*$/;

export function foldLatin(word: string): string {
  // ASCII has no marks to strip and is its own NFD: only the case changes
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** `minStem`: shortest stem left (2 by default: a one-syllable "stem" is usually part of the word). */
export function stripKoreanParticle(word: string, minStem = 2): string {
  for (const p of KOREAN_PARTICLES) {
    if (word.length >= p.length + minStem && word.endsWith(p)) return word.slice(0, -p.length);
  }
  return word;
}

/** Candidate base forms of an English word, most specific first ("cities" -> cities, city). */
export function englishLemmas(lower: string): string[] {
  const out = [lower];
  const w = lower.replace(/['’]s$/, '');
  if (w !== lower) out.push(w);
  if (w.endsWith('ies') && w.length > 4) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es') && w.length > 4) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) out.push(w.slice(0, -1));
  if (w.endsWith('ied') && w.length > 4) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed') && w.length > 4) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing') && w.length > 5) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  return out;
}

export function hasHangul(text: string): boolean {
  return /[\uac00-\ud7a3]/.test(text);
}

export function isLatinWord(word: string): boolean {
  return /^[\p{Script=Latin}\d'’.-]+$/u.test(word) && /\p{L}/u.test(word);
}
