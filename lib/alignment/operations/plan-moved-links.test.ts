import { describe, expect, it } from 'vitest';
import { given } from '../testing/alignment-fixtures';
import type { Operation } from './operation-schema';
import { applyChecked, type OperationCase, runCase } from '../testing/operation-test-kit';

// The English edition moved the Korean paragraph s2 to the end (t4): monotonically it is an omission b2 and an
// addition b5.
const DOC = ['b1: s1 = t1', 'b2: s2 =', 'b3: s3 = t2', 'b4: s4 = t3', 'b5: = t4'];
const LINKED = ['b1: s1 = t1', 'b2 edited moved: s2 = t4', 'b3: s3 = t2', 'b4: s4 = t3'];

const linkCases: OperationCase[] = [
  {
    name: 'links an omission with a later addition at the omission place',
    beads: DOC,
    op: { type: 'linkMoved', beadIds: ['b2', 'b5'] },
    expected: ['b1 auto: s1 = t1', 'b2 edited moved: s2 = t4', 'b3 auto: s3 = t2', 'b4 auto: s4 = t3'],
  },
  {
    name: 'takes the beads in either order',
    beads: DOC,
    op: { type: 'linkMoved', beadIds: ['b5', 'b2'] },
    expected: ['b1 auto: s1 = t1', 'b2 edited moved: s2 = t4', 'b3 auto: s3 = t2', 'b4 auto: s4 = t3'],
  },
  {
    name: 'links an addition that comes before the omission (a paragraph moved up)',
    beads: ['b1: = t1 t2', 'b2: s1 = t3', 'b3: s2 = t4', 'b4: s3 s4 ='],
    op: { type: 'linkMoved', beadIds: ['b4', 'b1'] },
    expected: ['b2 auto: s1 = t3', 'b3 auto: s2 = t4', 'b4 edited moved: s3 s4 = t1 t2'],
  },
  {
    name: 'refuses two omissions',
    beads: ['b1: s1 =', 'b2: s2 = t1', 'b3: s3 ='],
    op: { type: 'linkMoved', beadIds: ['b1', 'b3'] },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses a linked bead',
    beads: DOC,
    op: { type: 'linkMoved', beadIds: ['b3', 'b5'] },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses neighbours (a plain merge does that)',
    beads: ['b1: s1 = t1', 'b2: s2 =', 'b3: = t2'],
    op: { type: 'linkMoved', beadIds: ['b2', 'b3'] },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses an excluded omission',
    beads: ['b1 excluded: s1 =', 'b2: s2 = t1', 'b3: = t2'],
    op: { type: 'linkMoved', beadIds: ['b1', 'b3'] },
    expected: 'INVALID_OPERATION',
  },
  { name: 'refuses an unknown bead', beads: DOC, op: { type: 'linkMoved', beadIds: ['b2', 'b9'] }, expected: 'NOT_FOUND' },
];

const unlinkCases: OperationCase[] = [
  {
    name: 'puts the target back as an addition after its target neighbour',
    beads: LINKED,
    op: { type: 'unlinkMoved', beadId: 'b2' },
    expected: ['b1 auto: s1 = t1', 'b2 edited: s2 =', 'b3 auto: s3 = t2', 'b4 auto: s4 = t3', 'n1 edited: = t4'],
  },
  {
    name: 'puts a target that comes first in front of everything',
    beads: ['b1: s1 = t3', 'b2 moved: s2 = t1 t2', 'b3: s3 = t4'],
    op: { type: 'unlinkMoved', beadId: 'b2' },
    expected: ['n1 edited: = t1 t2', 'b1 auto: s1 = t3', 'b2 edited: s2 =', 'b3 auto: s3 = t4'],
  },
  { name: 'refuses an ordinary bead', beads: LINKED, op: { type: 'unlinkMoved', beadId: 'b3' }, expected: 'INVALID_OPERATION' },
  {
    name: 'refuses an approved-then-excluded moved link',
    beads: ['b1: s1 = t1', 'b2 excluded moved: s2 = t3', 'b3: s3 = t2'],
    op: { type: 'unlinkMoved', beadId: 'b2' },
    expected: 'INVALID_OPERATION',
  },
];

const guardCases: OperationCase[] = [
  { name: 'merge into a moved link', beads: LINKED, op: { type: 'merge', beadId: 'b1' }, expected: 'INVALID_OPERATION' },
  {
    name: 'split a moved link',
    beads: ['b1 moved: s1 s2 = t2', 'b2: s3 = t1'],
    op: { type: 'split', beadId: 'b1', sourceAt: 1, targetAt: 1 },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'detach from a moved link',
    beads: ['b1 moved: s1 s2 = t2', 'b2: s3 = t1'],
    op: { type: 'detach', segmentId: 's2' },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'move a segment into a moved link',
    beads: LINKED,
    op: { type: 'move', segmentId: 's3', direction: 'up' },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'join a segment across a moved link',
    beads: LINKED,
    op: { type: 'joinSegments', segmentId: 't3' },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'realign a run that drops a moved link',
    beads: LINKED,
    op: {
      type: 'replaceRange',
      beadIds: ['b2', 'b3'],
      beads: [{ source: ['s2', 's3'], target: ['t2', 't4'], confidence: 0.5, reason: 'x' }],
    },
    expected: 'INVALID_OPERATION',
  },
];

describe('linkMoved', () => {
  it.each(linkCases)('$name', (testCase) => {
    runCase(testCase);
  });

  it('undo gives back the omission and the addition exactly', () => {
    const { alignment, ctx } = given(DOC);
    const result = applyChecked(alignment, { type: 'linkMoved', beadIds: ['b2', 'b5'] }, ctx);
    expect(result.changed.beads.map((change) => [change.id, change.kind])).toEqual([
      ['b2', 'updated'],
      ['b5', 'removed'],
    ]);
  });
});

describe('unlinkMoved', () => {
  it.each(unlinkCases)('$name', (testCase) => {
    runCase(testCase);
  });
});

describe('operations that would tangle a moved link', () => {
  it.each(guardCases)('refuses to $name', (testCase) => {
    runCase(testCase);
  });

  it.each<{ name: string; op: Operation }>([
    { name: 'edits a moved target text and keeps the link moved', op: { type: 'editText', segmentId: 't4', text: 'New text.' } },
    { name: 'splits a moved target segment inside the link', op: { type: 'splitSegment', segmentId: 't4', offset: 4 } },
    { name: 'confirms a moved link', op: { type: 'confirm', beadIds: ['b2'] } },
  ])('$name', ({ op }) => {
    const { alignment, ctx } = given(LINKED);
    const result = applyChecked(alignment, op, ctx);
    expect(result.alignment.beads[1]).toMatchObject({ id: 'b2', moved: true });
  });
});
