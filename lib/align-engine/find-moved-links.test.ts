import { describe, expect, it } from 'vitest';
import { alignSegments } from './align-segments';
import { InvalidBeadsError } from './errors';
import { findMovedLinks, findMovedLinksCounted, MAX_CANDIDATE_PAIRS, MAX_CLUSTERS, MAX_RUN, SEED_REACH } from './find-moved-links';
import { MAX_POSTING } from './moved-candidates';
import type { EngineBead } from './types';
import { EN, input, KO, KO_EN } from './testing/moved-paragraph-story';

const key = (b: { source: number[]; target: number[] }) => `[${b.source.join(',')}]:[${b.target.join(',')}]`;

describe('findMovedLinks', () => {
  it('links a moved paragraph whose sentences the monotonic pass left one-sided', () => {
    const source = input(KO);
    const target = input(EN);
    const beads = alignSegments(source, target, KO_EN);
    const keys = beads.map(key);
    // the monotonic pass can only show the move as omissions plus additions
    for (const k of ['[3]:[]', '[4]:[]', '[]:[6]', '[]:[7]']) expect(keys).toContain(k);
    const { moves } = findMovedLinks(source, target, beads, KO_EN);
    expect(moves.map(key)).toEqual(['[3]:[6]', '[4]:[7]']);
    for (const m of moves) {
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThan(0.9);
      expect(m.reason).toMatch(/^moved; /);
    }
    expect(moves[0].reason).toMatch(/numbers .*4,000,000,000,000/);
  });

  it('moved segments come back one-sided in the returned beads, every segment once, input unchanged', () => {
    const source = input(KO);
    const target = input(EN);
    const beads = alignSegments(source, target, KO_EN);
    const before = JSON.stringify(beads);
    const result = findMovedLinks(source, target, beads, KO_EN);
    expect(JSON.stringify(beads)).toBe(before);
    const omitted = new Set(result.beads.filter((b) => b.target.length === 0).flatMap((b) => b.source));
    const added = new Set(result.beads.filter((b) => b.source.length === 0).flatMap((b) => b.target));
    const usedS = result.moves.flatMap((m) => m.source);
    const usedT = result.moves.flatMap((m) => m.target);
    expect(usedS.every((i) => omitted.has(i))).toBe(true);
    expect(usedT.every((j) => added.has(j))).toBe(true);
    expect(new Set(usedS).size).toBe(usedS.length);
    expect(new Set(usedT).size).toBe(usedT.length);
    expect(result.beads.flatMap((b) => b.source)).toEqual(KO.map((_, k) => k));
    expect(result.beads.flatMap((b) => b.target)).toEqual(EN.map((_, k) => k));
  });

  it('takes a moved sentence out of a weak link the monotonic pass forced it into, and realigns the rest', () => {
    // as the monotonic pass does when a moved sentence has a length-fitting neighbour: Korean 4 (the moved
    // quote) glued to the stock-price sentence as a weak 2-1; before decision 028 the pass saw only Korean 3
    // one-sided, a lone sentence, and linked nothing
    const source = input(KO);
    const target = input(EN);
    const beads: EngineBead[] = [
      ...[0, 1, 2].map((k) => ({ source: [k], target: [k], confidence: 0.98, reason: '' })),
      { source: [3], target: [], confidence: 0.89, reason: '' },
      { source: [4, 5], target: [3], confidence: 0.45, reason: '' },
      { source: [6], target: [4], confidence: 0.89, reason: '' },
      { source: [7], target: [5], confidence: 0.945, reason: '' },
      { source: [], target: [6], confidence: 0.89, reason: '' },
      { source: [], target: [7], confidence: 0.89, reason: '' },
    ];
    const result = findMovedLinks(source, target, beads, KO_EN);
    expect(result.moves.map(key)).toEqual(['[3]:[6]', '[4]:[7]']);
    const keys = result.beads.map(key);
    // what is left of the weak link is aligned again: the stock-price sentence with its translation
    expect(keys).toContain('[5]:[3]');
    for (const k of ['[3]:[]', '[4]:[]', '[]:[6]', '[]:[7]']) expect(keys).toContain(k);
    expect(keys.filter((k) => k.startsWith('[0]') || k.startsWith('[1]') || k.startsWith('[2]'))).toEqual([
      '[0]:[0]',
      '[1]:[1]',
      '[2]:[2]',
    ]);
  });

  it('finds nothing in an alignment without omissions and additions', () => {
    const source = input(KO.slice(0, 3));
    const target = input(EN.slice(0, 3));
    const beads: EngineBead[] = [0, 1, 2].map((k) => ({ source: [k], target: [k], confidence: 1, reason: '' }));
    expect(findMovedLinks(source, target, beads, KO_EN).moves).toEqual([]);
  });

  it('does not link one-sided sentences that sit where they belong (a substitution is not a move)', () => {
    // Korean 3-4 dropped and English 6-7 put at the same place: nothing crosses, so no move
    const source = input(KO);
    const target = input([...EN.slice(0, 6), ...EN.slice(6)]);
    const beads: EngineBead[] = [
      ...[0, 1, 2].map((k) => ({ source: [k], target: [k], confidence: 1, reason: '' })),
      { source: [3], target: [], confidence: 1, reason: '' },
      { source: [4], target: [], confidence: 1, reason: '' },
      { source: [], target: [3], confidence: 1, reason: '' },
      { source: [], target: [4], confidence: 1, reason: '' },
      { source: [5], target: [5], confidence: 1, reason: '' },
      { source: [6], target: [6], confidence: 1, reason: '' },
      { source: [7], target: [7], confidence: 1, reason: '' },
    ];
    expect(findMovedLinks(source, target, beads, KO_EN).moves).toEqual([]);
  });
});

