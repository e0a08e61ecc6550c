import { describe, expect, it } from 'vitest';
import { BEAD_EVENTS } from '@/lib/review/review-states';
import { beadEventOf, isEditingEvent, reopenedBeadIds } from './operation-event';
import type { Operation } from './operation-schema';

const cases: { op: Operation; event: string }[] = [
  { op: { type: 'merge', beadId: 'b1' }, event: 'edit' },
  { op: { type: 'split', beadId: 'b1', sourceAt: 1, targetAt: 1 }, event: 'edit' },
  { op: { type: 'relink', beadIds: ['b1', 'b2'], sourceAt: 1, targetAt: 1 }, event: 'edit' },
  { op: { type: 'move', segmentId: 's1', direction: 'down' }, event: 'edit' },
  { op: { type: 'detach', segmentId: 's1' }, event: 'edit' },
  { op: { type: 'splitSegment', segmentId: 's1', offset: 3 }, event: 'edit' },
  { op: { type: 'joinSegments', segmentId: 's1' }, event: 'edit' },
  { op: { type: 'editText', segmentId: 's1', text: 'x' }, event: 'editText' },
  { op: { type: 'replaceRange', beadIds: ['b1'], beads: [] }, event: 'edit' },
  { op: { type: 'confirm', beadIds: ['b1'] }, event: 'confirm' },
  { op: { type: 'confirmUpTo', beadId: 'b1' }, event: 'confirm' },
  { op: { type: 'review', beadIds: ['b1'], event: 'approve' }, event: 'approve' },
  { op: { type: 'review', beadIds: ['b1'], event: 'reject', reason: 'r' }, event: 'reject' },
  { op: { type: 'review', beadIds: ['b1'], event: 'exclude' }, event: 'exclude' },
  { op: { type: 'review', beadIds: ['b1'], event: 'include' }, event: 'include' },
];

describe('beadEventOf', () => {
  it.each(cases)('$op.type $op.event → $event', ({ op, event }) => {
    expect(beadEventOf(op)).toBe(event);
  });
});

describe('isEditingEvent', () => {
  it.each(BEAD_EVENTS.map((event) => ({ event, editing: ['edit', 'editText', 'confirm', 'include'].includes(event) })))(
    '$event → $editing',
    ({ event, editing }) => {
      expect(isEditingEvent(event)).toBe(editing);
    },
  );
});

describe('reopenedBeadIds', () => {
  it('lists approved beads that changed status or disappeared', () => {
    expect(
      reopenedBeadIds({
        beads: [
          { id: 'a', kind: 'updated', previousStatus: 'approved', status: 'edited' },
          { id: 'b', kind: 'removed', previousStatus: 'approved', status: null },
          { id: 'c', kind: 'updated', previousStatus: 'confirmed', status: 'edited' },
          { id: 'd', kind: 'added', previousStatus: null, status: 'edited' },
        ],
        segments: [],
      }),
    ).toEqual(['a', 'b']);
  });
});
