import { describe, expect, it } from 'vitest';
import { applyDelta, operationDeltaAnswerSchema, type DocumentDelta } from './document-delta';
import type { AlignmentStateView, BeadView } from './document-view-schema';

const bead = (id: string, source: string[], target: string[], status: BeadView['status'] = 'auto'): BeadView => ({
  id,
  source,
  target,
  origin: 'auto',
  confidence: 0.9,
  reason: null,
  status,
  labels: [],
  comments: 0,
  changedSinceReview: false,
  rejectReason: null,
});

const state: AlignmentStateView = {
  version: 4,
  canUndo: true,
  canRedo: false,
  source: [
    { id: 's1', text: 'A.', paragraph: 0 },
    { id: 's2', text: 'B.', paragraph: 0 },
  ],
  target: [
    { id: 't1', text: 'a.', paragraph: 0 },
    { id: 't2', text: 'b.', paragraph: 0 },
  ],
  beads: [bead('b1', ['s1'], ['t1']), bead('b2', ['s2'], ['t2'])],
};

const merge: DocumentDelta = {
  version: 5,
  userId: 'u2',
  beads: [{ at: 0, remove: ['b1', 'b2'], insert: [bead('b1', ['s1', 's2'], ['t1', 't2'], 'edited')] }],
  source: [],
  target: [{ at: 1, remove: ['t2'], insert: [{ id: 't2', text: 'b!', paragraph: 0 }] }],
};

describe('applyDelta', () => {
  it('applies the hunks of the next version and keeps what the delta does not carry (undo/redo are per user)', () => {
    const next = applyDelta(state, merge);
    expect(next?.version).toBe(5);
    expect(next?.beads.map((b) => [b.id, b.source, b.status])).toEqual([['b1', ['s1', 's2'], 'edited']]);
    expect(next?.target[1].text).toBe('b!');
    expect(next?.canUndo).toBe(true);
    expect(state.beads).toHaveLength(2); // the input is not changed
  });

  it.each([
    ['a version that does not follow', { ...merge, version: 6 }],
    ['an older version', { ...merge, version: 4 }],
    ['ids that are not where the hunk expects them', { ...merge, beads: [{ at: 1, remove: ['b1'], insert: [] }] }],
    ['a position past the end', { ...merge, source: [{ at: 9, remove: [], insert: [] }] }],
  ])('refuses %s (the editor loads the document again)', (_name, delta) => {
    expect(applyDelta(state, delta as DocumentDelta)).toBeNull();
  });
});

describe('operationDeltaAnswerSchema', () => {
  it('reads an answer with an alignment change and a status change, each kept whole', () => {
    const status = { version: 6, userId: 'u1', status: 'in_review' as const };
    const answer = operationDeltaAnswerSchema.parse({ version: 6, canUndo: true, canRedo: false, changes: [merge, status] });
    expect(answer.changes).toEqual([merge, status]);
    expect(operationDeltaAnswerSchema.parse({ version: 6, canUndo: false, canRedo: false, changes: null }).changes).toBeNull();
  });

  it.each([
    ['no changes field', { version: 6, canUndo: true, canRedo: false }],
    ['a change of neither kind', { version: 6, canUndo: true, canRedo: false, changes: [{ version: 6, userId: 'u1' }] }],
    ['an unknown status', { version: 6, canUndo: true, canRedo: false, changes: [{ version: 6, userId: 'u1', status: 'gone' }] }],
    [
      'a hunk with a negative position',
      { version: 5, canUndo: true, canRedo: false, changes: [{ ...merge, source: [{ at: -1, remove: [], insert: [] }] }] },
    ],
  ])('refuses %s', (_name, value) => {
    expect(operationDeltaAnswerSchema.safeParse(value).success).toBe(false);
  });
});