describe('findMovedLinks on bad and hostile input', () => {
  const source = input(KO.slice(0, 2));
  const target = input(EN.slice(0, 2));
  const bead = (s: number[], t: number[]): EngineBead => ({ source: s, target: t, confidence: 1, reason: '' });

  it.each([
    ['an index past the end', [bead([0], []), bead([5], []), bead([], [0]), bead([], [1])]],
    ['a negative index', [bead([-1], []), bead([], [0])]],
    ['a fractional index', [bead([0.5], []), bead([], [0])]],
    ['an index in two beads', [bead([0], []), bead([0], [1]), bead([], [0])]],
    ['a bead with a gap', [bead([0], [0, 2]), bead([1], [1])]],
    ['links out of order', [bead([0], [1]), bead([1], [0])]],
  ])('refuses %s with a typed error', (_name, beads) => {
    expect(() => findMovedLinks(source, target, beads, KO_EN)).toThrow(InvalidBeadsError);
  });

  it('does bounded work however many weak links share anchors: pairs, cells and score updates counted', () => {
    // 600 sentences a side, every link weak (confidence 0.5), so every segment is a candidate; the numbers
    // repeat every 60 sentences, so each window shares anchors with about twenty windows on the other side
    const n = 600;
    const src = Array.from({ length: n }, (_, k) => ({ text: `청림전자는 ${1000 + (k % 60)}억원과 ${3000 + (k % 60)}명을 발표했다.` }));
    const tgt = Array.from({ length: n }, (_, k) => ({
      text: `Cheongnim Electronics announced ${1000 + (k % 60)}00 million won and ${3000 + (k % 60)} people.`,
    }));
    const beads: EngineBead[] = Array.from({ length: n }, (_, k) => bead([k], [k]));
    for (const b of beads) b.confidence = 0.5;
    const { beads: out, moves, work } = findMovedLinksCounted(src, tgt, beads, KO_EN);
    expect(work.alignedPairs).toBeGreaterThan(0);
    // per run pair: the seed table, then at most MAX_CLUSTERS x SEED_REACH searches, each inside the pair
    const searches = MAX_CANDIDATE_PAIRS * MAX_CLUSTERS * SEED_REACH;
    expect(work.alignedPairs).toBeLessThanOrEqual(searches);
    expect(work.pairCells).toBeLessThanOrEqual((MAX_CANDIDATE_PAIRS + searches) * MAX_RUN * MAX_RUN);
    expect(work.rankedFeatures).toBeGreaterThan(0);
    expect(work.scoreUpdates).toBeLessThanOrEqual(MAX_POSTING * work.rankedFeatures);
    // each source segment is read by at most two overlapping windows
    expect(work.rankedFeatures).toBeLessThanOrEqual(2 * n * 20);
    expect(work.realignedSegments).toBeLessThanOrEqual(2 * n);
    const usedS = moves.flatMap((m) => m.source);
    expect(new Set(usedS).size).toBe(usedS.length);
    expect(out.flatMap((b) => b.source).sort((a, b) => a - b)).toEqual(src.map((_, k) => k));
  });
});
