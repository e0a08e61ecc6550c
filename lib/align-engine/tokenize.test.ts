import { describe, expect, it } from 'vitest';
import { foldLatin, wordTokens } from './tokenize';

// What a word is, as a regex (u, g; leftmost and longest): the scanner behind wordTokens must find exactly its
// matches (decision 036, addendum).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;

describe('wordTokens', () => {
  const texts = [
    '',
    '   ',
    '정부는 3조2천억원을 투입한다고 밝혔다.',
    "Moon Jae-in said the U.S. won't back down -- 'never'.",
    'rock-n-roll ... a.b. .a. -a- a--b a..b a’s ’a a’',
    'Expédition à l’Himalaya, 1953: «Ça va?»',
    'Ünïcödé marks: e\u0301 n\u0303 (combining), ½ ² Ⅻ ٣ ३',
    '한자 漢字 かな カナ ｶﾅ Ｆｕｌｌ',
    'astral 𝒜𝒷𝒸 letters, 😀 emoji, a😀b, x\ud835 lone \udc9c surrogates',
    'ends in a joiner- or a quote’',
    'tab\tnewline\nno-break\u00a0space',
    '1,234.5 3.2% $50m £3bn 4월10일',
  ];
  it.each(texts)('finds what the word regex finds: %j', (text) => {
    expect(wordTokens(text)).toEqual(text.match(WORD) ?? []);
  });

  it('finds what the word regex finds on a long mixed text', () => {
    const text = Array.from({ length: 2000 }, (_, k) => `w${k} 단어${k}는 e\u0301x-${k}. ’q’ 😀${k}`).join(' ');
    expect(wordTokens(text)).toEqual(text.match(WORD));
  });
});

describe('foldLatin', () => {
  it.each([
    ['Government', 'government'],
    ["O'Brien", "o'brien"],
    ['U.S.-led', 'u.s.-led'],
    ['Expédition', 'expedition'],
    ['ÉMILE', 'emile'],
    ['Köln', 'koln'],
    ['e\u0301', 'e'],
    ['İstanbul', 'istanbul'],
    ['', ''],
  ])('%j -> %j (ASCII only lower-cased; other words lose their marks)', (word, folded) => {
    expect(foldLatin(word)).toBe(folded);
    expect(foldLatin(word)).toBe(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  });
});
