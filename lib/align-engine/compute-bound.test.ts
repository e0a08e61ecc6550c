import { describe, expect, it } from 'vitest';
import { alignSegments, MAX_TOTAL_CHARACTERS } from './align-segments';
import { AlignmentTooLargeError } from './errors';

const seg = (n: number, word: string) => Array.from({ length: n }, (_, k) => ({ text: `${word} ${k} ${'x'.repeat(k % 17)}.` }));

describe('compute bound', () => {
  it('throws a typed error when the band would exceed maxCells', () => {
    let error: unknown;
    try {
      alignSegments(seg(60, 'a'), seg(60, 'b'), { srcLang: 'en', tgtLang: 'fr', maxCells: 1000 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AlignmentTooLargeError);
    expect((error as AlignmentTooLargeError).code).toBe('ALIGNMENT_TOO_LARGE');
  });

  it('refuses huge text before doing any work', () => {
    const huge = [{ text: 'x'.repeat(MAX_TOTAL_CHARACTERS + 1) }];
    expect(() => alignSegments(huge, [{ text: 'y' }], { srcLang: 'en', tgtLang: 'fr' })).toThrow(AlignmentTooLargeError);
  });

  it('uses a band on long documents: 6,000 segments stay within a small cell budget', () => {
    const beads = alignSegments(seg(3000, 'eins'), seg(3000, 'un'), { srcLang: 'de', tgtLang: 'fr', maxCells: 200_000 });
    expect(beads.flatMap((b) => b.source)).toHaveLength(3000);
    expect(beads.filter((b) => b.source.length === 1 && b.target.length === 1 && b.source[0] === b.target[0]).length).toBeGreaterThan(2900);
  });

  it('stays bounded on hostile input (one side empty, the other long)', () => {
    const beads = alignSegments(seg(5000, 'a'), [], { srcLang: 'en', tgtLang: 'fr', maxCells: 10_000 });
    expect(beads).toHaveLength(5000);
  });
});
