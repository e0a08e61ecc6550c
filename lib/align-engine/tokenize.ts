// Word tokens for feature extraction. Korean words lose their trailing particles (정부는 -> 정부);
// Latin words are lower-cased and stripped of diacritics; a crude English lemma serves lexicon lookups.

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;

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

export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
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
