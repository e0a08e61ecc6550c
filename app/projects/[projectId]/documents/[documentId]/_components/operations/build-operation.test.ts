import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { buildIndex } from '../beads/bead-rows';
import { buildOperation as build, splitPoint } from './build-operation';
import type { AlignmentState } from '../sync/editor-document';
import { listView, resolveSelection } from '../beads/selection';

describe('splitPoint: where `s` cuts a bead', () => {
  // [own segments, other segments, selected position] → [ownAt, otherAt] (or null: cannot split)
  const cases: [number, number, number, [number, number] | null][] = [
    [2, 2, 0, [1, 1]], // 2:2 after the first → 1:1 + 1:1
    [2, 1, 0, [1, 1]], // 2:1 after the first source → 1:1 + 1:0
    [3, 3, 1, [2, 2]],
    [2, 2, 1, [1, 1]], // last segment selected: cut before it instead
    [1, 2, 0, [1, 1]], // a lone own segment keeps one of the other side
    [1, 1, 0, [1, 0]], // 1:1 → 1:0 + 0:1
    [1, 0, 0, null], // one segment in all: nothing to split
    [0, 2, -1, [0, 1]], // empty side selected: the other side is cut
    [4, 1, 0, [1, 0]], // rounding would leave the first part whole; nudged
  ];
  it.each(cases)('%i own, %i other, position %i', (own, other, position, expected) => {
    const point = splitPoint(own, other, position);
    expect(point ? [point.ownAt, point.otherAt] : null).toEqual(expected);
  });
});

const state: AlignmentState = {
  version: 3,
  canUndo: false,
  canRedo: false,
  source: ['s1', 's2', 's3'].map((id) => ({ id, text: id, paragraph: 0 })),
  target: ['t1', 't2'].map((id) => ({ id, text: id, paragraph: 0 })),
  beads: [
    {
      id: 'a',
      source: ['s1', 's2'],
      target: ['t1'],
      confidence: 0.4,
      reason: null,
      status: 'auto',
      origin: 'auto',
      labels: [],
      comments: 0,
      changedSinceReview: false,
      rejectReason: null,
      moved: false,
    },
    {
      id: 'b',
      source: ['s3'],
      target: ['t2'],
      confidence: null,
      reason: null,
      status: 'edited',
      origin: 'manual',
      labels: [],
      comments: 0,
      changedSinceReview: false,
      rejectReason: null,
      moved: false,
    },
  ],
};
const index = buildIndex(state);
const all = listView(index.rows, index.rows.length);
const at = (segmentId: string, side: 'source' | 'target') => resolveSelection(index, { beadId: null, side, segmentId, lastIndex: 0 })!;

const english = createTranslator({ locale: 'en', messages: en, namespace: 'hints' });
type Args = Parameters<typeof build>;
const buildOperation = (command: Args[0], index: Args[1], sel: Args[2], view: Args[3]) => build(command, index, sel, view, english);

describe('buildOperation', () => {
  it('splits after the selected source segment, cutting the target in proportion', () => {
    expect(buildOperation('split', index, at('s1', 'source'), all)).toMatchObject({
      ok: true,
      operation: { type: 'split', beadId: 'a', sourceAt: 1, targetAt: 1 },
    });
  });
  it('moves only an edge segment, and says which key selects it', () => {
    expect(buildOperation('moveDown', index, at('s1', 'source'), all)).toMatchObject({
      ok: false,
      message: expect.stringContaining('press ]'),
    });
    expect(buildOperation('moveDown', index, at('s2', 'source'), all)).toMatchObject({
      ok: true,
      operation: { type: 'move', segmentId: 's2', direction: 'down' },
    });
    expect(buildOperation('moveUp', index, at('s1', 'source'), all)).toMatchObject({
      ok: false,
      message: expect.stringContaining('first bead'),
    });
  });
  it('refuses to merge the last bead', () => {
    expect(buildOperation('merge', index, at('s3', 'source'), all)).toMatchObject({ ok: false });
    expect(buildOperation('merge', index, at('s1', 'source'), all)).toMatchObject({ ok: true, operation: { type: 'merge', beadId: 'a' } });
  });
  it('names the bead for confirm-up-to and realign', () => {
    expect(buildOperation('confirmUpTo', index, at('t2', 'target'), all)).toMatchObject({
      operation: { type: 'confirmUpTo', beadId: 'b' },
    });
    expect(buildOperation('realign', index, at('t2', 'target'), all)).toMatchObject({ operation: { type: 'realign', fromBeadId: 'b' } });
  });
  it('joins segments only inside the bead, and says how to join across beads', () => {
    expect(buildOperation('join', index, at('s1', 'source'), all)).toMatchObject({
      ok: true,
      operation: { type: 'joinSegments', segmentId: 's1' },
    });
    expect(buildOperation('join', index, at('s2', 'source'), all)).toMatchObject({
      ok: false,
      message: expect.stringContaining('merge them first (m)'),
    });
    expect(buildOperation('join', index, at('t1', 'target'), all)).toMatchObject({
      ok: false,
      message: expect.stringContaining('last target segment of bead 1'),
    });
  });
  it('never touches a bead the filter hides', () => {
    const onlyB = listView([index.rows[1]], index.rows.length);
    const onlyA = listView([index.rows[0]], index.rows.length);
    expect(buildOperation('merge', index, at('s1', 'source'), onlyA)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Bead 2 is hidden'),
    });
    expect(buildOperation('moveDown', index, at('s2', 'source'), onlyA)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Bead 2 is hidden'),
    });
    expect(buildOperation('moveUp', index, at('s3', 'source'), onlyB)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Bead 1 is hidden'),
    });
    expect(buildOperation('confirmUpTo', index, at('s3', 'source'), onlyB)).toMatchObject({ ok: false });
    expect(buildOperation('realign', index, at('s1', 'source'), onlyA)).toMatchObject({ ok: false });
    expect(buildOperation('confirm', index, at('s3', 'source'), onlyB)).toMatchObject({
      ok: true,
      operation: { type: 'confirm', beadIds: ['b'] },
    });
    expect(buildOperation('realign', index, at('s3', 'source'), onlyB)).toMatchObject({ ok: true });
  });
});

describe('buildOperation in Korean', () => {
  const korean = createTranslator({ locale: 'ko', messages: ko, namespace: 'hints' });
  it("says why in the reader's language, naming the bead and side", () => {
    expect(build('join', index, at('t1', 'target'), all, korean)).toMatchObject({
      ok: false,
      message: '1번 쌍의 마지막 번역문 문장입니다. J는 한 쌍 안의 문장만 합칩니다. 다른 쌍의 문장과 합치려면 먼저 쌍을 병합하세요 (m).',
    });
    expect(build('merge', index, at('s1', 'source'), all, korean)).toMatchObject({ ok: true, label: '1번 쌍을 다음 쌍과 병합' });
  });
});
