import { describe, expect, it } from 'vitest';
import { pairPlausibility, type PairSides } from './pair-plausibility';

const KO = [
  '부산항 부두 노동자들이 3일 동안의 파업을 끝냈다.',
  '노조는 2025년 임금을 4.5% 올리기로 합의했다고 밝혔다.',
  '크레인은 화요일 오후부터 다시 움직이기 시작했다.',
  '항만공사는 밀린 화물 1만2000개를 주말까지 처리할 계획이다.',
];
const EN = [
  'Dock workers in Busan ended a three-day strike.',
  'The union said it had agreed to a 4.5% pay rise for 2025.',
  'Cranes began moving again on Tuesday afternoon.',
  'The port authority plans to clear the backlog of 12,000 containers by the weekend.',
];
const pair = (source: string[], target: string[]): PairSides => ({ source, target, sourceLang: 'ko', targetLang: 'en' });
const codes = (sides: PairSides) => pairPlausibility(sides).map((w) => w.code);

describe('pairPlausibility', () => {
  it.each<[string, PairSides, string[]]>([
    ['a Korean article and its English edition', pair(KO, EN), []],
    [
      'an English edition that splits sentences (4 against 7)',
      pair(KO, [...EN, 'The strike began on Saturday.', 'Talks lasted all night.', 'Both sides welcomed the deal.']),
      [],
    ],
    ['one sentence against four: too few sentences to compare counts, but the lengths are far apart', pair([KO[0]], EN), ['LENGTHS_APART']],
    [
      'one Korean sentence against 500 English ones',
      pair(
        [KO[0]],
        Array.from({ length: 500 }, (_, i) => `${EN[i % 4]}`),
      ),
      ['SENTENCE_COUNTS_APART', 'LENGTHS_APART'],
    ],
    [
      'the same sentence count but an English text five times as long',
      pair(
        KO,
        EN.map((s) => `${s} ${s} ${s} ${s} ${s} ${s}`),
      ),
      ['LENGTHS_APART'],
    ],
    [
      'a much longer Korean side',
      pair(
        Array.from({ length: 40 }, (_, i) => KO[i % 4]),
        EN,
      ),
      ['SENTENCE_COUNTS_APART', 'LENGTHS_APART'],
    ],
    [
      'texts whose numbers and dates share nothing',
      pair(
        ['1987년 3월 집회에는 250명이 모였다.', '참가자의 12%가 학생이었다.', '경찰은 40명을 연행했다.'],
        ['In 2019 the budget rose by 8 percent.', 'The city hired 1,300 teachers in May.', 'It opened 75 schools.'],
      ),
      ['NO_SHARED_ANCHORS'],
    ],
    [
      'texts sharing one number of several',
      pair(
        ['1987년 3월 집회에는 250명이 모였다.', '참가자의 12%가 학생이었다.'],
        ['In 1987 the budget rose by 8 percent.', 'The city hired 1,300 teachers in May.'],
      ),
      [],
    ],
    ['English pasted in the Korean box', pair(EN, EN), ['LANGUAGE_MISMATCH']],
    ['Korean pasted in the English box', pair(KO, KO), ['LANGUAGE_MISMATCH']],
    ['two empty sides', pair([], []), []],
  ])('%s', (_name, sides, expected) => {
    expect(codes(sides)).toEqual(expected);
  });

  it('says what is far apart in words a user understands', () => {
    const [counts, lengths] = pairPlausibility(
      pair(
        [KO[0]],
        Array.from({ length: 500 }, (_, i) => EN[i % 4]),
      ),
    );
    expect(counts.message).toBe(
      'The source has 1 sentence and the target 500 sentences: the target is more than 3 times as long, so these may not be the same article.',
    );
    expect(lengths.message).toMatch(/^The target text is \d+ times as long as the source/);
  });

  it('does not change its input', () => {
    const source = [...KO];
    pairPlausibility(pair(source, EN));
    expect(source).toEqual(KO);
  });
});
