import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '@/lib/server/documents/document-history';
import { beadRunsText, eventTitle } from './event-title';

// Issue 12 item 10: every history row names its bead ("Excluded bead 7", "Undid: merge of beads 3–4").
const event = (action: string, after: unknown): HistoryEvent => ({
  id: 'e',
  at: '2026-12-07T00:00:00Z',
  actor: { id: null, name: 'x' },
  action,
  target: null,
  before: null,
  after,
});

describe('history titles name their beads', () => {
  it.each<[string, HistoryEvent, string]>([
    [
      'exclude',
      event('operation.review', { operation: { type: 'review', event: 'exclude', beadIds: ['a'] }, beads: [[7, 7]] }),
      'Excluded bead 7',
    ],
    [
      'approve many',
      event('operation.review', { operation: { type: 'review', event: 'approve', beadIds: ['a', 'b', 'c'] }, beads: [[1, 3]] }),
      'Approved beads 1–3',
    ],
    [
      'include',
      event('operation.review', { operation: { type: 'review', event: 'include', beadIds: ['a'] }, beads: [[2, 2]] }),
      'Included bead 2 again',
    ],
    ['merge', event('operation.merge', { operation: { type: 'merge' }, beads: [[3, 4]] }), 'Merged beads 3–4'],
    ['text edit', event('operation.editText', { segmentId: 's', text: 'x', beads: [[5, 5]] }), 'Edited text in bead 5'],
    [
      'undo of a merge',
      event('operation.undo', { seq: 4, operation: { type: 'merge', beadId: 'a' }, beads: [[3, 4]] }),
      'Undid: merge of beads 3–4',
    ],
    [
      'redo of an exclusion',
      event('operation.redo', { seq: 4, operation: { type: 'review', event: 'exclude', beadIds: ['a'] }, beads: [[7, 7]] }),
      'Redid: exclusion of bead 7',
    ],
    [
      'scattered confirm',
      event('operation.confirm', {
        operation: { type: 'confirm' },
        beads: [
          [1, 2],
          [4, 4],
          [6, 6],
        ],
      }),
      'Confirmed beads 1–2, 4 and 6',
    ],
  ])('%s', (_, e, title) => {
    expect(eventTitle(e)).toBe(title);
  });

  it('events written before bead numbers were stored keep their old wording', () => {
    expect(eventTitle(event('operation.review', { operation: { type: 'review', event: 'exclude', beadIds: ['a'] } }))).toBe(
      'Excluded 1 bead',
    );
    expect(eventTitle(event('operation.undo', { seq: 1, operation: { type: 'merge' } }))).toBe('Undid a change');
    expect(eventTitle(event('operation.merge', { operation: { type: 'merge' } }))).toBe('Merged two beads');
  });

  it('ignores malformed numbers rather than printing them', () => {
    expect(eventTitle(event('operation.split', { operation: { type: 'split' }, beads: [['<b>', 1], 'x', [2]] }))).toBe('Split a bead');
  });

  it('shortens long lists', () => {
    expect(
      beadRunsText([
        [1, 1],
        [3, 3],
        [5, 5],
        [7, 7],
        [9, 10],
        [12, 12],
      ]),
    ).toBe('beads 1, 3, 5, 7 and 3 more');
  });
});
