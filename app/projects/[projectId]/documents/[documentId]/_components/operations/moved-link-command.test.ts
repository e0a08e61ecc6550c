import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { buildIndex } from '../beads/bead-rows';
import type { AlignmentState, EditorBead } from '../sync/editor-document';
import { movedLinkStep as step, movedMarker as marker } from './moved-link-command';

const hints = createTranslator({ locale: 'en', messages: en, namespace: 'hints' });
const editor = createTranslator({ locale: 'en', messages: en, namespace: 'editor' });
type Args = Parameters<typeof step>;
const movedLinkStep = (index: Args[0], row: Args[1], mark: Args[2]) => step(index, row, mark, hints);
const movedMarker = (row: Args[1]) => marker(row, editor);

const bead = (id: string, source: string[], target: string[], moved = false): EditorBead => ({
  id,
  source,
  target,
  confidence: null,
  reason: null,
  status: 'edited',
  origin: 'manual',
  labels: [],
  comments: 0,
  changedSinceReview: false,
  rejectReason: null,
  moved,
});
const state = (beads: EditorBead[]): AlignmentState => ({
  version: 1,
  canUndo: false,
  canRedo: false,
  source: ['s1', 's2', 's3', 's4'].map((id) => ({ id, text: id, paragraph: 0 })),
  target: ['t1', 't2', 't3', 't4'].map((id, i) => ({ id, text: id, paragraph: i })),
  beads,
});
// s2 is an omission, t4 an addition three beads later; b3/b4 are neighbours of each other.
const index = buildIndex(
  state([bead('a', ['s1'], ['t1']), bead('b', ['s2'], []), bead('c', ['s3'], ['t2']), bead('d', ['s4'], ['t3']), bead('e', [], ['t4'])]),
);
const row = (id: string) => index.rows[index.beadIndex.get(id)!];

describe('movedLinkStep', () => {
  it.each([
    { name: 'marks an omission', at: 'b', mark: null, kind: 'mark' },
    { name: 'links the marked omission with an addition', at: 'e', mark: 'b', kind: 'send' },
    { name: 'links the marked addition with an omission', at: 'b', mark: 'e', kind: 'send' },
    { name: 'clears the mark on the same bead', at: 'b', mark: 'b', kind: 'mark' },
    { name: 'refuses a two-sided bead', at: 'c', mark: null, kind: 'refuse' },
    { name: 'marks again when the marked bead is gone', at: 'e', mark: 'gone', kind: 'mark' },
  ])('$name', ({ at, mark, kind }) => {
    expect(movedLinkStep(index, row(at), mark).kind).toBe(kind);
  });

  it('sends linkMoved with the marked bead first', () => {
    expect(movedLinkStep(index, row('e'), 'b')).toMatchObject({ operation: { type: 'linkMoved', beadIds: ['b', 'e'] } });
  });

  it('refuses two omissions and neighbours', () => {
    const other = buildIndex(
      state([
        bead('a', ['s1'], []),
        bead('b', ['s2'], ['t1']),
        bead('c', ['s3'], []),
        bead('d', [], ['t2', 't3', 't4']),
        bead('x', ['s4'], []),
      ]),
    );
    const r = (id: string) => other.rows[other.beadIndex.get(id)!];
    expect(movedLinkStep(other, r('c'), 'a')).toMatchObject({ kind: 'refuse', message: expect.stringContaining('both omissions') });
    expect(movedLinkStep(other, r('d'), 'c')).toMatchObject({ kind: 'refuse', message: expect.stringContaining('merge') });
  });

  it('unlinks a moved link and names where its target comes from', () => {
    const moved = buildIndex(
      state([bead('a', ['s1'], ['t1']), bead('b', ['s2'], ['t4'], true), bead('c', ['s3'], ['t2']), bead('d', ['s4'], ['t3'])]),
    );
    expect(movedLinkStep(moved, moved.rows[1], null)).toMatchObject({ kind: 'send', operation: { type: 'unlinkMoved', beadId: 'b' } });
    expect(movedMarker(moved.rows[1])).toBe('moved · target from ¶4');
    expect(moved.rows[2].paragraphStart).toBe(true); // t2 starts paragraph 2 after t1; the moved t4 did not count
  });
});
