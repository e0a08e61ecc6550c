import { describe, expect, it } from 'vitest';
import { given } from '../testing/alignment-fixtures';
import { applyOperation } from './apply-operation';
import type { RestorePatch } from './operation-schema';

const DOC = ['b1: s1 = t1', 'b2: s2 = t2', 'b3: s3 = t3'];

describe('restore patches', () => {
  it('undo restores the very same objects', () => {
    const { alignment, ctx } = given(DOC);
    const result = applyOperation(alignment, { type: 'merge', beadId: 'b1' }, ctx);
    const undone = applyOperation(result.alignment, result.inverse, ctx);
    expect(undone.alignment.beads[0]).toBe(alignment.beads[0]);
    expect(undone.alignment.beads[1]).toBe(alignment.beads[1]);
    expect(undone.changed.beads).toEqual([
      { id: 'b1', kind: 'updated', previousStatus: 'edited', status: 'auto' },
      { id: 'b2', kind: 'added', previousStatus: null, status: 'auto' },
    ]);
  });

  it('is stored as plain JSON hunks', () => {
    const { alignment, ctx } = given(DOC);
    const { inverse } = applyOperation(alignment, { type: 'editText', segmentId: 't2', text: 'New.' }, ctx);
    expect(inverse).toEqual({
      type: 'restore',
      beads: [{ at: 1, remove: ['b2'], insert: [alignment.beads[1]], after: 'b1' }],
      source: [],
      target: [{ at: 1, remove: ['t2'], insert: [{ id: 't2', side: 'target', paragraph: 0, text: 'Sentence t2.' }], after: 't1' }],
    });
  });

  const stale: { name: string; patch: RestorePatch }[] = [
    {
      name: 'an id that is not where the patch expects it',
      patch: { type: 'restore', beads: [{ at: 0, remove: ['b2'], insert: [] }], source: [], target: [] },
    },
    {
      name: 'a position past the end',
      patch: { type: 'restore', beads: [{ at: 7, remove: [], insert: [] }], source: [], target: [] },
    },
    {
      name: 'a result that breaks the invariant',
      patch: { type: 'restore', beads: [{ at: 0, remove: ['b1'], insert: [] }], source: [], target: [] },
    },
  ];
  it.each(stale)('refuses $name with VERSION_CONFLICT and leaves the input alone', ({ patch }) => {
    const { alignment, ctx } = given(DOC);
    expect(() => applyOperation(alignment, patch, ctx)).toThrow(expect.objectContaining({ code: 'VERSION_CONFLICT' }));
  });

  it('an empty patch returns the input itself', () => {
    const { alignment, ctx } = given(DOC);
    const result = applyOperation(alignment, { type: 'restore', beads: [], source: [], target: [] }, ctx);
    expect(result.alignment).toBe(alignment);
    expect(result.changed).toEqual({ beads: [], segments: [] });
  });

  it('an undo skipped over a later change conflicts', () => {
    const { alignment, ctx } = given(DOC);
    const first = applyOperation(alignment, { type: 'merge', beadId: 'b1' }, ctx);
    const second = applyOperation(first.alignment, { type: 'merge', beadId: 'b1' }, ctx);
    expect(() => applyOperation(second.alignment, first.inverse, ctx)).toThrow(expect.objectContaining({ code: 'VERSION_CONFLICT' }));
  });
});
