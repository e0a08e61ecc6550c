import { describe, expect, it } from 'vitest';
import { alignSegments } from './align-segments';
import { buildLexicon } from './build-lexicon';
import { InvalidLocksError } from './errors';
import { realignBetweenLocks } from './realign-between-locks';

const seg = (lines: string[]) => lines.map((text) => ({ text }));
const shape = (beads: { source: number[]; target: number[] }[]) => beads.map((b) => `[${b.source.join(',')}]:[${b.target.join(',')}]`);
const OPTS = { srcLang: 'en', tgtLang: 'de' };

const SRC = seg([
  'In 1990 the bridge opened.',
  'It cost 40 million.',
  'In 2005 it was repaired.',
  'Traffic doubled by 2010.',
  'A new bridge is planned for 2030.',
]);
const TGT = seg([
  '1990 wurde die Brücke eröffnet.',
  'Sie kostete 40 Millionen.',
  '2005 wurde sie repariert.',
  'Bis 2010 verdoppelte sich der Verkehr.',
  'Für 2030 ist eine neue Brücke geplant.',
]);

describe('realignBetweenLocks', () => {
  it('without locks equals alignSegments', () => {
    expect(shape(realignBetweenLocks(SRC, TGT, [], OPTS))).toEqual(shape(alignSegments(SRC, TGT, OPTS)));
  });

  it('keeps locks exactly, even ones the engine would not choose, and realigns between them', () => {
    const locks = [{ source: [1, 2], target: [1] }];
    const beads = realignBetweenLocks(SRC, TGT, locks, OPTS);
    expect(shape(beads)).toEqual(['[0]:[0]', '[1,2]:[1]', '[]:[2]', '[3]:[3]', '[4]:[4]']);
    expect(beads[1]).toMatchObject({ confidence: 1, reason: 'locked by an editor' });
  });

  it('keeps a locked omission in document order', () => {
    const beads = realignBetweenLocks(SRC, TGT, [{ source: [2], target: [] }], OPTS);
    expect(shape(beads)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[]', '[]:[2]', '[3]:[3]', '[4]:[4]']);
    expect(beads.flatMap((b) => b.source)).toEqual([0, 1, 2, 3, 4]);
    expect(beads.flatMap((b) => b.target)).toEqual([0, 1, 2, 3, 4]);
  });

  it('aligns only the stretch between two locks', () => {
    const locks = [
      { source: [0], target: [0] },
      { source: [4], target: [4] },
    ];
    expect(shape(realignBetweenLocks(SRC, TGT, locks, OPTS))).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]', '[3]:[3]', '[4]:[4]']);
  });

  it.each([
    ['out of range', [{ source: [9], target: [0] }]],
    ['not consecutive', [{ source: [0, 2], target: [0] }]],
    [
      'overlapping locks',
      [
        { source: [0], target: [0] },
        { source: [0], target: [1] },
      ],
    ],
    [
      'crossing locks',
      [
        { source: [0], target: [3] },
        { source: [3], target: [0] },
      ],
    ],
    ['empty lock', [{ source: [], target: [] }]],
  ])('rejects %s', (_name, locks) => {
    expect(() => realignBetweenLocks(SRC, TGT, locks, OPTS)).toThrow(InvalidLocksError);
  });
});

describe('realign weighs weak links again, as a full alignment does (decision 027)', () => {
  // fictional: the English edition replaced the fare sentence (2,500 won, transit card) with one of its own
  const KO = seg([
    '서울시가 다음 달 1일부터 심야 자율주행 버스를 3개 노선으로 확대 운행한다고 27일 밝혔다.',
    '자율주행 버스는 밤 11시 30분부터 새벽 5시 10분까지 약 20분 간격으로 운행된다.',
    '요금은 일반 심야버스와 같은 2,500원이며 교통카드로만 낼 수 있다고 시는 덧붙였다.',
    '시는 지난해 시범 운행 기간에 모두 4만2천여 명이 버스를 이용했다고 설명했다.',
    '김민수 서울시 교통정책과장은 "안전 요원은 당분간 계속 탑승한다"고 말했다.',
  ]);
  const EN = seg([
    'Seoul will run its self-driving late-night buses on three routes from the first of next month, the city said on Nov. 27.',
    'The buses will run about every 20 minutes from 11:30 p.m. to 5:10 a.m.',
    'Most of the drivers on those routes are former taxi drivers who retrained at a city school last spring, the union said.',
    "About 42,000 passengers rode the buses during last year's pilot, according to the city.",
    '"Safety staff will stay on board for now," said Kim Min-su.',
  ]);

  it('does not link the replaced sentence in the stretch after a lock', () => {
    const beads = realignBetweenLocks(KO, EN, [{ source: [0], target: [0] }], {
      srcLang: 'ko',
      tgtLang: 'en',
      lexicon: buildLexicon({ srcLang: 'ko', tgtLang: 'en' }),
    });
    expect(shape(beads)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[]', '[]:[2]', '[3]:[3]', '[4]:[4]']);
  });
});
