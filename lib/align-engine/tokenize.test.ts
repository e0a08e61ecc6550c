import { describe, expect, it } from 'vitest';
import { foldLatin } from './tokenize';

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
