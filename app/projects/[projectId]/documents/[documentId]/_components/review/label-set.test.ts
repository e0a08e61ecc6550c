import { describe, expect, it } from 'vitest';
import { labelForKey, toggleLabel } from './label-set';

describe('toggleLabel', () => {
  it.each([
    { labels: [], label: 'style', expected: ['style'] },
    { labels: ['style'], label: 'style', expected: [] },
    { labels: ['rewrite'], label: 'omission', expected: ['omission', 'rewrite'] },
    { labels: ['omission', 'rewrite', 'exclude-from-tm'], label: 'rewrite', expected: ['omission', 'exclude-from-tm'] },
    // Something the vocabulary no longer has is dropped rather than sent back to a server that refuses it.
    { labels: ['obsolete', 'style'], label: 'terminology', expected: ['terminology', 'style'] },
  ] as const)('$labels + $label → $expected', ({ labels, label, expected }) => {
    expect(toggleLabel(labels, label)).toEqual(expected);
  });
});

describe('labelForKey', () => {
  it.each([
    ['1', 'omission'],
    ['7', 'exclude-from-tm'],
    ['8', null],
    ['0', null],
    ['a', null],
    ['12', null],
  ])('%s → %s', (key, expected) => {
    expect(labelForKey(key)).toBe(expected);
  });
});
