import { describe, expect, it } from 'vitest';
import { wordTokens } from './tokenize';
import { WordInterner } from './word-interner';

describe('WordInterner', () => {
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
  it.each(texts)('finds the tokens wordTokens finds: %j', (text) => {
    expect(new WordInterner().tokens(text)).toEqual(wordTokens(text));
  });

  it('keeps finding words after its table grows', () => {
    const words = new WordInterner();
    const text = Array.from({ length: 5000 }, (_, k) => `w${k} 단어${k}`).join(' ');
    expect(words.tokens(text)).toEqual(wordTokens(text));
    expect(words.tokens(text)).toEqual(wordTokens(text));
  });

  it('gives each distinct word one index, across texts', () => {
    const words = new WordInterner();
    const ids: number[] = [];
    expect(words.tokens('정부는 the government', ids)).toEqual(['정부는', 'the', 'government']);
    expect(ids).toEqual([0, 1, 2]);
    expect(words.tokens('The government of the 정부는', ids)).toEqual(['The', 'government', 'of', 'the', '정부는']);
    expect(ids).toEqual([3, 2, 4, 1, 0]);
  });
});
