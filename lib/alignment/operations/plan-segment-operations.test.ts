import { describe, expect, it } from 'vitest';
import type { Alignment } from '../types';
import { given } from '../testing/alignment-fixtures';
import { applyOperation } from './apply-operation';
import { applyChecked, type OperationCase, runCase } from '../testing/operation-test-kit';
import { joinTexts } from './plan-segment-operations';

const DOC = ['b1: s1 = t1', 'b2: s2 s3 = t2', 'b3: = t3', 'b4: s4 = t4'];
const TEXTS = {
  s1: '정부는 예산을 늘렸다. 야당은 반대했다.',
  t1: 'The government raised the budget.',
  s4: '🙂 끝',
};

const texts = (alignment: Alignment) =>
  Object.fromEntries([...alignment.source, ...alignment.target].map((segment) => [segment.id, segment.text]));

const splitSegments: (OperationCase & { texts?: Record<string, string>; after?: Record<string, string> })[] = [
  {
    name: 'splits a Korean segment after the full stop; the new segment follows in the same bead',
    beads: DOC,
    texts: TEXTS,
    op: { type: 'splitSegment', segmentId: 's1', offset: 12 },
    expected: ['b1 edited: s1 n1 = t1', 'b2 auto: s2 s3 = t2', 'b3 auto: = t3', 'b4 auto: s4 = t4'],
    after: { s1: '정부는 예산을 늘렸다.', n1: '야당은 반대했다.' },
  },
  {
    name: 'an offset inside the whitespace gives the same halves',
    beads: DOC,
    texts: TEXTS,
    op: { type: 'splitSegment', segmentId: 's1', offset: 13 },
    expected: ['b1 edited: s1 n1 = t1', 'b2 auto: s2 s3 = t2', 'b3 auto: = t3', 'b4 auto: s4 = t4'],
    after: { s1: '정부는 예산을 늘렸다.', n1: '야당은 반대했다.' },
  },
  {
    name: 'a target segment in the middle of its bead',
    beads: ['b1: s1 = t1 t2'],
    texts: { t1: 'One. Two.' },
    op: { type: 'splitSegment', segmentId: 't1', offset: 4 },
    expected: ['b1 edited: s1 = t1 n1 t2'],
    after: { t1: 'One.', n1: 'Two.' },
  },
  {
    name: 'refuses offset 0',
    beads: DOC,
    texts: TEXTS,
    op: { type: 'splitSegment', segmentId: 's1', offset: 0 },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses an offset at the end',
    beads: DOC,
    texts: TEXTS,
    op: { type: 'splitSegment', segmentId: 't1', offset: 33 },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses an offset past the end',
    beads: DOC,
    texts: TEXTS,
    op: { type: 'splitSegment', segmentId: 't1', offset: 99 },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses an offset inside an emoji',
    beads: DOC,
    texts: TEXTS,
    op: { type: 'splitSegment', segmentId: 's4', offset: 1 },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses a cut that leaves only whitespace',
    beads: DOC,
    texts: { s2: 'Word    ' },
    op: { type: 'splitSegment', segmentId: 's2', offset: 5 },
    expected: 'INVALID_OPERATION',
  },
  { name: 'refuses an unknown segment', beads: DOC, op: { type: 'splitSegment', segmentId: 's0', offset: 1 }, expected: 'NOT_FOUND' },
];

const joins: (OperationCase & { after?: Record<string, string> })[] = [
  {
    name: 'joins within one bead',
    beads: DOC,
    op: { type: 'joinSegments', segmentId: 's2' },
    expected: ['b1 auto: s1 = t1', 'b2 edited: s2 = t2', 'b3 auto: = t3', 'b4 auto: s4 = t4'],
    after: { s2: 'Sentence s2. Sentence s3.' },
  },
  {
    name: 'joins across beads: the beads from first to second merge, keeping every translation',
    beads: ['b1: s1 = t1', 'b2: = t2', 'b3: s2 = t3', 'b4: s3 = t4'],
    op: { type: 'joinSegments', segmentId: 's1' },
    expected: ['b1 edited: s1 = t1 t2 t3', 'b4 auto: s3 = t4'],
    after: { s1: 'Sentence s1. Sentence s2.' },
  },
  {
    name: 'joins target segments of neighbouring beads',
    beads: DOC,
    op: { type: 'joinSegments', segmentId: 't2' },
    expected: ['b1 auto: s1 = t1', 'b2 edited: s2 s3 = t2', 'b4 auto: s4 = t4'],
    after: { t2: 'Sentence t2. Sentence t3.' },
  },
  {
    name: 'refuses the last segment of its side',
    beads: DOC,
    op: { type: 'joinSegments', segmentId: 't4' },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses when a bead to merge is excluded',
    beads: ['b1: s1 = t1', 'b2 excluded: = t2', 'b3: s2 = t3'],
    op: { type: 'joinSegments', segmentId: 's1' },
    expected: 'INVALID_OPERATION',
  },
  { name: 'refuses an unknown segment', beads: DOC, op: { type: 'joinSegments', segmentId: 'x' }, expected: 'NOT_FOUND' },
];

