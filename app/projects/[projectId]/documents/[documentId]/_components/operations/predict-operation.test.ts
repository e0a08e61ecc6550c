import { describe, expect, it } from 'vitest';
import type { AlignmentState, EditorBead } from '../sync/editor-document';
import { predictOperation } from './predict-operation';

// The editor shows an operation's result before the server answers (decision 029), worked out with the server's
// own pure operations: the prediction must be what the server will store, and must not touch its input.

const bead = (id: string, source: string[], target: string[], extra: Partial<EditorBead> = {}): EditorBead => ({
  id,
  source,
  target,
  confidence: 0.8,
  reason: null,
  status: 'auto',
  origin: 'auto',
  labels: [],
  comments: 0,
  changedSinceReview: false,
  rejectReason: null,
  moved: false,
  ...extra,
});
const state: AlignmentState = Object.freeze({
  version: 7,
  canUndo: true,
  canRedo: false,
  source: ['s1', 's2', 's3'].map((id) => ({ id, text: `Source ${id}.`, paragraph: 0 })),
  target: ['t1', 't2', 't3'].map((id) => ({ id, text: `Target ${id}.`, paragraph: 0 })),
  beads: [
    bead('a', ['s1'], ['t1'], { labels: ['style'], comments: 2 }),
    bead('b', ['s2'], ['t2']),
    bead('c', ['s3'], ['t3'], { status: 'approved' }),
  ],
});

describe('predictOperation', () => {
  it('merges locally: one bead with both sides, the merged bead pending, labels and comments kept', () => {
    const predicted = predictOperation(state, { type: 'merge', beadId: 'a' })!;
    expect(predicted.state.beads.map((b) => [b.id, b.source, b.target, b.status])).toEqual([
      ['a', ['s1', 's2'], ['t1', 't2'], 'edited'],
      ['c', ['s3'], ['t3'], 'approved'],
    ]);
    expect(predicted.state.beads[0]).toMatchObject({ labels: ['style'], comments: 2 });
    expect([...predicted.pending]).toEqual(['a']);
    expect(predicted.state.version).toBe(7); // the server's answer brings the new version
  });

  it('excludes and confirms by status only; the other beads are the same objects', () => {
    const excluded = predictOperation(state, { type: 'review', beadIds: ['b'], event: 'exclude' })!;
    expect(excluded.state.beads.map((b) => b.status)).toEqual(['auto', 'excluded', 'approved']);
    expect([...excluded.pending]).toEqual(['b']);
    const confirmed = predictOperation(state, { type: 'confirm', beadIds: ['a'] })!;
    expect(confirmed.state.beads[0].status).toBe('confirmed');
  });

  it('splits with placeholder ids for the new bead, and marks both halves pending', () => {
    const merged = predictOperation(state, { type: 'merge', beadId: 'a' })!.state;
    const split = predictOperation(merged, { type: 'split', beadId: 'a', sourceAt: 1, targetAt: 1 })!;
    expect(split.state.beads.map((b) => b.source)).toEqual([['s1'], ['s2'], ['s3']]);
    expect(split.state.beads[1].id).toMatch(/^pending-/);
    expect(split.pending.size).toBe(2);
  });

  it('edits text locally and marks the bead of the segment', () => {
    const edited = predictOperation(state, { type: 'editText', segmentId: 't2', text: 'New text.' })!;
    expect(edited.state.target[1]).toEqual({ id: 't2', text: 'New text.', paragraph: 0 });
    expect([...edited.pending]).toContain('b');
  });

  it('shows nothing for what only the server can work out, or what it will refuse', () => {
    expect(predictOperation(state, { type: 'realign', fromBeadId: 'a' })).toBeNull();
    expect(predictOperation(state, { type: 'merge', beadId: 'c' })).toBeNull(); // the last bead has no next one
    expect(predictOperation(state, { type: 'review', beadIds: ['gone'], event: 'exclude' })).toBeNull();
    expect(predictOperation(state, { type: 'review', beadIds: ['a'], event: 'reject' })).toBeNull(); // no reason
  });

  it('never changes the state it is given', () => {
    const copy = structuredClone(state);
    predictOperation(state, { type: 'merge', beadId: 'a' });
    predictOperation(state, { type: 'editText', segmentId: 's1', text: 'Changed.' });
    expect(state).toEqual(copy);
  });
});
