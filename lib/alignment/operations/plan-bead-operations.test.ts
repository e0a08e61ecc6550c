import { describe, expect, it } from 'vitest';
import { given } from '../testing/alignment-fixtures';
import { applyChecked, type OperationCase, runCase } from '../testing/operation-test-kit';

// b1 is 1-1, b2 is 2-1, b3 is 0-1 (an addition in the English edition), b4 is 1-2.
const DOC = ['b1: s1 = t1', 'b2: s2 s3 = t2', 'b3: = t3', 'b4: s4 = t4 t5'];

const merges: OperationCase[] = [
  {
    name: 'merges with the next bead, keeping the first id',
    beads: DOC,
    op: { type: 'merge', beadId: 'b1' },
    expected: ['b1 edited: s1 s2 s3 = t1 t2', 'b3 auto: = t3', 'b4 auto: s4 = t4 t5'],
  },
  {
    name: 'absorbs a 0-1 bead',
    beads: DOC,
    op: { type: 'merge', beadId: 'b2' },
    expected: ['b1 auto: s1 = t1', 'b2 edited: s2 s3 = t2 t3', 'b4 auto: s4 = t4 t5'],
  },
  {
    name: 'reopens an approved bead',
    beads: ['b1 approved: s1 = t1', 'b2 confirmed: s2 = t2'],
    op: { type: 'merge', beadId: 'b1' },
    expected: ['b1 edited: s1 s2 = t1 t2'],
  },
  { name: 'refuses the last bead', beads: DOC, op: { type: 'merge', beadId: 'b4' }, expected: 'INVALID_OPERATION' },
  { name: 'refuses an unknown bead', beads: DOC, op: { type: 'merge', beadId: 'b9' }, expected: 'NOT_FOUND' },
  {
    name: 'refuses to merge into an excluded bead',
    beads: ['b1: s1 = t1', 'b2 excluded: s2 = t2'],
    op: { type: 'merge', beadId: 'b1' },
    expected: 'INVALID_OPERATION',
  },
];

const splits: OperationCase[] = [
  {
    name: '2-1 into 1-1 and 1-0',
    beads: DOC,
    op: { type: 'split', beadId: 'b2', sourceAt: 1, targetAt: 1 },
    expected: ['b1 auto: s1 = t1', 'b2 edited: s2 = t2', 'n1 edited: s3 =', 'b3 auto: = t3', 'b4 auto: s4 = t4 t5'],
  },
  {
    name: '1-2 into 1-1 and 0-1',
    beads: DOC,
    op: { type: 'split', beadId: 'b4', sourceAt: 1, targetAt: 1 },
    expected: ['b1 auto: s1 = t1', 'b2 auto: s2 s3 = t2', 'b3 auto: = t3', 'b4 edited: s4 = t4', 'n1 edited: = t5'],
  },
  {
    name: 'cut at 0 on one side only',
    beads: DOC,
    op: { type: 'split', beadId: 'b4', sourceAt: 0, targetAt: 1 },
    expected: ['b1 auto: s1 = t1', 'b2 auto: s2 s3 = t2', 'b3 auto: = t3', 'b4 edited: = t4', 'n1 edited: s4 = t5'],
  },
  { name: 'refuses 0/0', beads: DOC, op: { type: 'split', beadId: 'b2', sourceAt: 0, targetAt: 0 }, expected: 'INVALID_OPERATION' },
  { name: 'refuses all/all', beads: DOC, op: { type: 'split', beadId: 'b2', sourceAt: 2, targetAt: 1 }, expected: 'INVALID_OPERATION' },
  {
    name: 'refuses a cut past the end',
    beads: DOC,
    op: { type: 'split', beadId: 'b2', sourceAt: 3, targetAt: 0 },
    expected: 'INVALID_OPERATION',
  },
  { name: 'refuses an unknown bead', beads: DOC, op: { type: 'split', beadId: 'x', sourceAt: 1, targetAt: 0 }, expected: 'NOT_FOUND' },
];

const relinks: OperationCase[] = [
  {
    name: '1-1 + 2-1 becomes 2-1 + 1-1',
    beads: DOC,
    op: { type: 'relink', beadIds: ['b1', 'b2'], sourceAt: 2, targetAt: 1 },
    expected: ['b1 edited: s1 s2 = t1', 'b2 edited: s3 = t2', 'b3 auto: = t3', 'b4 auto: s4 = t4 t5'],
  },
  {
    name: 'any n:m, including n-0',
    beads: DOC,
    op: { type: 'relink', beadIds: ['b1', 'b2'], sourceAt: 1, targetAt: 2 },
    expected: ['b1 edited: s1 = t1 t2', 'b2 edited: s2 s3 =', 'b3 auto: = t3', 'b4 auto: s4 = t4 t5'],
  },
  {
    name: 'the same partition changes nothing',
    beads: DOC,
    op: { type: 'relink', beadIds: ['b1', 'b2'], sourceAt: 1, targetAt: 1 },
    expected: ['b1 auto: s1 = t1', 'b2 auto: s2 s3 = t2', 'b3 auto: = t3', 'b4 auto: s4 = t4 t5'],
  },
  {
    name: 'refuses beads that are not adjacent',
    beads: DOC,
    op: { type: 'relink', beadIds: ['b1', 'b3'], sourceAt: 1, targetAt: 1 },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses beads in reverse order',
    beads: DOC,
    op: { type: 'relink', beadIds: ['b2', 'b1'], sourceAt: 1, targetAt: 1 },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses an empty first bead',
    beads: DOC,
    op: { type: 'relink', beadIds: ['b1', 'b2'], sourceAt: 0, targetAt: 0 },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses an empty second bead',
    beads: DOC,
    op: { type: 'relink', beadIds: ['b1', 'b2'], sourceAt: 3, targetAt: 2 },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses an unknown bead',
    beads: DOC,
    op: { type: 'relink', beadIds: ['b1', 'zz'], sourceAt: 1, targetAt: 1 },
    expected: 'NOT_FOUND',
  },
];

