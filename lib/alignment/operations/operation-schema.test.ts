import { describe, expect, it } from 'vitest';
import { loggedOperationSchema, operationSchema } from './operation-schema';

// The JSON a client sends, exactly as documented in decision 009.
const accepted: unknown[] = [
  { type: 'merge', beadId: 'b1' },
  { type: 'split', beadId: 'b1', sourceAt: 1, targetAt: 0 },
  { type: 'move', segmentId: 's1', direction: 'up' },
  { type: 'detach', segmentId: 't3' },
  { type: 'relink', beadIds: ['b1', 'b2'], sourceAt: 2, targetAt: 1 },
  { type: 'splitSegment', segmentId: 's1', offset: 12 },
  { type: 'joinSegments', segmentId: 's1' },
  { type: 'editText', segmentId: 't1', text: 'The government raised the budget.' },
  { type: 'confirm', beadIds: ['b1', 'b2'] },
  { type: 'confirmUpTo', beadId: 'b9' },
  { type: 'review', beadIds: ['b1'], event: 'approve' },
  { type: 'review', beadIds: ['b1'], event: 'reject', reason: 'wrong pair' },
  {
    type: 'replaceRange',
    beadIds: ['b2', 'b3'],
    beads: [{ source: ['s2'], target: ['t2'], confidence: 0.8, reason: 'numbers match' }],
  },
];

const rejected: { name: string; input: unknown }[] = [
  { name: 'unknown type', input: { type: 'delete', beadId: 'b1' } },
  { name: 'missing field', input: { type: 'merge' } },
  { name: 'empty id', input: { type: 'merge', beadId: '' } },
  { name: 'negative cut', input: { type: 'split', beadId: 'b1', sourceAt: -1, targetAt: 0 } },
  { name: 'fractional offset', input: { type: 'splitSegment', segmentId: 's1', offset: 1.5 } },
  { name: 'bad direction', input: { type: 'move', segmentId: 's1', direction: 'left' } },
  { name: 'three beads to relink', input: { type: 'relink', beadIds: ['a', 'b', 'c'], sourceAt: 0, targetAt: 0 } },
  { name: 'no beads to confirm', input: { type: 'confirm', beadIds: [] } },
  { name: 'repeated bead ids', input: { type: 'confirm', beadIds: ['b1', 'b1'] } },
  { name: 'confirm via review', input: { type: 'review', beadIds: ['b1'], event: 'confirm' } },
  { name: 'too long a text', input: { type: 'editText', segmentId: 's1', text: 'x'.repeat(10_001) } },
  {
    name: 'engine confidence above 1',
    input: { type: 'replaceRange', beadIds: ['b1'], beads: [{ source: [], target: ['t1'], confidence: 2, reason: null }] },
  },
  { name: 'a restore patch from a client', input: { type: 'restore', beads: [], source: [], target: [] } },
];

describe('operationSchema', () => {
  it.each(accepted)('accepts %j', (input) => {
    expect(operationSchema.parse(input)).toEqual(input);
  });

  it.each(rejected)('rejects $name', ({ input }) => {
    expect(operationSchema.safeParse(input).success).toBe(false);
  });
});

describe('loggedOperationSchema', () => {
  it('reads back both operations and restore patches', () => {
    expect(loggedOperationSchema.parse(accepted[0])).toEqual(accepted[0]);
    const restore = {
      type: 'restore',
      beads: [
        {
          at: 0,
          remove: ['b1'],
          insert: [{ id: 'b1', source: ['s1'], target: [], origin: 'auto', confidence: 0.5, reason: 'x', status: 'auto' }],
        },
      ],
      source: [{ at: 0, remove: ['s1'], insert: [{ id: 's1', side: 'source', paragraph: 0, text: '' }] }],
      target: [],
    };
    expect(loggedOperationSchema.parse(restore)).toEqual(restore);
  });

  it('rejects a restore patch with a malformed bead', () => {
    const restore = { type: 'restore', beads: [{ at: 0, remove: [], insert: [{ id: 'b1' }] }], source: [], target: [] };
    expect(loggedOperationSchema.safeParse(restore).success).toBe(false);
  });
});
