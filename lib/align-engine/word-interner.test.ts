import { describe, expect, it } from 'vitest';
import { wordTokens } from './tokenize';
import { WordInterner } from './word-interner';

describe('WordInterner', () => {
  it('finds the tokens wordTokens finds', () => {
    const text = "정부는 3조2천억원을 투입한다고 밝혔다. Moon Jae-in said the U.S. won't back down; the U.S. 정부는 😀 a😀b";
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
