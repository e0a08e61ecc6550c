import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '@/lib/server/documents/document-history';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { beadRunsText as runsText, eventTitle as title, type TitledEvent } from './event-title';

const english = createTranslator({ locale: 'en', messages: en, namespace: 'history' });
const korean = createTranslator({ locale: 'ko', messages: ko, namespace: 'history' });
const eventTitle = (e: TitledEvent, beadNumbers?: ReadonlyMap<string, number>) => title(e, english, beadNumbers);
const beadRunsText = (runs: Parameters<typeof runsText>[0]) => runsText(runs, english);

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

describe('history titles in Korean', () => {
  it.each<[string, HistoryEvent, string]>([
    [
      'exclude',
      event('operation.review', { operation: { type: 'review', event: 'exclude', beadIds: ['a'] }, beads: [[7, 7]] }),
      '7번 쌍 제외',
    ],
    ['merge', event('operation.merge', { operation: { type: 'merge' }, beads: [[3, 4]] }), '3–4번 쌍 병합'],
    ['undo', event('operation.undo', { seq: 4, operation: { type: 'merge', beadId: 'a' }, beads: [[3, 4]] }), '실행 취소: 3–4번 쌍 병합'],
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
      '1–2, 4, 6번 쌍 확인',
    ],
    ['old exclusion', event('operation.review', { operation: { type: 'review', event: 'exclude', beadIds: ['a', 'b'] } }), '쌍 2개 제외'],
    ['sign-off', event('document.sign-off', {}), '서명'],
    ['TMX import', event('tmx.import', {}), 'TMX 파일에서 가져옴'],
  ])('%s', (_, e, expected) => {
    expect(title(e, korean)).toBe(expected);
  });

  it('shortens long lists', () => {
    expect(
      runsText(
        [
          [1, 1],
          [3, 3],
          [5, 5],
          [7, 7],
          [9, 10],
          [12, 12],
        ],
        korean,
      ),
    ).toBe('1, 3, 5, 7번 외 3개 쌍');
  });
});

describe('label and comment rows name their bead by its current number', () => {
  const numbers = new Map([
    ['bead-a', 4],
    ['segment-s', 2],
  ]);
  it.each<[string, HistoryEvent, string, string]>([
    ['labels', event('bead.labels', { beadId: 'bead-a', labels: ['style'] }), 'Changed the labels of bead 4', '4번 쌍 라벨 변경'],
    ['comment on a bead', event('comment.create', { commentId: 'c', beadId: 'bead-a', body: 'x' }), 'Commented on bead 4', '4번 쌍에 댓글'],
    [
      'comment on a span',
      event('comment.create', { commentId: 'c', segmentId: 'segment-s', body: 'x' }),
      'Commented on bead 2',
      '2번 쌍에 댓글',
    ],
    ['reply', event('comment.reply', { commentId: 'c', beadId: 'bead-a' }), 'Replied on bead 4', '4번 쌍에 답글'],
    [
      'resolve',
      event('comment.resolve', { threadId: 't', beadId: 'bead-a', resolved: true }),
      'Resolved a thread on bead 4',
      '4번 쌍 스레드 해결',
    ],
    ['a bead merged away', event('bead.labels', { beadId: 'gone', labels: [] }), 'Changed labels', '라벨 변경'],
  ])('%s', (_, e, inEnglish, inKorean) => {
    expect(title(e, english, numbers)).toBe(inEnglish);
    expect(title(e, korean, numbers)).toBe(inKorean);
  });
});
