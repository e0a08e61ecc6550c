import { diffWordsWithSpace } from 'diff';
import { describe, expect, it } from 'vitest';
import { MAX_WORD_EDITS, type WordDiffPart, diffSideText, diffWords } from './word-diff';

const cases: { name: string; before: string; after: string; expected: WordDiffPart[] }[] = [
  { name: 'identical', before: 'Seoul', after: 'Seoul', expected: [{ kind: 'same', text: 'Seoul' }] },
  { name: 'both empty', before: '', after: '', expected: [] },
  { name: 'from empty', before: '', after: 'New text', expected: [{ kind: 'added', text: 'New text' }] },
  {
    name: 'one English word replaced',
    before: 'The bank raised rates.',
    after: 'The bank cut rates.',
    expected: [
      { kind: 'same', text: 'The bank ' },
      { kind: 'removed', text: 'raised' },
      { kind: 'added', text: 'cut' },
      { kind: 'same', text: ' rates.' },
    ],
  },
  {
    name: 'Korean word (eojeol) replaced as a whole',
    before: '서울시는 예산을 늘렸다.',
    after: '서울시가 예산을 늘렸다.',
    expected: [
      { kind: 'removed', text: '서울시는' },
      { kind: 'added', text: '서울시가' },
      { kind: 'same', text: ' 예산을 늘렸다.' },
    ],
  },
  {
    name: 'numbers are words',
    before: '2024년 10월',
    after: '2025년 10월',
    expected: [
      { kind: 'removed', text: '2024년' },
      { kind: 'added', text: '2025년' },
      { kind: 'same', text: ' 10월' },
    ],
  },
  {
    name: 'whitespace change is visible',
    before: 'a  b',
    after: 'a b',
    expected: [
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: '  ' },
      { kind: 'added', text: ' ' },
      { kind: 'same', text: 'b' },
    ],
  },
  {
    name: 'punctuation is its own token',
    before: 'Yes, "quoted"',
    after: 'Yes; "quoted"',
    expected: [
      { kind: 'same', text: 'Yes' },
      { kind: 'removed', text: ',' },
      { kind: 'added', text: ';' },
      { kind: 'same', text: ' "quoted"' },
    ],
  },
];

describe('diffWords', () => {
  it.each(cases)('$name', ({ before, after, expected }) => {
    const parts = diffWords(before, after);
    expect(parts).toEqual(expected);
    expect(diffSideText(parts, 'before')).toBe(before);
    expect(diffSideText(parts, 'after')).toBe(after);
  });

  it('treats Hangul as words where diffWordsWithSpace splits it into syllables', () => {
    const jsdiff = diffWordsWithSpace('서울시는', '서울시가');
    expect(jsdiff.filter((change) => !change.added && !change.removed).map((change) => change.value)).toEqual(['서울시']);
    expect(diffWords('서울시는', '서울시가').map((part) => part.kind)).toEqual(['removed', 'added']);
  });

  it('gives up cleanly on hostile input instead of running long', () => {
    const before = Array.from({ length: MAX_WORD_EDITS * 2 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: MAX_WORD_EDITS * 2 }, (_, i) => `b${i}`).join(' ');
    expect(diffWords(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });
});
