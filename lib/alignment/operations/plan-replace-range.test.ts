import { describe, expect, it } from 'vitest';
import { given } from '../testing/alignment-fixtures';
import { applyChecked, type OperationCase, runCase } from '../testing/operation-test-kit';
import type { ProposedBead } from './operation-schema';

const DOC = ['b1 confirmed: s1 = t1', 'b2: s2 s3 = t2', 'b3: = t3', 'b4: s4 = t4'];

const proposed = (source: string[], target: string[]): ProposedBead => ({
  source,
  target,
  confidence: 0.75,
  reason: 'realigned',
});

const cases: OperationCase[] = [
  {
    name: 'replaces a run with new engine beads',
    beads: DOC,
    op: {
      type: 'replaceRange',
      beadIds: ['b2', 'b3'],
      beads: [proposed(['s2'], ['t2']), proposed(['s3'], ['t3'])],
    },
    expected: ['b1 confirmed: s1 = t1', 'n1 auto: s2 = t2', 'n2 auto: s3 = t3', 'b4 auto: s4 = t4'],
  },
  {
    name: 'keeps a bead whose links did not change, with its id and status',
    beads: DOC,
    op: {
      type: 'replaceRange',
      beadIds: ['b1', 'b2'],
      beads: [proposed(['s1'], ['t1']), proposed(['s2'], ['t2']), proposed(['s3'], [])],
    },
    expected: ['b1 confirmed: s1 = t1', 'n1 auto: s2 = t2', 'n2 auto: s3 =', 'b3 auto: = t3', 'b4 auto: s4 = t4'],
  },
  {
    name: 'the same beads again change nothing',
    beads: DOC,
    op: { type: 'replaceRange', beadIds: ['b3', 'b4'], beads: [proposed([], ['t3']), proposed(['s4'], ['t4'])] },
    expected: ['b1 confirmed: s1 = t1', 'b2 auto: s2 s3 = t2', 'b3 auto: = t3', 'b4 auto: s4 = t4'],
  },
  {
    name: 'refuses new beads that drop a segment',
    beads: DOC,
    op: { type: 'replaceRange', beadIds: ['b2'], beads: [proposed(['s2'], ['t2'])] },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses new beads that reorder segments',
    beads: DOC,
    op: { type: 'replaceRange', beadIds: ['b2'], beads: [proposed(['s3'], []), proposed(['s2'], ['t2'])] },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses segments from outside the run',
    beads: DOC,
    op: { type: 'replaceRange', beadIds: ['b3'], beads: [proposed(['s4'], ['t3'])] },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses an empty new bead',
    beads: DOC,
    op: { type: 'replaceRange', beadIds: ['b3'], beads: [proposed([], ['t3']), proposed([], [])] },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses beads that are not a contiguous run',
    beads: DOC,
    op: { type: 'replaceRange', beadIds: ['b1', 'b3'], beads: [proposed(['s1'], ['t1', 't3'])] },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'refuses an unknown bead',
    beads: DOC,
    op: { type: 'replaceRange', beadIds: ['b3', 'b5'], beads: [proposed([], ['t3'])] },
    expected: 'NOT_FOUND',
  },
  {
    name: 'refuses to re-link an excluded bead',
    beads: ['b1: s1 = t1', 'b2 excluded: s2 =', 'b3: = t2'],
    op: { type: 'replaceRange', beadIds: ['b2', 'b3'], beads: [proposed(['s2'], ['t2'])] },
    expected: 'INVALID_OPERATION',
  },
];

describe('replaceRange', () => {
  it.each(cases)('$name', (row) => {
    runCase(row);
  });

  it('writes engine beads as auto with their confidence and reason', () => {
    const { alignment, ctx } = given(DOC);
    const result = applyChecked(
      alignment,
      { type: 'replaceRange', beadIds: ['b4'], beads: [proposed(['s4'], []), proposed([], ['t4'])] },
      ctx,
    );
    expect(result.alignment.beads.slice(-2)).toEqual([
      { id: 'n1', source: ['s4'], target: [], origin: 'auto', confidence: 0.75, reason: 'realigned', status: 'auto' },
      { id: 'n2', source: [], target: ['t4'], origin: 'auto', confidence: 0.75, reason: 'realigned', status: 'auto' },
    ]);
  });
});
