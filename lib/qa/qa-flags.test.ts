import { describe, expect, it } from 'vitest';
import { checkDocument, createQaCache } from './check-document';
import { openFlags, qaFingerprint, segmentSpans, toFlags } from './qa-flags';
import type { QaBead } from './types';

const ko = { sourceLang: 'ko', targetLang: 'en' } as const;
const wrong: QaBead = { source: '시위에는 4만2천 명이 참가했다.', target: 'Some 24,000 people joined the protest.' };

describe('qaFingerprint', () => {
  it('names a flag by its check and the disagreeing words', () => {
    const [finding] = checkDocument([wrong], ko)[0];
    expect(qaFingerprint(finding, wrong)).toBe('number:4만2천>24,000');
  });

  it('changes when the disagreeing words change, so a dismissal lapses', () => {
    const other = { ...wrong, target: 'Some 25,000 people joined the protest.' };
    const [a] = checkDocument([wrong], ko)[0];
    const [b] = checkDocument([other], ko)[0];
    expect(qaFingerprint(a, wrong)).not.toBe(qaFingerprint(b, other));
  });

  it('stays short and keeps its separators unambiguous on hostile text', () => {
    const bead = { source: '>|'.repeat(5000), target: 'x' };
    const fp = qaFingerprint({ check: 'glossary', source: [{ start: 0, end: 10000 }], target: [] }, bead);
    expect(fp.length).toBeLessThanOrEqual(600);
    expect(fp.split('>')).toHaveLength(2);
  });
});

describe('toFlags and openFlags', () => {
  it('marks a dismissed flag and leaves it out of the open ones', () => {
    const findings = checkDocument([wrong], ko)[0];
    const dismissed = new Map([['number:4만2천>24,000', { reason: 'Typo in the source', by: 'Rita', at: '2026-12-07T00:00:00.000Z' }]]);
    const flags = toFlags(findings, wrong, dismissed);
    expect(flags[0].dismissed?.reason).toBe('Typo in the source');
    expect(openFlags(flags)).toEqual([]);
    expect(openFlags(toFlags(findings, wrong, undefined))).toHaveLength(1);
  });
});

describe('segmentSpans', () => {
  it.each([
    ['inside the first segment', [{ start: 2, end: 5 }], ['abcdef', 'ghi'], [{ segment: 0, start: 2, end: 5 }]],
    ['inside the second (after the joining space)', [{ start: 7, end: 9 }], ['abcdef', 'ghi'], [{ segment: 1, start: 0, end: 2 }]],
    [
      'across the boundary',
      [{ start: 4, end: 9 }],
      ['abcdef', 'ghi'],
      [
        { segment: 0, start: 4, end: 6 },
        { segment: 1, start: 0, end: 2 },
      ],
    ],
    ['only the joining space', [{ start: 6, end: 7 }], ['abcdef', 'ghi'], []],
    ['past the end', [{ start: 20, end: 30 }], ['abc'], []],
  ])('%s', (_name, spans, texts, expected) => {
    expect(segmentSpans(spans, texts)).toEqual(expected);
  });
});

describe('checkDocument with a cache', () => {
  const beads: QaBead[] = [
    wrong,
    { source: '트럼프 대통령은 말했다.', target: 'President Trump said.' },
    { source: '트럼프는 웃었다.', target: 'Biden laughed.' },
    { source: '한은은 금리를 올리지 않았다.', target: 'The BOK raised rates.' },
    { source: '', target: 'An addition.' },
  ];

  it('answers exactly as without one, before and after a change', () => {
    const cache = createQaCache(ko);
    expect(checkDocument(beads, ko, cache)).toEqual(checkDocument(beads, ko));
    const changed = beads.map((b, i) => (i === 2 ? { ...b, target: 'Trump laughed.' } : b));
    expect(checkDocument(changed, ko, cache)).toEqual(checkDocument(changed, ko));
    expect(checkDocument(changed, ko, cache)[2]).toEqual([]);
  });

  it('works out a bead again only when its text changed (counted, not timed)', () => {
    const cache = createQaCache(ko);
    checkDocument(beads, ko, cache);
    const before = new Map(cache.beads);
    const changed = beads.map((b, i) => (i === 0 ? { ...b, target: 'Some 42,000 people joined the protest.' } : b));
    checkDocument(changed, ko, cache);
    const reused = [...cache.beads.entries()].filter(([key, work]) => before.get(key) === work);
    expect(reused).toHaveLength(beads.length - 1);
    expect(cache.beads.size).toBe(beads.length);
  });
});
