import { describe, expect, it } from 'vitest';
import { alignSegments } from './align-segments';
import { alignWithMoves } from './align-with-moves';
import { findMovedLinks } from './find-moved-links';
import { EN, input, KO, KO_EN } from './testing/moved-paragraph-story';

describe('alignWithMoves', () => {
  it('gives what alignSegments followed by findMovedLinks gives, on one prepared document', () => {
    const source = input(KO);
    const target = input(EN);
    const monotonic = alignSegments(source, target, KO_EN);
    const separate = findMovedLinks(source, target, monotonic, KO_EN);
    const together = alignWithMoves(source, target, KO_EN);
    expect(together.monotonic).toEqual(monotonic);
    expect(together.beads).toEqual(separate.beads);
    expect(together.moves).toEqual(separate.moves);
    expect(together.moves.length).toBeGreaterThan(0);
  });

  it('reports the pass between the alignment and the moves, with its counted work', () => {
    const events: string[] = [];
    alignWithMoves(input(KO), input(EN), KO_EN, undefined, {
      aligned: () => events.push('aligned'),
      work: (w) => events.push(`work ${w.alignedPairs > 0 ? 'searched' : 'idle'}`),
    });
    expect(events).toEqual(['aligned', 'work searched']);
  });

  it('does not change its input', () => {
    const source = input(KO);
    const target = input(EN);
    const before = JSON.stringify({ source, target });
    alignWithMoves(source, target, KO_EN);
    expect(JSON.stringify({ source, target })).toBe(before);
  });
});