const edits: (OperationCase & { after?: Record<string, string> })[] = [
  {
    name: 'edits the text and marks the bead edited',
    beads: DOC,
    op: { type: 'editText', segmentId: 't1', text: 'The government cut the budget.' },
    expected: ['b1 edited: s1 = t1', 'b2 auto: s2 s3 = t2', 'b3 auto: = t3', 'b4 auto: s4 = t4'],
    after: { t1: 'The government cut the budget.' },
  },
  {
    name: 'the same text is a no-op',
    beads: DOC,
    op: { type: 'editText', segmentId: 't1', text: 'Sentence t1.' },
    expected: ['b1 auto: s1 = t1', 'b2 auto: s2 s3 = t2', 'b3 auto: = t3', 'b4 auto: s4 = t4'],
  },
  {
    name: 'reopens an approved bead',
    beads: ['b1 approved: s1 = t1'],
    op: { type: 'editText', segmentId: 's1', text: '고친 문장 & <태그> "인용"' },
    expected: ['b1 edited: s1 = t1'],
    after: { s1: '고친 문장 & <태그> "인용"' },
  },
  { name: 'refuses blank text', beads: DOC, op: { type: 'editText', segmentId: 't1', text: ' \n ' }, expected: 'INVALID_OPERATION' },
  {
    name: 'refuses a segment of an excluded bead',
    beads: ['b1 excluded: s1 = t1'],
    op: { type: 'editText', segmentId: 's1', text: 'x' },
    expected: 'INVALID_OPERATION',
  },
  { name: 'refuses an unknown segment', beads: DOC, op: { type: 'editText', segmentId: 'x', text: 'x' }, expected: 'NOT_FOUND' },
];

describe.each([
  { operation: 'splitSegment', cases: splitSegments },
  { operation: 'joinSegments', cases: joins },
  { operation: 'editText', cases: edits },
])('$operation', ({ cases }) => {
  it.each(cases)('$name', (row) => {
    const result = runCase(row);
    if (result !== null && row.after !== undefined) expect(texts(result.alignment)).toMatchObject(row.after);
  });
});

describe('segment changes', () => {
  it('keeps the paragraph and side of a split segment', () => {
    const { alignment, ctx } = given(DOC, TEXTS);
    const result = applyChecked(alignment, { type: 'splitSegment', segmentId: 's1', offset: 12 }, ctx);
    expect(result.alignment.source.slice(0, 2)).toEqual([
      { id: 's1', side: 'source', paragraph: 0, text: '정부는 예산을 늘렸다.' },
      { id: 'n1', side: 'source', paragraph: 0, text: '야당은 반대했다.' },
    ]);
    expect(result.changed.segments).toEqual([
      { id: 's1', kind: 'updated' },
      { id: 'n1', kind: 'added' },
    ]);
  });

  it('reports no change for a no-op edit, so the server can skip logging it', () => {
    const { alignment, ctx } = given(DOC);
    const result = applyOperation(alignment, { type: 'editText', segmentId: 's1', text: 'Sentence s1.' }, ctx);
    expect(result.alignment).toBe(alignment);
    expect(result.changed).toEqual({ beads: [], segments: [] });
  });
});

describe('joinTexts', () => {
  it.each([
    { a: 'One.', b: 'Two.', joined: 'One. Two.' },
    { a: '하나.', b: '둘.', joined: '하나. 둘.' },
    { a: 'One. ', b: 'Two.', joined: 'One. Two.' },
    { a: 'One.', b: '\nTwo.', joined: 'One.\nTwo.' },
    { a: '', b: 'Two.', joined: 'Two.' },
  ])('$a + $b', ({ a, b, joined }) => {
    expect(joinTexts(a, b)).toBe(joined);
  });
});
