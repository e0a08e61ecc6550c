import { describe, expect, it } from 'vitest';
import { given } from '../testing/alignment-fixtures';
import { applyOperation } from './apply-operation';
import { applyChecked, type OperationCase, runCase } from '../testing/operation-test-kit';

// One bead per status.
const DOC = [
  'b1: s1 = t1',
  'b2 edited: s2 = t2',
  'b3 confirmed: s3 = t3',
  'b4 approved: s4 = t4',
  'b5 rejected: s5 = t5',
  'b6 excluded: s6 = t6',
  'b7: s7 = t7',
];

/** DOC with the given beads' statuses replaced. */
function withStatuses(changes: Record<string, string>): string[] {
  return DOC.map((line) => {
    const id = line.split(/[\s:]/)[0];
    const status = changes[id] ?? /^\S+ (\w+):/.exec(line)?.[1] ?? 'auto';
    return `${id} ${status}:${line.split(':')[1]}`;
  });
}

const cases: OperationCase[] = [
  {
    name: 'confirm: auto and edited beads',
    beads: DOC,
    op: { type: 'confirm', beadIds: ['b2', 'b1'] },
    expected: withStatuses({ b1: 'confirmed', b2: 'confirmed' }),
  },
  {
    name: 'confirm: a rejected bead (the editor stands by it)',
    beads: DOC,
    op: { type: 'confirm', beadIds: ['b5'] },
    expected: withStatuses({ b5: 'confirmed' }),
  },
  { name: 'confirm: a confirmed bead is a no-op', beads: DOC, op: { type: 'confirm', beadIds: ['b3'] }, expected: withStatuses({}) },
  { name: 'confirm: refuses an approved bead', beads: DOC, op: { type: 'confirm', beadIds: ['b1', 'b4'] }, expected: 'INVALID_OPERATION' },
  { name: 'confirm: refuses an excluded bead', beads: DOC, op: { type: 'confirm', beadIds: ['b6'] }, expected: 'INVALID_OPERATION' },
  { name: 'confirm: refuses an unknown bead', beads: DOC, op: { type: 'confirm', beadIds: ['b1', 'b8'] }, expected: 'NOT_FOUND' },
  {
    name: 'confirmUpTo: everything above and including, skipping approved and excluded',
    beads: DOC,
    op: { type: 'confirmUpTo', beadId: 'b6' },
    expected: withStatuses({ b1: 'confirmed', b2: 'confirmed', b5: 'confirmed' }),
  },
  {
    name: 'confirmUpTo: the first bead only',
    beads: DOC,
    op: { type: 'confirmUpTo', beadId: 'b1' },
    expected: withStatuses({ b1: 'confirmed' }),
  },
  { name: 'confirmUpTo: refuses an unknown bead', beads: DOC, op: { type: 'confirmUpTo', beadId: 'b0' }, expected: 'NOT_FOUND' },
  {
    name: 'review approve',
    beads: DOC,
    op: { type: 'review', beadIds: ['b1', 'b3', 'b5'], event: 'approve' },
    expected: withStatuses({ b1: 'approved', b3: 'approved', b5: 'approved' }),
  },
  {
    name: 'review approve: refuses an approved bead',
    beads: DOC,
    op: { type: 'review', beadIds: ['b4'], event: 'approve' },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'review reject with a reason',
    beads: DOC,
    op: { type: 'review', beadIds: ['b4'], event: 'reject', reason: '영문판에 없는 문장' },
    expected: withStatuses({ b4: 'rejected' }),
  },
  {
    name: 'review reject: refuses no reason',
    beads: DOC,
    op: { type: 'review', beadIds: ['b3'], event: 'reject' },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'review reject: refuses a blank reason',
    beads: DOC,
    op: { type: 'review', beadIds: ['b3'], event: 'reject', reason: '  ' },
    expected: 'INVALID_OPERATION',
  },
  {
    name: 'review exclude',
    beads: DOC,
    op: { type: 'review', beadIds: ['b4', 'b7'], event: 'exclude' },
    expected: withStatuses({ b4: 'excluded', b7: 'excluded' }),
  },
  {
    name: 'review include: back to the editor',
    beads: DOC,
    op: { type: 'review', beadIds: ['b6'], event: 'include' },
    expected: withStatuses({ b6: 'edited' }),
  },
  {
    name: 'review include: refuses a bead that is not excluded',
    beads: DOC,
    op: { type: 'review', beadIds: ['b1'], event: 'include' },
    expected: 'INVALID_OPERATION',
  },
  { name: 'review: refuses an unknown bead', beads: DOC, op: { type: 'review', beadIds: ['b9'], event: 'exclude' }, expected: 'NOT_FOUND' },
];

describe('status operations', () => {
  it.each(cases)('$name', (row) => {
    runCase(row);
  });

  it('keeps origin, confidence and reason when confirming', () => {
    const { alignment } = given(DOC);
    const result = applyChecked(alignment, { type: 'confirm', beadIds: ['b1'] });
    expect(result.alignment.beads[0]).toEqual({ ...alignment.beads[0], status: 'confirmed' });
    expect(result.changed).toEqual({
      beads: [{ id: 'b1', kind: 'updated', previousStatus: 'auto', status: 'confirmed' }],
      segments: [],
    });
  });

  it('undoes a scattered confirm bead by bead', () => {
    const { alignment } = given(DOC);
    const result = applyChecked(alignment, { type: 'confirm', beadIds: ['b7', 'b1'] });
    expect(result.inverse.beads.map((hunk) => [hunk.at, hunk.remove])).toEqual([
      [6, ['b7']],
      [0, ['b1']],
    ]);
  });
});

describe('large documents', () => {
  it('confirms every bead of a document at the size limit in one operation, reading each bead a bounded number of times', () => {
    const N = 20_000;
    const lines = Array.from({ length: N }, (_, i) => `b${i}: s${i} = t${i}`);
    const { alignment, ctx } = given(lines);
    // Work is counted, not timed: every read of a bead goes through this proxy. Linear work reads each bead a
    // few times; a search per bead (quadratic) would read ~N² = 400,000,000 times.
    let reads = 0;
    const beads = new Proxy(alignment.beads, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads += 1;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    // applyOperation alone: the inverse round trip of applyChecked is proven on the small documents above.
    const result = applyOperation({ ...alignment, beads }, { type: 'confirm', beadIds: alignment.beads.map((bead) => bead.id) }, ctx);
    expect(result.changed.beads).toHaveLength(N);
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThan(20 * N);
  });
});