const moves: OperationCase[] = [
  {
    name: 'first source segment up',
    beads: DOC,
    op: { type: 'move', segmentId: 's2', direction: 'up' },
    expected: ['b1 edited: s1 s2 = t1', 'b2 edited: s3 = t2', 'b3 auto: = t3', 'b4 auto: s4 = t4 t5'],
  },
  {
    name: 'last source segment down into a 0-1 bead',
    beads: DOC,
    op: { type: 'move', segmentId: 's3', direction: 'down' },
    expected: ['b1 auto: s1 = t1', 'b2 edited: s2 = t2', 'b3 edited: s3 = t3', 'b4 auto: s4 = t4 t5'],
  },
  {
    name: 'a bead left empty disappears (up)',
    beads: DOC,
    op: { type: 'move', segmentId: 't3', direction: 'up' },
    expected: ['b1 auto: s1 = t1', 'b2 edited: s2 s3 = t2 t3', 'b4 auto: s4 = t4 t5'],
  },
  {
    name: 'a bead left empty disappears (down)',
    beads: DOC,
    op: { type: 'move', segmentId: 't3', direction: 'down' },
    expected: ['b1 auto: s1 = t1', 'b2 auto: s2 s3 = t2', 'b4 edited: s4 = t3 t4 t5'],
  },
  {
    name: 'refuses up from the first bead',
    beads: DOC,
    op: { type: 'move', segmentId: 's1', direction: 'up' },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses down from the last bead',
    beads: DOC,
    op: { type: 'move', segmentId: 't5', direction: 'down' },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses up when not first on its side (order)',
    beads: DOC,
    op: { type: 'move', segmentId: 's3', direction: 'up' },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses down when not last on its side (order)',
    beads: DOC,
    op: { type: 'move', segmentId: 's2', direction: 'down' },
    expected: 'INVALID_OPERATION',
  },
  { name: 'refuses an unknown segment', beads: DOC, op: { type: 'move', segmentId: 's9', direction: 'up' }, expected: 'NOT_FOUND' },
  {
    name: 'refuses to move into an excluded bead',
    beads: ['b1 excluded: s1 = t1', 'b2: s2 = t2'],
    op: { type: 'move', segmentId: 's2', direction: 'up' },
    expected: 'INVALID_OPERATION',
  },
];

const detaches: OperationCase[] = [
  {
    name: '1-1: the segment goes first, the other side stays',
    beads: DOC,
    op: { type: 'detach', segmentId: 's1' },
    expected: ['b1 edited: s1 =', 'n1 edited: = t1', 'b2 auto: s2 s3 = t2', 'b3 auto: = t3', 'b4 auto: s4 = t4 t5'],
  },
  {
    name: 'first of two: detached in front',
    beads: DOC,
    op: { type: 'detach', segmentId: 's2' },
    expected: ['b1 auto: s1 = t1', 'b2 edited: s2 =', 'n1 edited: s3 = t2', 'b3 auto: = t3', 'b4 auto: s4 = t4 t5'],
  },
  {
    name: 'last of two: detached behind',
    beads: DOC,
    op: { type: 'detach', segmentId: 't5' },
    expected: ['b1 auto: s1 = t1', 'b2 auto: s2 s3 = t2', 'b3 auto: = t3', 'b4 edited: s4 = t4', 'n1 edited: = t5'],
  },
  {
    name: 'middle: the bead splits in three, the other side stays with the part before',
    beads: ['b1: s1 s2 s3 = t1'],
    op: { type: 'detach', segmentId: 's2' },
    expected: ['b1 edited: s1 = t1', 'n1 edited: s2 =', 'n2 edited: s3 ='],
  },
  {
    name: 'refuses a segment that already stands alone',
    beads: DOC,
    op: { type: 'detach', segmentId: 't3' },
    expected: 'INVALID_OPERATION',
  },
  { name: 'refuses an unknown segment', beads: DOC, op: { type: 'detach', segmentId: 't9' }, expected: 'NOT_FOUND' },
];

describe.each([
  { operation: 'merge', cases: merges },
  { operation: 'split', cases: splits },
  { operation: 'relink', cases: relinks },
  { operation: 'move', cases: moves },
  { operation: 'detach', cases: detaches },
])('$operation', ({ cases }) => {
  it.each(cases)('$name', (row) => {
    runCase(row);
  });
});

describe('status rules of structural changes', () => {
  it('makes every touched bead manual, drops engine confidence and reason, keeps untouched beads as they were', () => {
    const { alignment } = given(DOC);
    const result = applyChecked(alignment, { type: 'split', beadId: 'b2', sourceAt: 1, targetAt: 1 });
    const [b1, b2, n1] = result.alignment.beads;
    expect(b1).toBe(alignment.beads[0]);
    for (const bead of [b2, n1]) {
      expect(bead).toMatchObject({ origin: 'manual', confidence: null, reason: null, status: 'edited' });
    }
  });

  it('tells the review workflow which approved beads it reopened', () => {
    const { alignment } = given(['b1 approved: s1 = t1', 'b2 approved: s2 = t2', 'b3: s3 = t3']);
    const result = applyChecked(alignment, { type: 'merge', beadId: 'b1' });
    expect(result.changed.beads).toEqual([
      { id: 'b1', kind: 'updated', previousStatus: 'approved', status: 'edited' },
      { id: 'b2', kind: 'removed', previousStatus: 'approved', status: null },
    ]);
  });
});
