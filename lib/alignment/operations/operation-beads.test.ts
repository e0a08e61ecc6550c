import { describe, expect, it } from 'vitest';
import { alignmentOf } from '@/lib/alignment/testing/alignment-fixtures';
import { operationBeads, type NamedOperation } from './operation-beads';

// The bead numbers a history row names, taken from the alignment the operation applies to.
const doc = alignmentOf(['b1: s1 = t1', 'b2: s2 = t2', 'b3: s3 s4 = t3', 'b4: s5 = t4', 'b5: s6 = t5', 'b6: s7 = t6', 'b7: s8 = t7']);

describe('operationBeads', () => {
  it.each<[string, NamedOperation, [number, number][]]>([
    ['exclude names its bead', { type: 'review', beadIds: ['b7'] }, [[7, 7]]],
    ['merge names the bead and the next', { type: 'merge', beadId: 'b3' }, [[3, 4]]],
    ['merge of the last bead names only it', { type: 'merge', beadId: 'b7' }, [[7, 7]]],
    ['split names its bead', { type: 'split', beadId: 'b2' }, [[2, 2]]],
    ['a text edit names the bead of its segment', { type: 'editText', segmentId: 's4' }, [[3, 3]]],
    ['move up names the bead and the one above', { type: 'move', segmentId: 't2', direction: 'up' }, [[1, 2]]],
    ['move down names the bead and the one below', { type: 'move', segmentId: 's5', direction: 'down' }, [[4, 5]]],
    ['confirm up to bead 5 is one run', { type: 'confirmUpTo', beadId: 'b5' }, [[1, 5]]],
    [
      'a set of beads becomes runs in document order',
      { type: 'confirm', beadIds: ['b6', 'b1', 'b2', 'b4'] },
      [
        [1, 2],
        [4, 4],
        [6, 6],
      ],
    ],
    ['realign names its first bead', { type: 'realign', fromBeadId: 'b4' }, [[4, 4]]],
    ['an id that is not there is left out', { type: 'review', beadIds: ['gone', 'b2'] }, [[2, 2]]],
    ['nothing found is an empty list', { type: 'merge', beadId: 'gone' }, []],
  ])('%s', (_, op, runs) => {
    expect(operationBeads(op, doc)).toEqual(runs);
  });

  it('keeps "confirm up to bead 2,000" to one run', () => {
    const big = alignmentOf(Array.from({ length: 2000 }, (_, i) => `b${i + 1}: s${i + 1} = t${i + 1}`));
    expect(operationBeads({ type: 'confirmUpTo', beadId: 'b2000' }, big)).toEqual([[1, 2000]]);
  });
});
