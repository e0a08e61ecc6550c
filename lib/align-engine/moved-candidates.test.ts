import { describe, expect, it } from 'vitest';
import { candidateSegments, MAX_RUN, runsOf, wholeParagraph } from './moved-candidates';
import { prepareDocument } from './prepare-document';
import type { EngineBead } from './types';

const flags = (n: number, on: number[]) => Uint8Array.from({ length: n }, (_, k) => (on.includes(k) ? 1 : 0));
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

describe('runsOf', () => {
  it.each([
    [
      'separate stretches',
      flags(10, [1, 2, 5, 6, 7]),
      null,
      [
        { from: 1, to: 3 },
        { from: 5, to: 8 },
      ],
    ],
    [
      'a stretch longer than MAX_RUN becomes windows overlapping by half',
      flags(12, range(0, 12)),
      null,
      [
        { from: 0, to: 8 },
        { from: 4, to: 12 },
      ],
    ],
    [
      'a paragraph start cuts a stretch',
      flags(6, range(0, 6)),
      Int32Array.from([0, 0, 0, 1, 1, 1]),
      [
        { from: 0, to: 3 },
        { from: 3, to: 6 },
      ],
    ],
  ])('%s', (_name, candidate, paragraph, expected) => {
    expect(runsOf(candidate, paragraph)).toEqual(expected);
  });

  it('never makes a run longer than MAX_RUN', () => {
    for (const run of runsOf(flags(100, range(0, 100)), null)) expect(run.to - run.from).toBeLessThanOrEqual(MAX_RUN);
  });
});

describe('wholeParagraph', () => {
  const paragraph = Int32Array.from([0, 0, 1, 1, 1, 2]);
  it.each([
    [{ from: 2, to: 5 }, true],
    [{ from: 0, to: 2 }, true],
    [{ from: 2, to: 4 }, false],
    [{ from: 1, to: 3 }, false],
  ])('%j is a whole paragraph: %s', (run, expected) => {
    expect(wholeParagraph(run, paragraph)).toBe(expected);
  });
  it('is never true without paragraph marks', () => {
    expect(wholeParagraph({ from: 0, to: 2 }, null)).toBe(false);
  });
});

describe('candidateSegments', () => {
  const link = (s: number, t: number, confidence: number): EngineBead => ({ source: [s], target: [t], confidence, reason: '' });
  const beads = [link(0, 0, 0.99), link(1, 1, 0.5), { source: [2], target: [], confidence: 0.89, reason: '' }];

  it('takes one-sided segments and weak links when one side is Korean, never strong links', () => {
    const doc = prepareDocument([{ text: '가' }, { text: '나' }, { text: '다' }], [{ text: 'a' }, { text: 'b' }], {
      srcLang: 'ko',
      tgtLang: 'en',
    });
    const cand = candidateSegments(doc, beads);
    expect([...cand.source]).toEqual([0, 1, 1]);
    expect([...cand.target]).toEqual([0, 1]);
  });

  it('takes only one-sided segments without Korean (low confidences are ordinary there)', () => {
    const doc = prepareDocument([{ text: 'eins' }, { text: 'zwei' }, { text: 'drei' }], [{ text: 'un' }, { text: 'deux' }], {
      srcLang: 'de',
      tgtLang: 'fr',
    });
    const cand = candidateSegments(doc, beads);
    expect([...cand.source]).toEqual([0, 0, 1]);
    expect([...cand.target]).toEqual([0, 0]);
  });
});
